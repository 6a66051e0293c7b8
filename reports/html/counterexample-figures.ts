import { counterexampleOutputs, toDouble, type CounterexampleContext } from '../counterexample-outputs.js';
import { barChart, type BarSeries } from './bar-chart.js';

/** Teacher weights live on the teacher axis, never on the class axis ('w (p = w/Σw)' is not one: its coordinates are classes). */
const isWeights = (key: string) => key === 'w';
/** Index lists (a true label, an unsafe set) name classes; they are not masses to draw. */
const isIndices = (key: string) => /\blabel\b|\bset\b/.test(key);

const exactSeries = (name: string, v: readonly string[]): BarSeries => ({ name, values: v.map(toDouble), labels: [...v] });

/**
 * A counterexample drawn as input and output: the instance's vectors over the classes (p, or the
 * teachers p_1 … p_K and a reference q*) beside the operator's output at that input (F_T(p) at each
 * temperature, or the aggregate A), and the teacher weights apart on their own axis. Vectors of one
 * coordinate and scalars stay in the table of exact values; outputs are float64 (see
 * counterexampleOutputs) and say so in their tooltips.
 */
export function counterexampleFigures(instance: Record<string, string | string[]>, context: CounterexampleContext): string[] {
  const vectors = Object.entries(instance).filter(
    (e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 1 && e[1].every((x) => Number.isFinite(toDouble(x))),
  );
  const weights = vectors.filter(([k]) => isWeights(k));
  const classes = vectors.filter(([k]) => !isWeights(k) && !isIndices(k));
  const outputs = counterexampleOutputs(instance, context);
  const V = classes[0]?.[1].length;
  const sameV = classes.filter(([, v]) => v.length === V);
  const figures: string[] = [];
  if (sameV.length)
    figures.push(
      barChart(
        sameV.map(([k, v]) => exactSeries(k, v)),
        'class i',
        outputs.length ? 'Input' : 'Input (exact values in the tooltips)',
      ),
    );
  const shown = outputs.filter((o) => o.values.length === V);
  if (shown.length)
    figures.push(
      barChart(
        shown.map((o) => ({ name: o.name, values: o.values, labels: o.values.map((x) => `≈ ${x.toPrecision(6)} (float64)`) })),
        'class i',
        'Output at this input (float64)',
      ),
    );
  // vectors of another length than the first class vector (rare) get a chart of their own
  for (const [k, v] of classes.filter(([, v]) => v.length !== V))
    figures.push(barChart([exactSeries(k, v)], 'coordinate i', 'Input'));
  for (const [k, v] of weights) figures.push(barChart([exactSeries(k, v)], 'teacher k', 'Teacher weights'));
  return figures;
}
