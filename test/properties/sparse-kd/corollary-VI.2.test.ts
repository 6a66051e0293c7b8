import { describe, expect, it } from 'vitest';
import type { Num } from '../../../engine/num/index.js';
import { corollaryVI2, logitFree } from '../../../properties/sparse-kd/claims/corollary-VI.2.js';
import { shiftInvarianceCheck } from '../../../properties/sparse-kd/models/shift-invariance.js';
import { softmax } from '../../../properties/sparse-kd/models/softmax.js';
import { audit } from './run-statement.js';

describe('Corollary VI.2 (logit-free formulation)', () => {
  it('is vacuous: it holds even for maps that satisfy none of the axioms, and says so with the search evidence', () => {
    const r = audit(corollaryVI2);
    expect(r.verdict).toBe('vacuous');
    expect(r.evidence.summary).toMatch(/True by its form.*\d+ cases screened/);
  });

  it('is refuted, certified, when the logits are shifted in one coordinate only (the softmax then changes)', () => {
    const identity = { name: 'identity', apply: <V>(_N: Num<V>, p: readonly V[]) => [...p] };
    const firstOnly = (N: Num<any>, z: string[], c: string) => softmax(N, [String(Number(z[0]) + Number(c)), ...z.slice(1)]);
    const r = audit(logitFree(shiftInvarianceCheck('sparse-kd/corollary-VI.2', [identity], 150, firstOnly)));
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
