import { float64 } from '../engine/num/index.js';
import { findAggregationOperator } from '../operators/aggregation/index.js';
import { findSofteningOperator } from '../operators/softening/index.js';

/** A vector computed for a counterexample's picture: what it is and its float64 values. */
export interface OutputVector {
  name: string;
  values: number[];
}

/** Which operator and check a counterexample belongs to, when the report knows. */
export interface CounterexampleContext {
  operator?: string;
  check?: string;
}

/** An exact value of the model ('1/3', '0.25', '1e-300') as a double. */
export function toDouble(s: string): number {
  const [num, den] = s.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

const numeric = (v: string | string[] | undefined): v is string[] =>
  Array.isArray(v) && v.every((x) => Number.isFinite(toDouble(x)));

/**
 * The operator's output at a counterexample, in float64, for the picture beside the input: F_T(p)
 * at each temperature of the instance (T, T′; T = 1 for A4, the identity at T = 1), or the aggregate
 * A(p_1, …, p_K; w, T). Only for built-in operators, whose code the report can call; a statement's
 * instance names its operator itself. An illustration, not evidence: the certificate is exact.
 * Empty when the instance has no such input or the operator is not known here.
 */
export function counterexampleOutputs(
  instance: Record<string, string | string[]>,
  context: CounterexampleContext = {},
): OutputVector[] {
  // an operator undefined at its counterexample (the log pool where the supports do not intersect)
  // may throw there: the picture then shows the input alone, beside the certificate
  try {
    return outputs(instance, context);
  } catch {
    return [];
  }
}

function outputs(instance: Record<string, string | string[]>, context: CounterexampleContext): OutputVector[] {
  const name = typeof instance.operator === 'string' ? instance.operator : context.operator;
  const check = typeof instance.axiom === 'string' ? instance.axiom : (context.check ?? '');
  if (!name) return [];
  const softening = findSofteningOperator(name);
  if (softening && numeric(instance.p)) {
    const p = instance.p.map(toDouble);
    const temperatures = Object.entries(instance).filter(
      (e): e is [string, string] => /^T['′]?$/.test(e[0]) && typeof e[1] === 'string',
    );
    const at = temperatures.length ? temperatures : check.startsWith('A4') ? [['T', '1'] as [string, string]] : [];
    return at.map(([key, T]) => ({ name: `F_${key}(p), ${key} = ${T}`, values: softening.apply(float64, p, toDouble(T)) }));
  }
  const aggregation = findAggregationOperator(name);
  const teachers = Object.keys(instance).filter((k) => /^p\d+$/.test(k));
  const { w, T } = instance;
  if (!aggregation || !teachers.length || !numeric(w) || w.length !== teachers.length || typeof T !== 'string') return [];
  if (!teachers.every((k) => numeric(instance[k]))) return [];
  const values = aggregation.apply(
    float64,
    teachers.map((k) => (instance[k] as string[]).map(toDouble)),
    w.map(toDouble),
    toDouble(T),
  );
  return [{ name: `A(p; w, T), T = ${T}`, values }];
}
