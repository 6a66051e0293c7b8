import type { SofteningPlugin } from 'kdaudit';

/** Plain temperature scaling p^(1/T), normalised: zeros stay zero as T → ∞, so A5 fails. */
const plainPower: SofteningPlugin = {
  kind: 'softening',
  name: 'plain-power',
  apply(p: number[], T: number): number[] {
    const q = p.map((x) => x ** (1 / T));
    const s = q.reduce((a, b) => a + b, 0);
    return q.map((x) => x / s);
  },
};

export default plainPower;
