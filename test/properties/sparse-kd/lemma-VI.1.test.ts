import { describe, expect, it } from 'vitest';
import { pointwise } from '../../../engine/pointwise.js';
import { universalStatement } from '../../../engine/statement/universal.js';
import { lemmaVI1 } from '../../../properties/sparse-kd/lemma-VI.1.js';
import { softmax } from '../../../properties/sparse-kd/softmax.js';
import { audit } from './run-statement.js';

describe('Lemma VI.1 (shift-invariance)', () => {
  it('holds on every closed-form family, with its derivation step proved symbolically', () => {
    const r = audit(lemmaVI1);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.screened).toBeGreaterThan(200);
    expect(r.obligations.map((o) => o.verdict)).toEqual(['proved']);
  });

  it('is refuted, certified, when the shift is applied to one logit only (a falsified lemma)', () => {
    const [check] = lemmaVI1.checks!;
    const falsified = universalStatement(
      { ...lemmaVI1, obligations: [] },
      pointwise({
        ...(check as any).pointwise,
        margin: (N: any, _s: unknown, x: { z: string[]; c: string }) => {
          const shiftedFirst = [String(Number(x.z[0]) + Number(x.c)), ...x.z.slice(1)];
          const a = softmax(N, x.z);
          const b = softmax(N, shiftedFirst);
          return N.neg(a.map((v: unknown, i: number) => N.abs(N.sub(v, b[i]))).reduce((m: unknown, d: unknown) => N.max(m, d)));
        },
      }),
    );
    const r = audit(falsified);
    expect(r.verdict).toBe('refuted');
    expect(r.certified).toBe(true);
  });
});
