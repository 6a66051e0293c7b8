import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReplay } from '../../cli/commands/replay.js';
import { corpusEntryJson } from '../fixtures/corpus-entry.js';

/** Stored counterexamples to Ensemble-KD's guarantees, and to B1/simplex at an undefined input, replay. */
function entry(check: string, operator: string, instance: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kdaudit-replay-')), 'entry.json');
  writeFileSync(file, corpusEntryJson(check, operator, instance));
  return file;
}

describe('kdaudit replay', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'B1/simplex',
      'log-pool/soften-then-aggregate',
      {
        teachers: [
          ['1', '0'],
          ['0', '1'],
        ],
        w: ['1', '1'],
        T: '1',
      },
    ],
    [
      'ensemble-kd/bias-attenuation/weighted-tv',
      'log-pool/soften-then-aggregate',
      {
        teachers: [
          ['1', '1'],
          ['0', '1'],
        ],
        w: ['1', '1'],
        T: '1',
        reference: ['1', '0'],
      },
    ],
  ])('%s on %s still fails', async (check, operator, instance) => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runReplay(entry(check, operator, instance), { callTimeout: 1000 })).toBe(1);
    expect(String(out.mock.calls[0][0])).toContain(`still fails: ${check} on ${operator}`);
  });

  it('a guarantee the operator meets no longer fails', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const instance = {
      teachers: [
        ['1', '1'],
        ['0', '1'],
      ],
      w: ['1', '1'],
      T: '1',
      reference: ['1', '0'],
    };
    expect(
      await runReplay(entry('ensemble-kd/bias-attenuation/weighted-tv', 'linear-pool/soften-then-aggregate', instance), {
        callTimeout: 1000,
      }),
    ).toBe(0);
    expect(String(out.mock.calls[0][0])).toContain('no longer fails');
  });
});
