import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Check } from '../../engine/check.js';
import { claimId, isStatement, type Claim, type Paper } from '../../engine/paper/index.js';
import { checksOf } from '../../engine/statement/claim.js';

const key = (c: { id: string; variant?: string }) => (c.variant ? `${c.id} [${c.variant}]` : c.id);

/** What a claim module may export as a claim: a statement, a check, or an existence statement. */
function asClaimLike(value: unknown): { id: string; variant?: string } | undefined {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.id !== 'string') return undefined;
  const claimLike = typeof v.evaluate === 'function' || typeof v.screen === 'function' || typeof v.settle === 'function';
  return claimLike ? (v as { id: string; variant?: string }) : undefined;
}

/** The objects a claim module stands for in the registry: statements and existence as they are, operator claims by their check. */
const registered = (claim: Claim): object => (claim.kind === 'operator' ? claim.check : claim);

/**
 * Everything that keeps a paper's folder and its manifest honest, as a list of problems (empty
 * when it passes): every statement of the paper's list has a claim and every claim is listed;
 * statements come in the list's order; claims/ holds one module per claim id, named by the paper's
 * numbering ('claims/theorem-V.1.ts' exports 'sparse-kd/theorem-V.1'), exporting nothing the
 * paper does not register, and each statement says it is declared there.
 */
export async function catalogueProblems(paper: Paper, folder: URL): Promise<string[]> {
  const { id, numbered } = paper.manifest;
  const problems: string[] = [];
  const ids = paper.claims.map(claimId);
  for (const n of numbered) if (!ids.includes(n.id)) problems.push(`${n.id} (${n.where}) has no claim`);
  for (const c of new Set(ids))
    if (!numbered.some((n) => n.id === c)) problems.push(`${c} is not in the paper's list (manifest.numbered)`);
  const order = paper.claims
    .filter(isStatement)
    .map((c) => numbered.findIndex((n) => n.id === c.id))
    .filter((k) => k >= 0);
  if (order.some((k, i) => i > 0 && k < order[i - 1])) problems.push('the statements are not in the order of the paper’s list');
  const claimsDir = new URL('claims/', folder);
  const modules = existsSync(claimsDir) ? readdirSync(claimsDir).filter((f) => /\.[jt]s$/.test(f)) : [];
  // a statement's own checks are the paper's too: modules may export them for tests
  const own = new Set([...paper.claims.map(registered), ...paper.claims.filter(isStatement).flatMap(checksOf)]);
  for (const file of modules) {
    const url = new URL(file, claimsDir).href;
    const expected = `${id}/${file.replace(/\.[jt]s$/, '')}`;
    for (const value of Object.values(await import(/* @vite-ignore */ url))) {
      const claim = asClaimLike(value);
      if (!claim) continue;
      // a step's check may carry the statement's id and a name of its own ('sparse-kd/theorem-VIII.3/lipschitz-step')
      const isPart = typeof (value as Check<unknown>).screen === 'function' && claim.id.startsWith(`${expected}/`);
      if (claim.id !== expected && !isPart) problems.push(`claims/${file} exports ${key(claim)}; it holds ${expected} only`);
      else if (!own.has(value as object) && !isPart)
        problems.push(`claims/${file} exports ${key(claim)}, which the paper's index does not register`);
      const declaredIn = (value as { declaredIn?: string }).declaredIn;
      if (declaredIn !== undefined && declaredIn !== url)
        problems.push(`${key(claim)} says it is declared in ${declaredIn}, not ${url}`);
    }
  }
  for (const claim of paper.claims) {
    const cid = claimId(claim);
    if (
      cid.startsWith(`${id}/`) &&
      !modules.includes(`${cid.slice(id.length + 1)}.ts`) &&
      !modules.includes(`${cid.slice(id.length + 1)}.js`)
    ) {
      problems.push(`${cid} is not in claims/${cid.slice(id.length + 1)}.ts (${fileURLToPath(claimsDir)})`);
    }
  }
  return [...new Set(problems)];
}
