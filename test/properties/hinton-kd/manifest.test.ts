import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { hintonKd } from '../../../properties/hinton-kd/index.js';

describe('hinton-kd manifest and catalogue', () => {
  const ids = new Set(hintonKd.statements.map((c) => c.id));

  it('every numbered statement has a claim, and every claim is numbered', () => {
    expect(hintonKd.manifest.numbered.map((n) => n.id).filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !hintonKd.manifest.numbered.some((n) => n.id === id))).toEqual([]);
  });

  it('claims are in paper order and declared in claims/ under the paper’s numbering', () => {
    const order: string[] = hintonKd.manifest.numbered.map((n) => n.id);
    const positions = hintonKd.statements.map((c) => order.indexOf(c.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const c of hintonKd.statements) expect(basename(fileURLToPath(c.declaredIn), '.ts')).toBe(c.id.split('/')[1]);
  });

  it('readings of one statement have distinct variants, and every section named exists', () => {
    const keys = hintonKd.statements.map((c) => `${c.id}/${c.variant ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sections = hintonKd.manifest.sections.map((s) => s.id as string);
    for (const c of hintonKd.statements) expect(sections).toContain(c.source.section);
  });
});
