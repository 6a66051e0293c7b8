import { FLOAT_OUTPUT_BAND } from '../engine/certification/policy.js';
import { exactDecimalOfDouble, type Num } from '../engine/num/index.js';
import { BudgetExhausted, OperatorFault } from '../engine/operator-fault.js';
import type { OperatorFinding } from '../engine/verdicts.js';
import type { AggregationOperator } from '../engine/operators/aggregation.js';
import type { SofteningOperator } from '../engine/operators/softening.js';
import { answer } from './answer.js';
import type { CallOutcome } from './bridge.js';
import type { Plugin } from './shape.js';
import type { PluginInfo, Request } from './protocol.js';

interface PluginHandle {
  /** Problems with the code that did not stop evaluation (e.g. it mutated its input). */
  findings(): OperatorFinding[];
  setDeadline(epochMs: number): void;
  close(): void;
}

export type LoadedPlugin = (SofteningOperator & PluginHandle) | (AggregationOperator & PluginHandle);

type Input = Record<string, string | string[]>;

const MAX_FINDINGS = 3;

/**
 * A user's operator as the engine sees it, whatever runs its code (a worker for `kdaudit check`
 * and the vitest matchers, the caller's own thread in tests): a failed call becomes an OperatorFault naming the
 * input. Its exactness is 'decimal' when it has applyExact, else 'float64': then decimal and
 * interval evaluations see its returned doubles exactly.
 *
 * After the deadline (setDeadline) calls throw BudgetExhausted without running; `callOperator`
 * gets the deadline so that no call waits past it. Evaluations outside float64 (those that certify)
 * call the code twice and require the same output: a verdict must not rest on one of several answers.
 */
export function pluginOperator(
  { kind, name, hasExact }: PluginInfo,
  origin: string,
  callOperator: (request: Request, deadline: number) => CallOutcome,
  close: () => void,
  sources?: readonly string[],
): LoadedPlugin {
  const findings: OperatorFinding[] = [];
  let deadline = Infinity;

  // the input as strings is built only when a message needs it: screening calls are hot
  function call(request: Request, inputOf: () => Input): Array<number | string> {
    if (Date.now() >= deadline) throw new BudgetExhausted(`${name}: the time budget ran out before the call`);
    const outcome = callOperator(request, deadline);
    if (!outcome.ok) {
      if (outcome.kind === 'deadline') throw new BudgetExhausted(`${name}: ${outcome.message}`);
      const input = inputOf();
      throw new OperatorFault(outcome.kind, `${name} at ${describe(input)}: ${outcome.message}`, input);
    }
    if ('mutated' in outcome && outcome.mutated && findings.length < MAX_FINDINGS) {
      const input = inputOf();
      findings.push({
        instance: input,
        message: `apply mutated its input at ${describe(input)} (the caller's arrays must stay unchanged)`,
      });
    }
    return outcome.values;
  }

  /** Screening (float64) calls once; every other arithmetic calls twice and compares. */
  function evaluate(N: Num<unknown>, request: Request, inputOf: () => Input): Array<number | string> {
    const first = call(request, inputOf);
    if (N.kind === 'float64') return first;
    const second = call(request, inputOf);
    if (first.length !== second.length || first.some((v, i) => !Object.is(v, second[i]))) {
      const input = inputOf();
      throw new OperatorFault(
        'nondeterministic',
        `${name} at ${describe(input)}: two calls on this input returned different outputs (${preview(first)}, then ${preview(second)})`,
        input,
      );
    }
    return first;
  }

  /** Exact answers come back as decimal strings; float answers are read exactly outside float64. */
  function values<V>(N: Num<V>, exact: boolean, raw: Array<number | string>): V[] {
    if (exact) return raw.map((v) => N.of(String(v)));
    if (N.kind === 'float64') return raw as V[];
    return (raw as number[]).map((v) => (N.kind === 'interval' ? returnedDouble(N, v) : N.of(exactDecimalOfDouble(v))));
  }

  const handle: PluginHandle & {
    name: string;
    description: string;
    exactness: 'decimal' | 'float64';
    sources?: readonly string[];
  } = {
    name,
    ...(sources ? { sources } : {}),
    description: `${origin}${hasExact ? ' (with applyExact)' : ' (float64 only)'}`,
    exactness: hasExact ? 'decimal' : 'float64',
    findings: () => [...findings],
    setDeadline: (epochMs: number) => {
      deadline = epochMs;
    },
    close,
  };
  const lower = <V>(N: Num<V>, x: V) => N.bounds(x)[0];

  const operator: LoadedPlugin =
    kind === 'softening'
      ? {
          ...handle,
          kind,
          apply<V>(N: Num<V>, p: readonly V[], T: V): V[] {
            const inputOf = () => ({ p: p.map((x) => lower(N, x)), T: lower(N, T) });
            const exact = N.kind === 'decimal' && hasExact;
            const request: Request = exact
              ? { method: 'applyExact', ...inputOf(), precision: N.precision }
              : {
                  method: 'apply',
                  p: N.kind === 'float64' ? (p as readonly number[] as number[]) : p.map((x) => N.toNumber(x)),
                  T: N.toNumber(T),
                };
            return values(N, exact, evaluate(N, request, inputOf));
          },
        }
      : {
          ...handle,
          kind,
          apply<V>(N: Num<V>, teachers: readonly (readonly V[])[], weights: readonly V[], T: V): V[] {
            const inputOf = (): Input => ({
              ...Object.fromEntries(teachers.map((t, k) => [`p${k + 1}`, t.map((x) => lower(N, x))])),
              w: weights.map((x) => lower(N, x)),
              T: lower(N, T),
            });
            const exact = N.kind === 'decimal' && hasExact;
            const request: Request = exact
              ? {
                  method: 'aggregateExact',
                  teachers: teachers.map((t) => t.map((x) => lower(N, x))),
                  weights: weights.map((x) => lower(N, x)),
                  T: lower(N, T),
                  precision: N.precision,
                }
              : {
                  method: 'aggregate',
                  teachers: teachers.map((t) => t.map((x) => N.toNumber(x))),
                  weights: weights.map((x) => N.toNumber(x)),
                  T: N.toNumber(T),
                };
            return values(N, exact, evaluate(N, request, inputOf));
          },
        };
  return operator;
}

/** The input, short enough for a message: the first coordinates of each vector, and T. */
function describe(input: Input): string {
  const short = (x: string) => (x.length > 14 ? Number(x).toPrecision(8) : x);
  return Object.entries(input)
    .map(([key, v]) =>
      Array.isArray(v)
        ? `${key} = (${v.slice(0, 6).map(short).join(', ')}${v.length > 6 ? `, … (V = ${v.length})` : ''})`
        : `${key} = ${v}`,
    )
    .join(', ');
}

/** The first entries of an output, for a message. */
function preview(values: Array<number | string>): string {
  return `[${values.slice(0, 4).map(String).join(', ')}${values.length > 4 ? `, … (${values.length} entries)` : ''}]`;
}

/**
 * A user's operator run in the caller's own thread (tests): the same adapter
 * as the worker's, its calls answered directly.
 */
export function inProcessOperator(plugin: Plugin, origin: string): LoadedPlugin {
  return pluginOperator(
    { kind: plugin.kind, name: plugin.name, hasExact: typeof plugin.applyExact === 'function' },
    origin,
    (request) => answer(plugin, request),
    () => {},
  );
}

/**
 * A double float64-only code returned, as certification reads it: exactly, widened by
 * FLOAT_OUTPUT_RELATIVE_ERROR either way (zeros stay zeros: a zero is what the code claims). The
 * code's own rounding is thereby part of the enclosure, so an exact quantity that amplifies it
 * (F_T at 1/T = 1e4 raises a 1e-16 relative error to 1e-12) cannot turn rounding into a refutation.
 */
function returnedDouble<V>(N: Num<V>, v: number): V {
  const x = N.of(exactDecimalOfDouble(v));
  return v === 0 || !Number.isFinite(v) ? x : N.mul(x, N.hull(N.of(FLOAT_OUTPUT_BAND[0]), N.of(FLOAT_OUTPUT_BAND[1])));
}
