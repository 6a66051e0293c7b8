/** Temperatures at which the breaking logit gap of the float64 route is reported. */
const TEMPERATURES = ['0.5', '0.98', '0.99', '0.999', '1', '1.001', '1.1', '2', '10', '1000'];

/**
 * Gaps scanned: 0.25 apart, except 0.002 apart across [700, 750], where e^{−g} leaves the normal
 * doubles (ln 2^-1022 ≈ −708.4, ln 2^-1074 ≈ −744.4) and disagreements come at isolated gaps.
 */
function* gaps(): Generator<number> {
  for (let i = 0; i < 2800; i++) yield i * 0.25;
  for (let i = 0; i < 25_000; i++) yield 700 + i * 0.002;
  for (let i = 0; i <= 1000; i++) yield 750 + i * 0.25;
}

/**
 * For V = 2 and z = (0, −g): the smallest scanned gap g ≤ 1000 at which the margin screens
 * negative, certified there by `certified`. One sentence per temperature, for the evidence: a
 * measurement on a grid, so "agrees" means at every scanned gap.
 */
export function breakingGaps(screen: (z: string[], T: string) => number, certified: (z: string[], T: string) => boolean): string {
  const parts = TEMPERATURES.map((T) => {
    for (const g of gaps()) {
      const z = ['0', String(-Number(g.toFixed(3)))];
      if (screen(z, T) < 0)
        return `T = ${T}: breaks at g = ${z[1].slice(1)}${certified(z, T) ? ' (certified)' : ' (float64 only, not certified)'}`;
    }
    return `T = ${T}: agrees at every scanned g ≤ 1000`;
  });
  return `Breaking logit gap, V = 2, z = (0, −g), smallest on a grid of 0.25 (0.002 across [700, 750]) — ${parts.join('; ')}.`;
}
