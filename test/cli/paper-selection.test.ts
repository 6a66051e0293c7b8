import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAudit, type AuditOptions } from '../../cli/commands/audit.js';
import { EXIT } from '../../cli/exit-codes.js';
import { auditUnits } from '../../cli/parallel/units.js';

const kinds = (paper?: string[]) => [...new Set(auditUnits({ paper, statements: true, mutants: 0 }).map((u) => u.kind))];

describe('kdaudit audit --paper', () => {
  afterEach(() => vi.restoreAllMocks());

  it('selects a paper’s statements and the operator families it has claims on', () => {
    expect(kinds(['ensemble-kd'])).toEqual(['aggregation']);
    expect(kinds(['sparse-kd'])).toEqual(['softening', 'statement']);
    expect(kinds(['sparse-kd', 'ensemble-kd'])).toEqual(kinds());
    const statements = auditUnits({ paper: ['sparse-kd'], statements: true, mutants: 0 }).filter((u) => u.kind === 'statement');
    expect(statements.length).toBeGreaterThan(40);
    expect(statements.every((u) => u.kind === 'statement' && u.id.startsWith('sparse-kd/'))).toBe(true);
  });

  it('exits 2 on an unknown paper, naming the known ones; a comma list is split', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const opts = {
      paper: ['sparse-kd,nonexistent-kd'],
      statements: true,
      mutants: 0,
      workers: 1,
      out: '/nonexistent',
      html: false,
    } as unknown as AuditOptions;
    expect(await runAudit(opts)).toBe(EXIT.usage);
    expect(String(error.mock.calls[0][0])).toMatch(
      /^kdaudit: unknown paper nonexistent-kd; known: (.+, )?ensemble-kd, (.+, )?sparse-kd/,
    );
  });
});
