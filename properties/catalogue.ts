import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimId, claimVariant, isStatement, type Claim, type Paper } from '../engine/paper/index.js';

/** A claim as the catalogue names it. */
export interface CatalogueEntry {
  id: string;
  variant?: string;
  /** 'statement' runs on its own; 'axiom' and 'guarantee' run on every operator of `family`; 'existence' is settled from them. */
  kind: 'statement' | 'axiom' | 'guarantee' | 'existence';
  family?: string;
  /** The paper's own name (statements), else the claim's id. */
  label: string;
  section: string;
  title: string;
  /** The file that declares it, relative to properties/ (absent for axioms, which live in axioms/). */
  file?: string;
}

/** One line of the catalogue: a statement of the paper's list with the claims encoding it (none = not encoded). */
export interface CatalogueRow {
  id: string;
  where: string;
  claims: CatalogueEntry[];
}

/** One paper's catalogue: who wrote it, its rows, and the operator families it names. */
export interface PaperCatalogue {
  paper: { id: string; title: string; authors: string[]; arxiv: string };
  rows: CatalogueRow[];
  /** The operator families it names, by kind: { softening: ['power', …] }. */
  operators: Record<string, string[]>;
}

const PROPERTIES = fileURLToPath(new URL('.', import.meta.url));

/** A claim's metadata, read from the claim object: nothing runs. */
export function catalogueEntry(paper: string, claim: Claim): CatalogueEntry {
  const [id, variant] = [claimId(claim), claimVariant(claim)];
  const base = { id, ...(variant ? { variant } : {}) };
  if (isStatement(claim)) {
    const file = relative(PROPERTIES, fileURLToPath(claim.declaredIn)).split('\\').join('/');
    return { ...base, kind: 'statement', label: claim.source.label, section: claim.source.section, title: claim.title, file };
  }
  // a paper's own claims live in claims/, named by the id after the paper's prefix (the catalogue test holds each file to it)
  const file = id.startsWith(`${paper}/`) ? `${paper}/claims/${id.slice(paper.length + 1)}.ts` : undefined;
  if (claim.kind === 'existence')
    return { ...base, kind: 'existence', family: claim.family, label: id, section: '', title: claim.title, file: file! };
  return {
    ...base,
    kind: claim.role,
    family: claim.family,
    label: id,
    section: '',
    title: claim.check.title,
    ...(file ? { file } : {}),
  };
}

/**
 * The catalogue in paper order: every entry of the paper's own list with its claims, then claims
 * that name no listed statement (`where` empty) — both kinds of mismatch stay visible. Built from the
 * claims the audit runs (the paper's index), so it cannot disagree with them.
 */
export function paperCatalogue(paper: Paper): PaperCatalogue {
  const { id, title, authors, arxiv, numbered } = paper.manifest;
  const claims = paper.claims.map((c) => catalogueEntry(id, c));
  const listed = numbered.map((n) => ({ id: n.id, where: n.where, claims: claims.filter((c) => c.id === n.id) }));
  const unlisted = claims.filter((c) => !numbered.some((n) => n.id === c.id)).map((c) => ({ id: c.id, where: '', claims: [c] }));
  const operators = Object.fromEntries(
    Object.entries(paper.operators ?? {}).map(([family, ops]) => [family, (ops ?? []).map((op) => op.name)]),
  );
  return { paper: { id, title, authors: [...authors], arxiv }, rows: [...listed, ...unlisted], operators };
}
