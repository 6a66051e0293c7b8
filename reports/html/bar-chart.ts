import { esc } from './escape.js';
import { f, niceTicks, SERIES, svgOpen, tickLabel } from './svg.js';

/** One vector drawn as bars: its name, the doubles drawn, and what each bar's tooltip says (the exact value where there is one). */
export interface BarSeries {
  name: string;
  values: number[];
  labels: string[];
}

const MAX_W = 420;
const PLOT_H = 130;
const [LEFT, TOP, BOTTOM] = [48, 22, 40];

/**
 * Vectors of one length as grouped bars: one group per index on the named axis ('class i',
 * 'teacher k'), one bar per vector, a title above naming what is drawn ('input', 'output').
 * Callers give vectors that share an axis; a weight vector gets a chart of its own.
 */
export function barChart(series: readonly BarSeries[], axis: string, title: string): string {
  const n = series[0].values.length;
  // short vectors get narrower charts rather than slabs
  const PLOT_W = Math.min(MAX_W, Math.max(150, n * series.length * 30));
  const finite = series.flatMap((s) => s.values).filter(Number.isFinite);
  const [lo, hi] = [Math.min(0, ...finite), Math.max(0, ...finite)];
  const ticks = niceTicks(lo, hi === lo ? 1 : hi, 4);
  const [ymin, ymax] = [Math.min(lo, ticks[0]), Math.max(hi, ticks[ticks.length - 1], lo + 1e-300)];
  const y = (v: number) => TOP + PLOT_H * (1 - (v - ymin) / (ymax - ymin));
  const group = PLOT_W / n;
  const bar = Math.max(0.5, (group * 0.8) / series.length);
  const every = Math.ceil(n / 20);
  const parts: string[] = [`<text class="title" x="${LEFT}" y="12">${esc(title)}</text>`];
  for (const t of ticks)
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${f(y(t))}" y2="${f(y(t))}"/><text class="tick" x="${LEFT - 4}" y="${f(y(t) + 3)}" text-anchor="end">${tickLabel(t)}</text>`,
    );
  series.forEach((s, k) =>
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const x = LEFT + group * i + group * 0.1 + bar * k;
      const [top, bottom] = [y(Math.max(v, 0)), y(Math.min(v, 0))];
      parts.push(
        `<rect x="${f(x)}" y="${f(top)}" width="${f(bar)}" height="${f(Math.max(bottom - top, 0.5))}" fill="${SERIES[k % SERIES.length]}"><title>${esc(`${s.name}, ${i + 1}: ${s.labels[i]}`)}</title></rect>`,
      );
    }),
  );
  for (let i = 0; i < n; i += every)
    parts.push(
      `<text class="tick" x="${f(LEFT + group * (i + 0.5))}" y="${TOP + PLOT_H + 14}" text-anchor="middle">${i + 1}</text>`,
    );
  parts.push(`<line class="axis" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${f(y(0))}" y2="${f(y(0))}"/>`);
  const keys = series.map((s, k) => `<tspan fill="${SERIES[k % SERIES.length]}">■</tspan> ${esc(s.name)}`).join('  ');
  parts.push(`<text class="key" x="${LEFT}" y="${TOP + PLOT_H + 32}">${esc(axis)} · ${keys}</text>`);
  const label = `${title}: ${series.map((s) => s.name).join(', ')} by ${axis}`;
  // wide enough for the key and the title, so neither is cut (about 6.5 px per character at 11 px)
  const text = Math.max(title.length, axis.length + series.reduce((sum, s) => sum + s.name.length + 4, 3)) * 6.5;
  return `${svgOpen(Math.max(LEFT + PLOT_W + 10, LEFT + text), TOP + PLOT_H + BOTTOM, label, 'plot bars')}${parts.join('')}</svg>`;
}
