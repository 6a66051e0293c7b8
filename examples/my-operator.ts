import type { Decimal } from 'decimal.js';
import type { SofteningPlugin } from 'kdaudit';

/**
 * Temperature scaling p^(1/T), normalised, then mixed toward uniform with weight 1 − 1/T above
 * T = 1, so that T → ∞ reaches uniform even where p has zeros.
 */
const powerThenMix: SofteningPlugin = {
  kind: 'softening',
  name: 'power-then-mix',
  apply(p: number[], T: number): number[] {
    const top = Math.max(...p);
    const q = p.map((x) => (x === 0 ? 0 : (x / top) ** (1 / T)));
    const s = q.reduce((a, b) => a + b, 0);
    const alpha = T > 1 ? 1 / T : 1;
    return q.map((x) => alpha * (x / s) + (1 - alpha) / p.length);
  },
  applyExact(p: Decimal[], T: Decimal, D: typeof Decimal): Decimal[] {
    const top = D.max(...p);
    const q = p.map((x) => (x.isZero() ? new D(0) : x.div(top).pow(new D(1).div(T))));
    const s = q.reduce((a, b) => a.plus(b), new D(0));
    const alpha = T.gt(1) ? new D(1).div(T) : new D(1);
    return q.map((x) => alpha.times(x.div(s)).plus(new D(1).minus(alpha).div(p.length)));
  },
};

export default powerThenMix;
