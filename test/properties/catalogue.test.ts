import { describe, expect, it } from 'vitest';
import type { Paper } from '../../engine/paper/index.js';
import { paperCatalogue } from '../../properties/catalogue.js';
import { papers } from '../../properties/registry.js';
import { catalogueProblems } from './catalogue-problems.js';

const folderOf = (paper: Paper) => new URL(`../../properties/${paper.manifest.id}/`, import.meta.url);
const sparse = papers.find((p) => p.manifest.id === 'sparse-kd')!;

describe('the catalogue of every registered paper', () => {
  it('finds the papers in the folders of properties/', () => {
    expect(papers.map((p) => p.manifest.id)).toEqual(expect.arrayContaining(['ensemble-kd', 'sparse-kd']));
  });

  it.each(papers.map((p) => [p.manifest.id, p] as const))(
    '%s: every listed statement has a claim, every claim is listed, each in claims/<its numbering>.ts',
    async (_, paper) => {
      expect(await catalogueProblems(paper, folderOf(paper))).toEqual([]);
    },
  );

  it('names each statement’s file, and lists an axiom with each of its readings', () => {
    const rows = paperCatalogue(sparse).rows;
    expect(rows.find((r) => r.id === 'sparse-kd/construction-1')?.claims[0].file).toBe('sparse-kd/claims/construction-1.ts');
    expect(rows.find((r) => r.id === 'A3')?.claims.map((c) => `${c.kind} ${c.variant ?? ''}`)).toEqual([
      'axiom ',
      'axiom large-V',
    ]);
  });
});

describe('the catalogue check refutes a dishonest paper', () => {
  const withManifest = (numbered: Paper['manifest']['numbered']): Paper => ({
    ...sparse,
    manifest: { ...sparse.manifest, numbered },
  });

  it('a statement of the list with no claim', async () => {
    const problems = await catalogueProblems(
      withManifest([...sparse.manifest.numbered, { id: 'sparse-kd/theorem-XIII.1', where: '§XIII' }]),
      folderOf(sparse),
    );
    expect(problems).toEqual(['sparse-kd/theorem-XIII.1 (§XIII) has no claim']);
  });

  it('a claim missing from the list', async () => {
    const problems = await catalogueProblems(
      withManifest(sparse.manifest.numbered.filter((n) => n.id !== 'sparse-kd/lemma-VI.1')),
      folderOf(sparse),
    );
    expect(problems).toEqual(["sparse-kd/lemma-VI.1 is not in the paper's list (manifest.numbered)"]);
  });

  it('statements out of the list’s order', async () => {
    const numbered = [...sparse.manifest.numbered];
    const k = numbered.findIndex((n) => n.id === 'sparse-kd/lemma-VI.1');
    [numbered[k], numbered[k + 1]] = [numbered[k + 1], numbered[k]];
    expect(await catalogueProblems(withManifest(numbered), folderOf(sparse))).toEqual([
      'the statements are not in the order of the paper’s list',
    ]);
  });

  it('a claim the index forgot, exported by its claims/ module', async () => {
    const forgetful: Paper = { ...sparse, claims: sparse.claims.filter((c) => !('id' in c && c.id === 'sparse-kd/lemma-VI.1')) };
    const problems = await catalogueProblems(forgetful, folderOf(sparse));
    expect(problems).toContain("claims/lemma-VI.1.ts exports sparse-kd/lemma-VI.1, which the paper's index does not register");
  });
});
