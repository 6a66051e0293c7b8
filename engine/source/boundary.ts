/**
 * A value operator code branches at, harvested from its source (engine/source/harvest.ts), which
 * guided generation places instances at and around (Domain.guided).
 */

/**
 * What the compared quantity is, inferred from the identifiers beside the constant:
 * - 'temperature': T, temp, tau, t;
 * - 'ratio': a coordinate relative to the maximum (`x < 1e-3 * max`, `p[i] / top > 0.9`);
 * - 'mass': a coordinate or a weight (p, q, x, w, weights);
 * - 'unknown': none of these, so the constant is tried in every role.
 */
export type BoundaryRole = 'temperature' | 'ratio' | 'mass' | 'unknown';

export interface Boundary {
  /** The exact value: a decimal string ('0.001', '9.5367431640625e-7'), or 'a/b' when it has no finite decimal form ('1/3'). */
  readonly value: string;
  readonly role: BoundaryRole;
  /** 'comparison' for a compared constant (clamps included), 'literal' for any other numeric constant. */
  readonly kind: 'comparison' | 'literal';
  /** The source text it came from (the comparison, or the literal's expression), shortened. */
  readonly text: string;
  readonly line: number;
  /** The module it came from, as named to the harvester (a path relative to the working directory). */
  readonly module: string;
}

/** A boundary plays a role when it was inferred for it, or when no role could be inferred. */
export function playsRole(b: Boundary, role: Exclude<BoundaryRole, 'unknown'>): boolean {
  return b.role === role || b.role === 'unknown';
}
