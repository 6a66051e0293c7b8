import { Decimal } from 'decimal.js';
import type { Num } from './num.js';

const Wide = Decimal.clone({ precision: 40, minE: -9e15, maxE: 9e15 });
const NORMAL = 1e-290;

/** a/b rounded once: subnormal or out-of-range operands are divided in decimal first. */
function ratio(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  if (Math.abs(x) >= NORMAL && Math.abs(y) >= NORMAL && Number.isFinite(x) && Number.isFinite(y)) return x / y;
  return new Wide(a).div(b).toNumber();
}

/** IEEE-754 double arithmetic: fast screening, never a certificate. */
export const float64: Num<number> = {
  kind: 'float64',
  precision: 17,
  of: (x) => Number(x),
  ratio,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  abs: Math.abs,
  exp: Math.exp,
  ln: Math.log,
  pow: (a, b) => (a === 0 && b > 0 ? 0 : Math.pow(a, b)),
  min: Math.min,
  max: Math.max,
  sum: (xs) => {
    // Neumaier summation: screening should not invent violations of Σ = 1 that plain summation would.
    let s = 0;
    let c = 0;
    for (const x of xs) {
      const t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      s = t;
    }
    return s + c;
  },
  hull: Math.min,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  isFinite: Number.isFinite,
  isEmpty: () => false,
  bounds: (a) => [String(a), String(a)],
  toNumber: (a) => a,
};
