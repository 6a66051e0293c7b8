import { intervalNum } from '../../../engine/num/index.js';
import type { StatementOutcome } from '../../../engine/statement/outcome.js';
import type { Phi } from '../../../operators/softening/index.js';

/**
 * The conditions Construction 2 states on φ: φ : [0, 1] × ℝ⁺ → ℝ⁺ (read as values ≥ 0: x^(1/T)
 * is 0 at x = 0), strictly increasing in x, strictly decreasing in T for fixed x > 0. Decided on a
 * grid of exact points in interval arithmetic: a violation is certified when the enclosure of the
 * difference lies on the wrong side of 0; no violation on the grid is evidence, not proof.
 */
const XS = ['0', '1/100', '1/2', '1'];
const TS = ['1/10', '1/2', '1', '2', '10'];
const I = intervalNum(50);
const value = (s: string) => (s.includes('/') ? I.ratio(...(s.split('/') as [string, string])) : I.of(s));

interface Violation {
  condition: string;
  at: Record<string, string>;
  quantity: string;
  bounds: [string, string];
}

function violation(phi: Phi): Violation | undefined {
  const at = (x: string, T: string) => phi.phi(I, value(x), value(T));
  for (const T of TS) {
    for (const x of XS) {
      const v = I.bounds(at(x, T));
      if (Number(v[1]) < 0) return { condition: 'φ(x; T) ≥ 0', at: { x, T }, quantity: 'φ(x; T)', bounds: v };
    }
    for (let k = 1; k < XS.length; k++) {
      const d = I.bounds(I.sub(at(XS[k], T), at(XS[k - 1], T)));
      if (Number(d[1]) <= 0)
        return {
          condition: 'strictly increasing in x',
          at: { x: XS[k - 1], "x'": XS[k], T },
          quantity: "φ(x'; T) − φ(x; T)",
          bounds: d,
        };
    }
  }
  for (const x of XS.slice(1)) {
    for (let k = 1; k < TS.length; k++) {
      const d = I.bounds(I.sub(at(x, TS[k - 1]), at(x, TS[k])));
      if (Number(d[1]) <= 0)
        return {
          condition: 'strictly decreasing in T for x > 0',
          at: { x, T: TS[k - 1], "T'": TS[k] },
          quantity: "φ(x; T) − φ(x; T')",
          bounds: d,
        };
    }
  }
  return undefined;
}

/** Whether φ meets the stated conditions: derived exactly, refuted with the certified grid point. */
export function phiConditions(phi: Phi): StatementOutcome {
  const found = violation(phi);
  if (!found) {
    return {
      kind: 'derived',
      method: 'grid',
      detail: `${phi.formula}: ≥ 0, increasing in x and decreasing in T at every point of the grid x ∈ {${XS.join(', ')}}, T ∈ {${TS.join(', ')}} (interval arithmetic, 50 digits); a grid is evidence for these conditions, not a proof.`,
    };
  }
  return {
    kind: 'derived',
    method: 'exact',
    detail: `${phi.formula} is not ${found.condition}: ${found.quantity} ∈ [${found.bounds.join(', ')}].`,
    counterexample: {
      instance: { φ: phi.formula, ...found.at },
      certificate: {
        kind: 'interval',
        quantity: found.quantity,
        lo: found.bounds[0],
        hi: found.bounds[1],
        explanation: `Construction 2 requires φ ${found.condition}; the enclosure shows it is not.`,
      },
      replay: 'npx kdaudit audit',
      size: [Object.keys(found.at).length],
    },
  };
}

/** Whether φ meets the stated conditions on the grid (no certified violation). */
export const meetsPhiConditions = (phi: Phi): boolean => violation(phi) === undefined;
