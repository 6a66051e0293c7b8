import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audit } from '../../engine/result/model.js';
import { EVIDENCE_KINDS } from '../../engine/result/check-result.js';
import type { Certificate, Evidence, EvidenceKind } from '../../engine/verdicts.js';
import { allowedSide } from '../../reports/certificate-side.js';
import { counterexampleOutputs } from '../../reports/counterexample-outputs.js';
import { evidenceWords } from '../../reports/evidence-words.js';
import { counterexampleFigures } from '../../reports/html/counterexample-figures.js';
import { statementGraphs } from '../../reports/html/statement-graph.js';

const evidence = (kind: EvidenceKind, screened = 0, exact = 1): Evidence => ({
  kind,
  screened,
  exact,
  precision: 50,
  seed: 1,
  summary: '',
});

describe('evidence words', () => {
  it('say what a replay is in words, and count a search', () => {
    expect(evidenceWords(evidence('corpus-replay', 0, 1))).toBe('stored counterexample re-certified');
    expect(evidenceWords(evidence('search', 12186707, 1))).toBe(
      'search: 12 186 707 cases screened in float64, 1 case evaluated exactly',
    );
  });
  it('give every kind its own phrase, none of them a code word of the model', () => {
    const phrases = EVIDENCE_KINDS.map((k) => evidenceWords(evidence(k)));
    expect(new Set(phrases).size).toBe(EVIDENCE_KINDS.length);
    expect(phrases.filter((p) => /corpus-replay|certified-sequence|jump-search|free-constant|vacuity/.test(p))).toEqual([]);
  });
});

const certificate = (explanation: string): Certificate => ({ kind: 'interval', quantity: 'q', lo: '-1', hi: '-1', explanation });

describe('the side a certified quantity must lie on', () => {
  it('is read from the forms the checks write', () => {
    expect(allowedSide(certificate('The margin must be ≥ 0; interval arithmetic …'))).toEqual({ relation: '≥', bound: '0' });
    expect(allowedSide(certificate('The margin must be > 0; …'))).toEqual({ relation: '>', bound: '0' });
    expect(allowedSide(certificate('the distance to the uniform distribution stays ≥ 0.000001 (certified)'))).toEqual({
      relation: '<',
      bound: '0.000001',
    });
    expect(allowedSide(certificate('the gap stays > 1e-6 at every step'))).toEqual({ relation: '≤', bound: '1e-6' });
    expect(allowedSide(certificate('the normalising total of the output, which the output is divided by, in [lo, hi]'))).toEqual({
      relation: '>',
      bound: '0',
    });
  });
  it('is not guessed from other wording', () => {
    expect(allowedSide(certificate('The margin must be ≤ 0'))).toBeUndefined();
    expect(allowedSide(certificate('Exact arithmetic (the enclosure is a point).'))).toBeUndefined();
  });
});

describe('a counterexample drawn as input and output', () => {
  it('computes F_T(p) of the built-in operator at each temperature of the instance (T = 1 for A4)', () => {
    const [at] = counterexampleOutputs({ p: ['1/4', '3/4'], T: '0.5' }, { operator: 'power', check: 'A3' });
    // p^(1/T)/Σ at T = 1/2: (1/16, 9/16)/(10/16)
    expect(at.name).toBe('F_T(p), T = 0.5');
    expect(at.values[0]).toBeCloseTo(0.1, 12);
    expect(at.values[1]).toBeCloseTo(0.9, 12);
    expect(counterexampleOutputs({ p: ['1/4', '3/4'], T: '0.5', "T'": '2' }, { operator: 'power' }).map((o) => o.name)).toEqual([
      'F_T(p), T = 0.5',
      "F_T'(p), T' = 2",
    ]);
    const [identity] = counterexampleOutputs({ operator: 'power', axiom: 'A4', p: ['1/4', '3/4'] });
    expect(identity.values[1]).toBeCloseTo(0.75, 15);
    expect(counterexampleOutputs({ p: ['1/4', '3/4'], T: '2' }, { operator: 'my-plugin' })).toEqual([]);
  });

  it('draws the teachers and their aggregate on the class axis and the weights apart, even when K = V', () => {
    const instance = { p1: ['1', '0'], p2: ['0', '1'], w: ['1/3', '2/3'], T: '1', 'unsafe set S': ['1', '2'] };
    const [input, output, weights, ...rest] = counterexampleFigures(instance, { operator: 'linear-pool/soften-then-aggregate' });
    expect(input).toContain('aria-label="Input: p1, p2 by class i"');
    expect(output).toContain('aria-label="Output at this input (float64): A(p; w, T), T = 1 by class i"');
    // the linear pool at T = 1 is Σ w_k p_k = (1/3, 2/3)
    expect(output).toContain('<title>A(p; w, T), T = 1, 2: ≈ 0.666667 (float64)</title>');
    expect(weights).toContain('aria-label="Teacher weights: w by teacher k"');
    expect(rest).toEqual([]);
  });
});

describe('the statement graph', () => {
  const audit = JSON.parse(readFileSync(resolve('test/browser/real-audit-excerpt.json'), 'utf8')) as Audit;
  it('is laid out the same way every time, one arrow per use', async () => {
    const statements = audit.statements!;
    const [a, b] = [await statementGraphs(statements, () => '#m'), await statementGraphs(statements, () => '#m')];
    expect(a).toBe(b);
    const ids = new Set(statements.map((s) => s.id));
    // an arrow from every node of what it uses (each reading of a statement) but never from itself
    const uses = statements.reduce(
      (n, s) =>
        n + s.dependsOn.reduce((m, d) => m + (ids.has(d) ? statements.filter((t) => t.id === d && t !== s).length : 1), 0),
      0,
    );
    expect(a.match(/marker-end=/g)).toHaveLength(uses);
    // orthogonal routes: every segment horizontal or vertical
    for (const d of a.matchAll(/<path d="([^"]+)" marker-end/g)) {
      const points = [...d[1].matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (let i = 1; i < points.length; i++)
        expect(points[i][0] === points[i - 1][0] || points[i][1] === points[i - 1][1]).toBe(true);
    }
  });
});
