import { describe, expect, it } from 'vitest';
import { paperGroups, paperHeading } from '../../reports/paper-groups.js';
import { sampleAudit } from './sample-audit.js';

const [first, second] = sampleAudit.statements!;
const other = { ...second, id: 'other-kd/S1', source: { ...second.source, paper: 'other-kd' } };

describe('statements grouped by paper', () => {
  it('follow the order of audit.papers, each titled from it', () => {
    const audit = {
      ...sampleAudit,
      statements: [first, other, second],
      papers: [{ id: 'other-kd', title: 'Other', arxiv: '1' }, ...sampleAudit.papers!],
    };
    const groups = paperGroups(audit);
    expect(groups.map((g) => [g.paper.id, g.statements.map((s) => s.id)])).toEqual([
      ['other-kd', ['other-kd/S1']],
      ['sparse-kd', [first.id, second.id]],
    ]);
    expect(paperHeading(groups[0].paper)).toBe('Other (other-kd, arXiv:1)');
  });

  it('without audit.papers (an older audit), by first appearance, titled by id; a listed paper with no statement is left out', () => {
    const groups = paperGroups({ ...sampleAudit, statements: [other, first], papers: undefined });
    expect(groups.map((g) => paperHeading(g.paper))).toEqual(['other-kd', 'sparse-kd']);
    expect(paperGroups({ ...sampleAudit, statements: [other], papers: sampleAudit.papers }).map((g) => g.paper.id)).toEqual([
      'other-kd',
    ]);
  });
});
