import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../integrations/vitest.js';

const example = (name: string) => new URL(`../../examples/${name}`, import.meta.url);
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

/** The message a matcher fails with (the matcher runs; a pass is reported as no message). */
function failure(run: () => void): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return 'passed';
}

describe('vitest matchers', { timeout: 60_000 }, () => {
  it('pass for a correct operator module, and .not fails it', () => {
    expect(example('my-operator.ts')).toSatisfySofteningAxioms({ effort: 0.05 });
    expect(failure(() => expect(example('my-operator.ts')).not.toSatisfySofteningAxioms({ effort: 0.05 }))).toMatch(
      /expected power-then-mix to violate a softening axiom, but none was refuted \(A0 holds/,
    );
  });

  it('fail with the certified minimal counterexample and how to replay it', () => {
    const message = failure(() => expect(example('plain-power.ts')).toSatisfySofteningAxioms({ effort: 0.05, seed: 5 }));
    expect(message).toMatch(/A5 [^\n]*: refuted\n\s+p = \([^)]*\)[^\n]*\(sequence-evidence, terms by float-output\)/);
    expect(message).toMatch(/replay: npx kdaudit check \S*examples\/plain-power\.ts --seed 5/);
  });

  it('take a path relative to the test file, a file: URL string, a URL or an absolute path alike', () => {
    const missing = fixture('missing.ts');
    for (const where of ['./fixtures/missing.ts', missing.href, missing, missing.pathname]) {
      expect(failure(() => expect(where).toSatisfySofteningAxioms())).toBe(
        `kdaudit: cannot check ${missing.pathname} with toSatisfySofteningAxioms: no such file: ${missing.pathname}`,
      );
    }
  });

  it('fail an operator that loops forever within its call timeout (retried once), and the suite goes on', () => {
    const started = Date.now();
    const message = failure(() => expect(fixture('loops.ts')).toSatisfySofteningAxioms({ callTimeout: 500 }));
    // far below the budget (60 s) that bounded it before: one call's limit, retried once, and two worker starts
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(message).toMatch(
      /A0 [^\n]*\n\s+timeout: loops-forever at p = \([^)]*\), T = [^:]+: no answer within 500 ms \(the call was retried once/,
    );
    expect(message).toMatch(
      /A5 [^\n]*\n.*\n\s+incomplete: stopped: no further call is made after one that hangs or exhausts memory \(A0\)/,
    );
  });

  it('fail an operator that exhausts its heap, and the suite goes on', () => {
    const started = Date.now();
    const message = failure(() =>
      expect(fixture('exhausts-memory.ts')).toSatisfySofteningAxioms({ memoryLimit: 64, callTimeout: 10_000 }),
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(message).toMatch(/out-of-memory: exhausts-memory at p = .*it ran out of memory \(the worker's heap limit is 64 MB/);
  });

  it('refuse an operator object, saying why and what to pass; name the wrong kind', () => {
    const operator = { kind: 'softening', name: 'inline', apply: (p: number[]) => p };
    expect(failure(() => expect(operator).toSatisfySofteningAxioms())).toMatch(
      /expected the operator's module .* got object: an operator object would run in the test's own thread, where an endless loop hangs the suite.*expect\(new URL\('\.\/my-operator\.ts', import\.meta\.url\)\)/,
    );
    expect(failure(() => expect(example('plain-power.ts')).toSatisfyAggregationAxioms())).toMatch(
      /cannot check \S*plain-power\.ts with toSatisfyAggregationAxioms: plain-power is a softening operator; aggregation operators were expected/,
    );
  });

  it('the README shows the tested example verbatim', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of ['my-operator.test.ts', 'my-operator.ts'])
      expect(readme).toContain(readFileSync(example(file), 'utf8').trim());
  });
});
