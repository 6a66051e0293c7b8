/** Temperatures at which the breaking logit gap of the float64 route is reported. */
const TEMPERATURES = ['0.1', '0.5', '1', '1.001', '1.1', '2', '10', '1000'];
const GRID_STEP = 0.25;
const MAX_GAP = 1000;

/**
 * For V = 2 and z = (0, −g): the smallest gap g on a grid of step 0.25 in [0, 1000] at which the
 * margin screens negative, refined by bisection to 0.001 against the last passing grid point, and
 * certified by `certified` there. One sentence per temperature, for the evidence.
 */
export function breakingGaps(screen: (z: string[], T: string) => number, certified: (z: string[], T: string) => boolean): string {
  const at = (g: number) => ['0', String(-g)];
  const parts = TEMPERATURES.map((T) => {
    let bad = -1;
    for (let g = 0; g <= MAX_GAP; g += GRID_STEP) {
      if (screen(at(g), T) < 0) {
        bad = g;
        break;
      }
    }
    if (bad < 0) return `T = ${T}: agrees for every g ≤ ${MAX_GAP}`;
    let good = Math.max(0, bad - GRID_STEP);
    while (bad - good > 0.001) {
      const mid = Number(((good + bad) / 2).toFixed(4));
      if (screen(at(mid), T) < 0) bad = mid;
      else good = mid;
    }
    return `T = ${T}: breaks at g = ${bad}${certified(at(bad), T) ? ' (certified)' : ' (float64 only, not certified)'}`;
  });
  return `Breaking logit gap, V = 2, z = (0, −g), smallest on a 0.25 grid refined to 0.001 — ${parts.join('; ')}.`;
}
