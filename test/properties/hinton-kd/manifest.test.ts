import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { isStatement } from '../../../engine/paper/index.js';
import { paper } from '../../../properties/hinton-kd/index.js';

const statements = paper.claims.filter(isStatement);

describe('hinton-kd manifest and catalogue', () => {
  const ids = new Set(statements.map((c) => c.id));

  it('every numbered statement has a claim, and every claim is numbered', () => {
    expect(paper.manifest.numbered.map((n) => n.id).filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !paper.manifest.numbered.some((n) => n.id === id))).toEqual([]);
  });

  it('claims are in paper order and declared in claims/ under the paper’s numbering', () => {
    const order: string[] = paper.manifest.numbered.map((n) => n.id);
    const positions = statements.map((c) => order.indexOf(c.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const c of statements) expect(basename(fileURLToPath(c.declaredIn), '.ts')).toBe(c.id.split('/')[1]);
  });

  it('readings of one statement have distinct variants, and every section named exists', () => {
    const keys = statements.map((c) => `${c.id}/${c.variant ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sections = paper.manifest.sections.map((s) => s.id as string);
    for (const c of statements) expect(sections).toContain(c.source.section);
  });
});
