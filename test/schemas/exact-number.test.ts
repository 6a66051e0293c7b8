import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describedInstance } from '../../engine/result/described-instance.js';
import { enclosureBound, exactDecimal, exactNumber, MAX_EXACT_LENGTH } from '../../engine/result/exact-number.js';
import { validateAgainst } from '../../engine/result/read-json.js';

const exactNumberHolder = z.strictObject({ value: exactNumber.optional() });

/** The examples of docs/exact-numbers.md, accepted and refused as it says. */
describe('exact-number strings', () => {
  const decimals = ['2', '0', '0.125', '-3.25', '1e-337', '1.5e+7', '1E5', '007'];
  const rationals = ['1/3', '-2/7', '0/5', '12/05'];
  const neither = [
    'NaN',
    'Infinity',
    '0x10',
    '+1',
    '.5',
    '1.',
    ' 1',
    '1 ',
    '1 / 3',
    '1/0',
    '1/00',
    '1.5/3',
    '1e2/3',
    '1,000',
    '',
    '1e1234567890',
    '1/-3',
    '--1',
  ];

  it('a decimal: digits, an optional fraction and exponent; nothing else', () => {
    for (const s of decimals) expect(exactDecimal.safeParse(s).success, s).toBe(true);
    for (const s of [...rationals, ...neither]) expect(exactDecimal.safeParse(s).success, s).toBe(false);
  });

  it('an exact number: a decimal or a rational with a non-zero denominator', () => {
    for (const s of [...decimals, ...rationals]) expect(exactNumber.safeParse(s).success, s).toBe(true);
    for (const s of neither) expect(exactNumber.safeParse(s).success, s).toBe(false);
    expect(exactNumber.safeParse(0.5).success).toBe(false);
  });

  it(`at most ${MAX_EXACT_LENGTH} characters`, () => {
    expect(exactNumber.safeParse('1'.repeat(MAX_EXACT_LENGTH)).success).toBe(true);
    expect(exactNumber.safeParse('1'.repeat(MAX_EXACT_LENGTH + 1)).success).toBe(false);
  });

  it('an enclosure bound may also be unbounded or not applicable, and nothing else', () => {
    for (const s of ['-0.3243', '1/3', 'Infinity', '-Infinity', 'n/a']) expect(enclosureBound.safeParse(s).success, s).toBe(true);
    for (const s of ['NaN', '+Infinity', 'inf', 'N/A']) expect(enclosureBound.safeParse(s).success, s).toBe(false);
  });

  it('in a described instance, the keys p…, T… hold exact numbers; other keys are labels', () => {
    const ok = {
      p: ['1/3', '2/3'],
      p2: ['1', '0'],
      T: '0.5',
      "T'": '2',
      T2: '1e-9',
      raised: 'teacher 1',
      w: 'equal',
      'w (p = w/Σw)': ['1e-335', '1'],
    };
    expect(validateAgainst(describedInstance, ok)).toEqual({ value: ok });
    expect(validateAgainst(describedInstance, { ...ok, p: ['1/3', 'two thirds'] })).toEqual({
      problem: 'p[1]: expected a string like "1/3", "0.25" or "1e-337"',
    });
    expect(validateAgainst(describedInstance, { ...ok, "T'": 'hot' })).toEqual({
      problem: '["T\'"]: expected a string like "1/3", "0.25" or "1e-337"',
    });
    expect(validateAgainst(describedInstance, { ...ok, w: 3 })).toEqual({
      problem: 'w: expected a string or an array of strings',
    });
  });
});

describe('a problem is one short line', () => {
  it('names an unexpected field, however long or strange its name, in one line of bounded length', () => {
    const key = `evil\n${'x'.repeat(10_000)}`;
    const read = validateAgainst(exactNumberHolder, { [key]: '1' });
    expect(read).toHaveProperty('problem');
    const problem = (read as { problem: string }).problem;
    expect(problem).not.toContain('\n');
    expect(problem.length).toBeLessThan(100);
    expect(problem).toMatch(/^\["evil\\nx+…"\]: unexpected field$/);
  });
});
