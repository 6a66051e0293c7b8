import { esc } from './escape.js';
import { approx, f, niceTicks, SERIES, svgOpen, tickLabel } from './svg.js';

/**
 * The vectors of a counterexample's instance (p, p1, p2, w, …) as grouped bars: one group per
 * coordinate, one bar per vector. Vectors of different lengths (V teachers' coordinates against K
 * weights) cannot share an axis, so each length gets its own chart. Scalars (T, n) and vectors of
 * one coordinate are left to the table of exact values beside it. Bar heights are doubles; the exact values are in each bar's title.
 */
const MAX_W = 560;
const PLOT_H = 150;
const [LEFT, TOP, BOTTOM] = [48, 12, 40];

export function vectorCharts(instance: Record<string, string | string[]>): string[] {
  const vectors = Object.entries(instance).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 1);
  const lengths = [...new Set(vectors.map(([, v]) => v.length))];
  return lengths.map((n) => chart(vectors.filter(([, v]) => v.length === n)));
}

function chart(series: Array<[string, string[]]>): string {
  const n = series[0][1].length;
  // short vectors get narrower charts rather than slabs
  const PLOT_W = Math.min(MAX_W, Math.max(180, n * series.length * 36));
  const values = series.map(([, v]) => v.map(approx));
  const finite = values.flat().filter(Number.isFinite);
  const [lo, hi] = [Math.min(0, ...finite), Math.max(0, ...finite)];
  const ticks = niceTicks(lo, hi === lo ? 1 : hi, 4);
  const [ymin, ymax] = [Math.min(lo, ticks[0]), Math.max(hi, ticks[ticks.length - 1], lo + 1e-300)];
  const y = (v: number) => TOP + PLOT_H * (1 - (v - ymin) / (ymax - ymin));
  const group = PLOT_W / n;
  const bar = Math.max(0.5, (group * 0.8) / series.length);
  const every = Math.ceil(n / 20);
  const parts: string[] = [];
  for (const t of ticks) parts.push(`<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${f(y(t))}" y2="${f(y(t))}"/><text class="tick" x="${LEFT - 4}" y="${f(y(t) + 3)}" text-anchor="end">${tickLabel(t)}</text>`);
  values.forEach((vs, s) =>
    vs.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const x = LEFT + group * i + group * 0.1 + bar * s;
      const [top, bottom] = [y(Math.max(v, 0)), y(Math.min(v, 0))];
      parts.push(`<rect x="${f(x)}" y="${f(top)}" width="${f(bar)}" height="${f(Math.max(bottom - top, 0.5))}" fill="${SERIES[s % SERIES.length]}"><title>${esc(`${series[s][0]}_${i + 1} = ${series[s][1][i]}`)}</title></rect>`);
    }),
  );
  for (let i = 0; i < n; i += every) parts.push(`<text class="tick" x="${f(LEFT + group * (i + 0.5))}" y="${TOP + PLOT_H + 14}" text-anchor="middle">${i + 1}</text>`);
  parts.push(`<line class="axis" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${f(y(0))}" y2="${f(y(0))}"/>`);
  const keys = series.map(([name], s) => `<tspan fill="${SERIES[s % SERIES.length]}">■</tspan> ${esc(name)}`).join('  ');
  parts.push(`<text class="key" x="${LEFT}" y="${TOP + PLOT_H + 32}">coordinate i · ${keys}</text>`);
  const label = `Bar chart of ${series.map(([name]) => name).join(', ')}`;
  return `${svgOpen(LEFT + PLOT_W + 10, TOP + PLOT_H + BOTTOM, label, 'plot bars')}${parts.join('')}</svg>`;
}
