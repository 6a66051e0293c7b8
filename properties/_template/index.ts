import { definePaper } from '../../engine/paper/index.js';
import { theorem1 } from './claims/theorem-1.js';
import { manifest } from './manifest.js';

/**
 * The paper in the registry: properties/<id>/index.ts exports `paper`. Claims in paper order: its
 * statements, and where it has them its axioms and guarantees on an operator family
 * (operatorClaims) and existence statements (see docs/writing-claims.md).
 */
export const paper = definePaper({ manifest, claims: [theorem1] });
