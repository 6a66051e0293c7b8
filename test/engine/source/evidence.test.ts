import { describe, expect, it } from 'vitest';
import { pointDomain, pointAtTemperatureDomain } from '../../../engine/domains/softening-points.js';
import { guideSearch } from '../../../engine/source/guide.js';
import type { CheckResult } from '../../../engine/verdicts.js';
import { renderResultLine } from '../../../reports/terminal.js';

const operator = (sources?: string[]) => ({
  kind: 'softening',
  name: 'op',
  description: '',
  exactness: 'decimal' as const,
  ...(sources ? { sources } : {}),
});
const cold = 'test/fixtures/guided/cold-band.ts';

describe('the evidence says what the source contributed', () => {
  it('the boundaries tried, with value, role, module and line; the share of cases', () => {
    const guidance = guideSearch(pointAtTemperatureDomain, operator([cold]));
    // boundaries found: the search draws from a mix, not from the domain's own generator alone
    expect(guidance.arbitrary).not.toBe(pointAtTemperatureDomain.arbitrary);
    expect(guidance.evidence?.sources).toEqual([{ module: cold, found: 3 }]);
    expect(guidance.evidence?.tried.map((b) => [b.value, b.role, b.line, b.text])).toEqual([
      ['0.001', 'temperature', 12, 'T < 1e-3'],
      ['1000/1000001', 'temperature', 14, '1 / T > 1000.001'],
    ]);
    expect(guidance.evidence?.share).toBe('1 random case in 4');
    expect(guidance.sentence).toBe(
      'Source-guided: 1 random case in 4 drawn at and around 2 harvested boundaries ' +
        `(0.001 as temperature, ${cold}:12 \`T < 1e-3\`; 1000/1000001 as temperature, ${cold}:14 \`1 / T > 1000.001\`).`,
    );
  });

  it('boundaries that no instance of the check can sit at are reported as such, and not searched', () => {
    const guidance = guideSearch(pointDomain, operator([cold]));
    expect(guidance.arbitrary).toBeUndefined();
    expect(guidance.evidence?.tried).toEqual([]);
    expect(guidance.evidence?.share).toBe('none');
    expect(guidance.sentence).toMatch(
      /^The source gave 3 harvested boundaries, none of which this check's instances can sit at\./,
    );
  });

  it('no sources, or sources without boundaries: nothing to report, nothing changed', () => {
    expect(guideSearch(pointDomain, operator())).toEqual({ sentence: '' });
    expect(guideSearch(pointDomain, operator(['test/fixtures/plugins/power.ts']))).toEqual({ sentence: '' });
  });

  it('the terminal line names the boundaries tried, or why the source was not read', () => {
    const result = (guidance: CheckResult['evidence']['guidance']): CheckResult => ({
      id: 'A0',
      title: '',
      verdict: 'holds',
      certified: false,
      evidence: { kind: 'search', screened: 10, exact: 0, precision: 50, seed: 1, summary: '', guidance },
      fidelity: [],
      findings: [],
      notes: [],
    });
    const tried = guideSearch(pointAtTemperatureDomain, operator([cold])).evidence;
    const [head, line] = renderResultLine('op', result(tried)).split('\n');
    expect(head).toBe('op                               A0   holds    10 cases screened');
    expect(line).toBe(
      `    source-guided (1 random case in 4) at 0.001 (temperature, ${cold}:12), 1000/1000001 (temperature, ${cold}:14)`,
    );
    const unread = guideSearch(pointDomain, operator(['test/fixtures/guided/minified.js'])).evidence;
    expect(renderResultLine('op', result(unread)).split('\n')[1]).toBe(
      '    source not read: test/fixtures/guided/minified.js, minified or generated (line 2 is longer than 1000 characters)',
    );
  });
});
