import { describe, expect, it } from 'vitest';
import type { Num } from '../../../engine/num/index.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { lemmaVI1 } from '../../../properties/sparse-kd/claims/lemma-VI.1.js';
import { shiftInvarianceCheck } from '../../../properties/sparse-kd/models/shift-invariance.js';
import { softmax } from '../../../properties/sparse-kd/models/softmax.js';
import { power } from '../../../operators/softening/power.js';
import { audit } from './run-statement.js';

describe('Lemma VI.1 (shift-invariance)', () => {
  it('holds on every closed-form family, with its derivation step proved symbolically', () => {
    const r = audit(lemmaVI1);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(100);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved']);
  });

  it('is refuted, certified, when the shift is applied to one logit only (a falsified lemma)', () => {
    const firstOnly = (N: Num<any>, z: string[], c: string) => softmax(N, [String(Number(z[0]) + Number(c)), ...z.slice(1)]);
    const r = audit(
      universalStatement({ ...lemmaVI1, obligations: [] }, shiftInvarianceCheck('sparse-kd/lemma-VI.1', [power], 150, firstOnly)),
    );
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
