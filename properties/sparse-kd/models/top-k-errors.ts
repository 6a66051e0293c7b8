import { float64 } from '../../../engine/num/index.js';
import { powerTransform } from '../../../operators/softening/power.js';
import type { Completion } from './top-k-completions.js';
import { wordFrequencies } from '../../../engine/domains/word-frequencies.js';

const SYNTHETIC_V = 10_000;
const KS = [1000, 100, 10, 1];
const TEMPERATURES = [1, 2];

const normalised = (w: number[]) => {
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
};

/** The full distributions the completions are measured against, largest probability first (synthetic ones with V = 10 000; SUBTLEX-US has V = 74 286). */
const distributions: ReadonlyArray<{ name: string; p: () => ArrayLike<number> }> = [
  { name: 'Zipf s = 1', p: () => normalised(Array.from({ length: SYNTHETIC_V }, (_, r) => 1 / (r + 1))) },
  { name: 'Zipf s = 1.5', p: () => normalised(Array.from({ length: SYNTHETIC_V }, (_, r) => (r + 1) ** -1.5)) },
  { name: 'geometric ρ = 0.99', p: () => normalised(Array.from({ length: SYNTHETIC_V }, (_, r) => 0.99 ** r)) },
  { name: 'SUBTLEX-US words', p: wordFrequencies },
];

/** Total variation ½Σ|a_i − b_i|. */
const totalVariation = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + Math.abs(x - b[i]), 0) / 2;

/**
 * TV(F_T(c(top_k(p))), F_T(p)) for power scaling F_T, tails aligned by rank, in float64 — a
 * measurement (|error| ≲ 1e-12), not a certified quantity. One row per k, one column per
 * distribution and temperature, as a Markdown table.
 */
export function completionErrorTable(completion: Completion): string {
  const header = distributions.flatMap((d) => TEMPERATURES.map((T) => `${d.name}, T = ${T}`));
  const columns = distributions.map((d) => {
    const p = Array.from(d.p());
    const softened = TEMPERATURES.map((T) => powerTransform(float64, p, T));
    return KS.map((k) => {
      const completed = completion.complete(float64, p.slice(0, k), p.length);
      return TEMPERATURES.map((T, t) => totalVariation(powerTransform(float64, completed, T), softened[t]));
    });
  });
  const rows = KS.map(
    (k, r) =>
      `| ${k} | ${columns
        .flatMap((c) => c[r])
        .map((v) => v.toPrecision(3))
        .join(' | ')} |`,
  );
  return [
    `Total variation between F_T(${completion.name} completion of the top k) and F_T(p), power scaling, unseen tokens aligned by rank (float64; synthetic tails V = ${SYNTHETIC_V}, SUBTLEX-US V = 74 286):`,
    `| k | ${header.join(' | ')} |`,
    `|---|${header.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}
