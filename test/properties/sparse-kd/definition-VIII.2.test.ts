import { describe, expect, it } from 'vitest';
import { definitionVIII2, linearPathMeets } from '../../../properties/sparse-kd/claims/definition-VIII.2.js';
import { audit } from './run-statement.js';

describe('Definition VIII.2 (homotopy path)', () => {
  it('is read, not decided: no proposition, met for a wide ε and unmeetable for a narrow one', () => {
    const r = audit(definitionVIII2);
    expect(r.verdict).toBe('unfalsifiable');
    expect(r.evidence.summary).toMatch(/met for ε = 0.2/);
  });

  it('fails the path whose dense end is far from the teacher', () => {
    expect(linearPathMeets(['1', '0.1'], ['1', '0.1'], ['1', '0'], '0.2').met).toBe(true);
    expect(linearPathMeets(['1', '0.1'], ['3', '0.1'], ['1', '0'], '0.2')).toMatchObject({ met: false, worst: '2' });
  });
});
