import { describe, expect, it } from 'vitest';
import { universalStatement } from '../../../engine/statement/universal.js';
import { S2Asymptotic } from '../../../properties/hinton-kd/claims/S2.js';
import { S4 } from '../../../properties/hinton-kd/claims/S4.js';
import { S5Asymptotic } from '../../../properties/hinton-kd/claims/S5.js';
import { logitsDomain } from '../../../properties/hinton-kd/models/logits-domain.js';
import { highTemperatureRate, scaledGradientRate, type Pair } from '../../../properties/hinton-kd/models/rate-claims.js';
import { measureRate, rateSpec, type RateClaim } from '../../../properties/hinton-kd/models/rates.js';
import { sequenceCheck } from '../../../properties/hinton-kd/models/sequence-check.js';
import { times } from '../../../properties/hinton-kd/models/rational.js';
import { audit } from '../sparse-kd/run-statement.js';

const asClaim = (claim: RateClaim<Pair>) =>
  universalStatement(
    { ...S4, obligations: [] },
    sequenceCheck(
      rateSpec(claim, {
        id: 'hinton-kd/S4',
        variant: 'falsified',
        title: 't',
        statement: 's',
        domain: logitsDomain({ names: ['z', 'v'] }),
        runs: 40,
      }),
    ),
  );

describe('asymptotic claims with rates (S2, S4, S5)', () => {
  it('S4 holds with order 3 and the expansion’s constant, stated in the notes', () => {
    const r = audit(S4);
    expect(r.verdict).toBe('holds');
    expect(r.evidence.kind).toBe('certified-sequence');
    expect(r.notes.join(' ')).toMatch(/Θ\(T\^-3\); exponent over the last decade ≈ 3\.0000/);
    expect(r.notes.join(' ')).toMatch(/ratio 4\.0000/);
  });

  it('S2 (order 1) and S5 (order 3) hold as asymptotic readings', () => {
    expect(audit(S2Asymptotic).verdict).toBe('holds');
    expect(audit(S5Asymptotic).verdict).toBe('holds');
  });

  it('measures the exponent and the constant the expansion predicts', () => {
    const m = measureRate(highTemperatureRate, { z: ['2', '0', '-1'], v: ['1', '1', '-3'] }, 50);
    expect(Number(m.exponent)).toBeCloseTo(3, 3);
    expect(Number(m.constant)).toBeCloseTo(1, 4);
    expect(m.predicted).toBe('1');
  });

  it('refutes a wrong order (T^-2 for Eq. 3’s error, T^-2 for S2’s), certified as sequence evidence', () => {
    for (const wrong of [
      { ...highTemperatureRate, order: 2 },
      { ...scaledGradientRate, order: 2 },
    ]) {
      const r = audit(asClaim(wrong));
      expect(r.verdict).toBe('refuted');
      expect(r.counterexample?.certificate.kind).toBe('sequence-evidence');
    }
  });

  it('refutes the right order with a wrong constant (twice the expansion’s)', () => {
    expect(audit(asClaim({ ...highTemperatureRate, constant: (x) => times(highTemperatureRate.constant(x), '2') })).verdict).toBe(
      'refuted',
    );
  });
});
