import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatementClaim } from '../../engine/statement/claim.js';
import { SPARSE_KD_NUMBERED, sparseKdCatalogue } from '../../properties/catalogue.js';
import { sparseKdStatements } from '../../properties/sparse-kd/index.js';

const key = (c: { id: string; variant?: string }) => (c.variant ? `${c.id} [${c.variant}]` : c.id);

const isClaim = (value: unknown): value is StatementClaim => {
  const claim = value as StatementClaim | null;
  return typeof claim === 'object' && claim !== null && typeof claim.declaredIn === 'string' && typeof claim.evaluate === 'function';
};

/** Every claim the modules of properties/sparse-kd/ export, with the URL of the module exporting it. */
async function exportedClaims(): Promise<Array<{ claim: StatementClaim; module: string }>> {
  const folder = new URL('../../properties/sparse-kd/', import.meta.url);
  const modules = readdirSync(folder).filter((file) => file.endsWith('.ts')).map((file) => new URL(file, folder).href);
  const claimsOf = async (module: string) => Object.values(await import(/* @vite-ignore */ module)).filter(isClaim).map((claim) => ({ claim, module }));
  const found = await Promise.all(modules.map(claimsOf));
  return found.flat();
}

describe('the Sparse-KD catalogue', () => {
  it('has a claim for every statement of the paper’s list', () => {
    const missing = sparseKdCatalogue().filter((row) => row.where && row.claims.length === 0).map((row) => row.id);
    expect(missing).toEqual([]);
  });

  it('lists no claim outside the paper’s list', () => {
    expect(sparseKdCatalogue().filter((row) => !row.where).map((row) => row.id)).toEqual([]);
  });

  it('names the same claims the audit runs, each in the file declaring it, in paper order', async () => {
    const exported = await exportedClaims();
    // no claim file declares a claim the audit does not run (index.ts forgot it)
    expect(exported.filter(({ claim }) => !sparseKdStatements.includes(claim)).map(({ claim }) => key(claim))).toEqual([]);
    // the file the catalogue names is the one that exports the claim
    for (const { claim, module } of exported) expect(claim.declaredIn, key(claim)).toBe(module);
    const listed = sparseKdCatalogue().flatMap((row) => row.claims);
    expect(listed.map(key).sort()).toEqual(sparseKdStatements.map(key).sort());
    for (const c of listed) expect(c.file).toMatch(/^sparse-kd\/[^/]+\.ts$/);
    const order = sparseKdStatements.map((c) => SPARSE_KD_NUMBERED.findIndex((n) => n.id === c.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
