/**
 * npm run bench — measured, not asserted: screening throughput beside raw float64 evaluation,
 * certification time per counterexample, time to the first certified counterexample, time per
 * statement of Sparse-KD, and `kdaudit check` on the held-out operator suite.
 */
import { softeningAxioms } from '../axioms/softening.js';
import { A0 } from '../axioms/softening/a0-simplex.js';
import { DEFAULT_CONTEXT } from '../engine/context.js';
import type { AnyCheck } from '../engine/check.js';
import { probabilities } from '../engine/instance/weights.js';
import { float64 } from '../engine/num/index.js';
import { Probe } from '../engine/probe.js';
import { search } from '../engine/search.js';
import { softeningOperators } from '../operators/softening/index.js';
import { power } from '../operators/softening/power.js';
import type { SofteningOperator } from '../engine/operators/softening.js';
import * as fixtures from '../test/fixtures/softening-operators.js';
import { auditWorkers } from './audit-workers.js';
import { largeVocabularyBench } from './large-v.js';
import { operatorSuite } from './operator-suite.js';
import { statementTimes } from './statements.js';

function perSecond(work: () => void, ms = 1500): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    work();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

function screening() {
  console.log('## Screening throughput (A0 on power): axiom evaluations/s vs raw float64 F_T(p)/s');
  for (const V of [8, 32768]) {
    const w = Array.from({ length: V }, (_, i) => String(1 + ((i * 7919) % 1000)));
    const x = { w, T: '2.5' };
    const p = probabilities(float64, w);
    const raw = perSecond(() => power.apply(float64, p, 2.5));
    const screened = perSecond(() => A0.screen(power, x, DEFAULT_CONTEXT));
    console.log(
      `V = ${V}: screening ${screened.toFixed(0)}/s, raw ${raw.toFixed(0)}/s, overhead ${(raw / screened).toFixed(2)}×`,
    );
  }
}

function certification() {
  console.log('\n## Certification time per counterexample (interval arithmetic, 50 digits)');
  const cases: Array<[AnyCheck, SofteningOperator, unknown]> = [
    [softeningAxioms[4], fixtures.offByOneMillionth, { w: ['1', '2'] }],
    [softeningAxioms[1], fixtures.reversesInBand, { w: ['0', '1'], T: '5.23' }],
    [softeningAxioms[0], softeningOperators.find((o) => o.name === 'convex-mixing/extrapolated')!, { w: ['0', '1'], T: '0.5' }],
    [softeningAxioms[5], power, { w: ['0', '1'] }],
    [
      softeningAxioms[3],
      fixtures.entropyDipInBand,
      { w: Array.from({ length: 16 }, (_, i) => String(i + 1)), T: '7', T2: '7.01' },
    ],
  ];
  for (const [check, op, x] of cases) {
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++)
      if (!check.certify(op, x, DEFAULT_CONTEXT)) throw new Error(`${check.id} on ${op.name} did not certify`);
    console.log(`${check.id} on ${op.name}: ${((performance.now() - start) / runs).toFixed(1)} ms`);
  }
}

function timeToFirst(operators: readonly SofteningOperator[]) {
  const times: number[] = [];
  for (const op of operators) {
    for (const check of softeningAxioms) {
      const probe = new Probe(check, op, DEFAULT_CONTEXT, Date.now() + 60_000);
      const found = search(probe, 42, check.runs, Date.now() + 60_000);
      if (found && probe.firstCertifiedMs !== undefined) {
        times.push(probe.firstCertifiedMs);
        console.log(`${op.name.padEnd(28)} ${check.id}: ${(probe.firstCertifiedMs / 1000).toFixed(2)} s`);
      }
    }
  }
  times.sort((a, b) => a - b);
  if (times.length)
    console.log(
      `median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s over ${times.length} violations`,
    );
}

screening();
largeVocabularyBench();
certification();
console.log('\n## Time to first certified counterexample: built-in operators (every axiom they violate)');
timeToFirst(softeningOperators);
console.log('\n## … and the operators built to violate one axiom (test/fixtures)');
timeToFirst([
  fixtures.overweightForLargeV,
  fixtures.reversesInBand,
  fixtures.jumpAtTwo,
  fixtures.entropyDipInBand,
  fixtures.offByOneMillionth,
  fixtures.cappedTemperature,
  fixtures.favoursFirstTie,
]);
statementTimes();
operatorSuite();
auditWorkers();
