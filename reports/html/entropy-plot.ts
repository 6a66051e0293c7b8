import { formatInstance } from '../format.js';
import type { EntropyCurve } from '../../engine/result/model.js';
import { esc } from './escape.js';
import { f, niceTicks, SERIES, svgOpen, tickLabel } from './svg.js';

/**
 * An operator's entropy curves H(F_T(x)) against log T (data computed when the audit was built,
 * see engine/math/entropy-curves.ts), with the limits the axioms expect drawn as triangles outside
 * the two ends in the curve's colour (side by side when curves share a limit): where a curve does not
 * run into its triangle, the operator misses a limit. Gaps are temperatures where the output is not a
 * probability vector.
 */
const PLOT_W = 520;
const PLOT_H = 200;
const [LEFT, TOP, RIGHT, BOTTOM] = [70, 10, 40, 34];
/** Room for one limit triangle per curve between the tick labels and the plot. */
const MARK = 7;

export function entropyPlot(curves: readonly EntropyCurve[]): string {
  const points = curves.flatMap((c) => c.points);
  const xs = points.map(([T]) => Math.log10(T));
  const [xmin, xmax] = [Math.min(...xs), Math.max(...xs)];
  const hs = [...points.map(([, h]) => h ?? 0), ...curves.flatMap((c) => [c.limits.zero, c.limits.infinity])];
  const yticks = niceTicks(0, Math.max(...hs, 0.1), 4);
  const ymax = Math.max(...hs, yticks[yticks.length - 1]) * 1.05;
  const x = (T: number) => LEFT + ((Math.log10(T) - xmin) / (xmax - xmin || 1)) * PLOT_W;
  const y = (h: number) => TOP + PLOT_H * (1 - h / ymax);
  const parts: string[] = [];
  for (const t of yticks)
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${f(y(t))}" y2="${f(y(t))}"/><text class="tick" x="${LEFT - 4 - MARK * curves.length}" y="${f(y(t) + 3)}" text-anchor="end">${tickLabel(t)}</text>`,
    );
  for (let e = Math.ceil(xmin); e <= xmax; e++)
    parts.push(
      `<line class="grid" x1="${f(x(10 ** e))}" x2="${f(x(10 ** e))}" y1="${TOP}" y2="${TOP + PLOT_H}"/><text class="tick" x="${f(x(10 ** e))}" y="${TOP + PLOT_H + 14}" text-anchor="middle">${tickLabel(10 ** e)}</text>`,
    );
  parts.push(
    `<text class="tick" x="${LEFT + PLOT_W}" y="${TOP + PLOT_H + 28}" text-anchor="end">T (log scale)</text><text class="tick" x="4" y="${TOP + 8}">H (nats)</text>`,
  );
  curves.forEach((c, k) => {
    const colour = SERIES[k % SERIES.length];
    const d = c.points
      .map(([T, h], i) => (h === null ? '' : `${i > 0 && c.points[i - 1][1] !== null ? 'L' : 'M'}${f(x(T))},${f(y(h))}`))
      .join('');
    parts.push(
      `<path class="curve" d="${d}" stroke="${colour}"><title>${esc(`${c.label}: ${formatInstance(c.input)}`)}</title></path>`,
    );
    parts.push(
      limitMark(LEFT - 2 - MARK * k, y(c.limits.zero), 1, colour, `${c.label}, T → 0⁺: ${limitName(c.limits.zero)}`),
      limitMark(
        LEFT + PLOT_W + 2 + MARK * k,
        y(c.limits.infinity),
        -1,
        colour,
        `${c.label}, T → ∞: ${limitName(c.limits.infinity)}`,
      ),
    );
  });
  const label = `Entropy against log T: ${curves.map((c) => c.label).join(', ')}`;
  return `${svgOpen(LEFT + PLOT_W + RIGHT, TOP + PLOT_H + BOTTOM, label, 'plot entropy')}${parts.join('')}</svg>`;
}

/** A triangle whose tip at (x, y) points into the plot (direction 1: rightward, −1: leftward). */
const limitMark = (x: number, y: number, direction: 1 | -1, colour: string, title: string) =>
  `<path class="limit" d="M${f(x)},${f(y)}l${-6 * direction},-4v8z" fill="${colour}"><title>${esc(title)}</title></path>`;

/** The key below the plot: colour, label, input, the expected limits and any gaps. */
export function entropyKey(curves: readonly EntropyCurve[]): string {
  const rows = curves.map((c, k) => {
    const gaps = c.points.filter(([, h]) => h === null).length;
    const note = gaps ? `; not a probability vector at ${gaps} of ${c.points.length} temperatures (gaps)` : '';
    return `<li><span class="swatch" style="background:${SERIES[k % SERIES.length]}"></span>${esc(c.label)}: ${esc(formatInstance(c.input))} — limits ${limitName(c.limits.zero)} (T → 0⁺), ${limitName(c.limits.infinity)} (T → ∞)${esc(note)}</li>`;
  });
  const references = [...new Set(curves.map((c) => c.limits.reference))].map(esc).join('; ');
  return `<ul class="key">${rows.join('')}</ul><p class="small">Triangles at the ends: the limits expected by ${references}.</p>`;
}

/** 0, ln 2, ln 4 … when the limit is the log of a count (it always is), else the number. */
function limitName(h: number): string {
  const n = Math.round(Math.exp(h));
  return Math.abs(Math.log(n) - h) < 1e-9 ? (n === 1 ? '0' : `ln ${n}`) : h.toFixed(4);
}
