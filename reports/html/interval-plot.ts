import { shortBound } from '../format.js';
import type { Certificate } from '../../engine/verdicts.js';
import { esc } from './escape.js';
import { approx, f, svgOpen } from './svg.js';

/**
 * A certificate's enclosure [lo, hi] of the violated quantity on a number line with 0 marked: the
 * picture of "the whole interval is on the wrong side". An enclosure narrower than the eye can see
 * still gets a visible mark; the bounds are printed (cut outward, as in the Markdown).
 */
const W = 560;
const [LEFT, RIGHT, MID] = [20, 20, 34];

export function intervalPlot(c: Certificate): string {
  const [lo, hi] = [approx(c.lo), approx(c.hi)];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return '';
  const [a, b] = [Math.min(lo, 0), Math.max(hi, 0)];
  const pad = (b - a || Math.abs(lo) || 1) * 0.15;
  const x = (v: number) => LEFT + ((v - (a - pad)) / (b - a + 2 * pad)) * (W - LEFT - RIGHT);
  const [x0, x1] = [x(lo), x(hi)];
  const width = Math.max(x1 - x0, 3);
  const parts = [
    `<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${MID}" y2="${MID}"/>`,
    `<line class="zero" x1="${f(x(0))}" x2="${f(x(0))}" y1="${MID - 16}" y2="${MID + 16}"/><text class="tick" x="${f(x(0))}" y="${MID + 28}" text-anchor="middle">0</text>`,
    `<rect class="enclosure" x="${f((x0 + x1) / 2 - width / 2)}" y="${MID - 7}" width="${f(width)}" height="14"><title>${esc(`${c.quantity} ∈ [${c.lo}, ${c.hi}]`)}</title></rect>`,
    `<text class="tick" x="${f(Math.min(Math.max((x0 + x1) / 2, 130), W - 130))}" y="${MID - 12}" text-anchor="middle">${esc(`[${shortBound(c.lo, 'lo')}, ${shortBound(c.hi, 'hi')}]`)}</text>`,
  ];
  return `${svgOpen(W, MID + 36, `Enclosure of ${c.quantity} against 0`, 'plot interval')}${parts.join('')}</svg>`;
}
