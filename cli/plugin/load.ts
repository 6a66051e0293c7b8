import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exactDecimalOfDouble, type Num } from '../../engine/num/index.js';
import { OperatorFault } from '../../engine/operator-fault.js';
import type { OperatorFinding } from '../../engine/verdicts.js';
import type { SofteningOperator } from '../../operators/softening/types.js';
import { PluginBridge, type CallOutcome } from './bridge.js';
import type { Request } from './protocol.js';

export interface LoadedPlugin extends SofteningOperator {
  /** Problems with the code that did not stop evaluation (e.g. it mutated its input). */
  findings(): OperatorFinding[];
  close(): void;
}

export type LoadResult = { ok: true; operator: LoadedPlugin } | { ok: false; error: string };

const MAX_FINDINGS = 3;

/**
 * Load a user's softening operator in an isolated worker. Its exactness is 'decimal' when it has
 * applyExact, else 'float64': then decimal and interval evaluations see its returned doubles exactly.
 */
export function loadSofteningPlugin(path: string, options: { callTimeoutMs: number }): LoadResult {
  const absolute = resolve(path);
  if (!existsSync(absolute)) return { ok: false, error: `no such file: ${path}` };
  const bridge = new PluginBridge(absolute, options.callTimeoutMs);
  const started = bridge.start();
  if (!started.ok) return { ok: false, error: started.error };
  const { name, hasExact } = started.info;
  const findings: OperatorFinding[] = [];

  // the input as strings is built only when a message needs it: screening calls are hot
  function call(request: Request, inputOf: () => { p: string[]; T: string }): Array<number | string> {
    const outcome: CallOutcome = bridge.call(request);
    if (!outcome.ok) {
      const input = inputOf();
      throw new OperatorFault(outcome.kind, `${name} at ${describe(input)}: ${outcome.message}`, input);
    }
    if ('mutated' in outcome && outcome.mutated && findings.length < MAX_FINDINGS) {
      const input = inputOf();
      findings.push({ instance: input, message: `apply mutated its input array at ${describe(input)} (the caller's array must stay unchanged)` });
    }
    return outcome.values;
  }

  const operator: LoadedPlugin = {
    kind: 'softening',
    name,
    description: `user operator from ${path}${hasExact ? ' (with applyExact)' : ' (float64 only)'}`,
    exactness: hasExact ? 'decimal' : 'float64',
    apply<V>(N: Num<V>, p: readonly V[], T: V): V[] {
      const inputOf = () => ({ p: p.map((x) => N.bounds(x)[0]), T: N.bounds(T)[0] });
      if (N.kind === 'decimal' && hasExact) {
        const input = inputOf();
        return call({ method: 'applyExact', p: input.p, T: input.T, precision: N.precision }, () => input).map((v) => N.of(String(v)));
      }
      const values = call({ method: 'apply', p: p.map((x) => N.toNumber(x)), T: N.toNumber(T) }, inputOf) as number[];
      return N.kind === 'float64' ? (values as V[]) : values.map((v) => N.of(exactDecimalOfDouble(v)));
    },
    findings: () => [...findings],
    close: () => bridge.close(),
  };
  return { ok: true, operator };
}

/** The input, short enough for a message: the first coordinates of p and T. */
function describe(input: { p: string[]; T: string }): string {
  const shown = input.p.slice(0, 6).map((x) => (x.length > 14 ? Number(x).toPrecision(8) : x));
  const more = input.p.length > 6 ? `, … (V = ${input.p.length})` : '';
  return `p = (${shown.join(', ')}${more}), T = ${input.T}`;
}
