import { allowedSide } from '../certificate-side.js';
import { shortBound } from '../format.js';
import type { Certificate } from '../../engine/verdicts.js';
import { esc } from './escape.js';
import { approx, f, svgOpen } from './svg.js';

/**
 * A certificate's enclosure [lo, hi] of the violated quantity on a number line, with the side the
 * quantity must lie on shaded and named ('must be ≥ 0'): the picture of "the whole enclosure is on
 * the wrong side". The quantity is named in the caption above (HTML, so a long formula wraps rather
 * than being cut). An enclosure narrower than the eye can see still gets a visible mark; the bounds
 * are printed (cut outward, as in the Markdown). Without a stated side, the bound drawn is 0.
 */
const W = 560;
const [LEFT, RIGHT, MID] = [20, 20, 40];

export function intervalPlot(c: Certificate): string {
  const [lo, hi] = [approx(c.lo), approx(c.hi)];
  const side = allowedSide(c);
  const bound = side ? approx(side.bound) : 0;
  if (![lo, hi, bound].every(Number.isFinite)) return '';
  const [a, b] = [Math.min(lo, bound), Math.max(hi, bound)];
  const pad = (b - a || Math.abs(lo) || 1) * 0.15;
  const x = (v: number) => LEFT + ((v - (a - pad)) / (b - a + 2 * pad)) * (W - LEFT - RIGHT);
  const [x0, x1, xb] = [x(lo), x(hi), x(bound)];
  const width = Math.max(x1 - x0, 3);
  const above = side && (side.relation === '≥' || side.relation === '>');
  const parts = [
    side
      ? `<rect class="allowed" x="${f(above ? xb : LEFT)}" y="${MID - 18}" width="${f(above ? W - RIGHT - xb : xb - LEFT)}" height="36"/><text class="allowed-label" x="${f(above ? W - RIGHT - 4 : LEFT + 4)}" y="${MID - 22}" text-anchor="${above ? 'end' : 'start'}">${esc(`allowed: ${side.relation} ${side.bound}`)}</text>`
      : '',
    `<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${MID}" y2="${MID}"/>`,
    `<line class="zero" x1="${f(xb)}" x2="${f(xb)}" y1="${MID - 18}" y2="${MID + 18}"/><text class="tick" x="${f(xb)}" y="${MID + 30}" text-anchor="middle">${esc(side?.bound ?? '0')}</text>`,
    `<rect class="enclosure" x="${f((x0 + x1) / 2 - width / 2)}" y="${MID - 7}" width="${f(width)}" height="14"><title>${esc(`${c.quantity} ∈ [${c.lo}, ${c.hi}]`)}</title></rect>`,
    `<text class="tick" x="${f(Math.min(Math.max((x0 + x1) / 2, 170), W - 170))}" y="${MID + 30}" text-anchor="middle">${esc(`certified: [${shortBound(c.lo, 'lo')}, ${shortBound(c.hi, 'hi')}]`)}</text>`,
  ];
  const must = side ? `must be ${side.relation} ${side.bound}` : 'certified enclosure';
  const caption = `<figcaption><span class="quantity">${esc(c.quantity)}</span> ${esc(must)}${side ? '; the certified enclosure (red) lies outside the allowed side (shaded)' : ''}</figcaption>`;
  return `<figure class="interval">${caption}${svgOpen(W, MID + 36, `Enclosure of ${c.quantity}: ${must}`, 'plot interval')}${parts.filter(Boolean).join('')}</svg></figure>`;
}
