import { esc } from './escape.js';

/** Shared pieces of the report's hand-made SVG plots: no plotting library, so nothing to load. */

/** Series colours (Tableau 10), distinguishable in print and for most colour-vision deficiencies. */
export const SERIES = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'];

/** A coordinate with one decimal: enough for the screen, short in the file. */
export const f = (x: number): string => String(Math.round(x * 10) / 10);

/** The opening tag of a plot; the label is what screen readers and the browser test see. */
export const svgOpen = (width: number, height: number, label: string, cls: string): string =>
  `<svg class="${cls}" viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" role="img" aria-label="${esc(label)}">`;

/** An exact value of the model ('1/3', '0.25', '1e-300') as a double, for drawing only. */
export function approx(s: string): number {
  const [num, den] = s.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

/** About `count` round tick values covering [lo, hi] (1, 2 or 5 times a power of ten apart). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** A tick label: short, without float noise. */
export const tickLabel = (x: number): string =>
  x === 0 ? '0' : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(1) : String(Number(x.toPrecision(4)));
