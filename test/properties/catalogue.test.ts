import { describe, expect, it } from 'vitest';
import { readClaims, SPARSE_KD_NUMBERED, sparseKdCatalogue } from '../../properties/catalogue/index.js';
import { sparseKdStatements } from '../../properties/sparse-kd/index.js';

const key = (c: { id: string; variant?: string }) => (c.variant ? `${c.id} [${c.variant}]` : c.id);

describe('the Sparse-KD catalogue', () => {
  it('has a claim for every statement of the paper’s list', () => {
    const missing = sparseKdCatalogue().filter((row) => row.where && row.claims.length === 0).map((row) => row.id);
    expect(missing).toEqual([]);
  });

  it('lists no claim outside the paper’s list', () => {
    expect(sparseKdCatalogue().filter((row) => !row.where).map((row) => row.id)).toEqual([]);
  });

  it('read statically, names the same claims the audit runs, in paper order', () => {
    const declared = readClaims('sparse-kd').map(key).sort();
    expect(sparseKdStatements.map(key).sort()).toEqual(declared);
    const order = sparseKdStatements.map((c) => SPARSE_KD_NUMBERED.findIndex((n) => n.id === c.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
