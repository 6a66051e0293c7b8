import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Decimal } from 'decimal.js';
import { STATE, read, write, type Request, type Response } from './protocol.js';
import { validatePlugin, type AggregationPlugin, type Plugin, type SofteningPlugin } from './shape.js';

/** Runs in the worker: loads the user's module, then answers calls until terminated. */
const control = new Int32Array(workerData.control as SharedArrayBuffer);
const data = new Uint8Array(workerData.data as SharedArrayBuffer);

// a death while loading or answering is reported; after a load failure the worker just ends
const crash = (message: string) => {
  const state = Atomics.load(control, 0);
  if (state === STATE.idle || state === STATE.request) write(control, data, STATE.crashed, { ok: false, kind: 'threw', message });
};
process.on('uncaughtException', (e) => crash(`uncaught error in the operator's module: ${e?.message ?? e}`));
process.on('unhandledRejection', (e) => crash(`unhandled rejection in the operator's module: ${(e as Error)?.message ?? e}`));
process.on('exit', (code) => crash(`the operator's module exited the worker (process.exit(${code}))`));

let plugin: Plugin;
try {
  const module = await import(pathToFileURL(workerData.path as string).href);
  const checked = validatePlugin(module);
  if (typeof checked === 'string') throw new Error(checked);
  plugin = checked;
} catch (e) {
  write(control, data, STATE.loadFailed, { message: (e as Error).message ?? String(e) });
  process.exit(0);
}
write(control, data, STATE.ready, { kind: plugin!.kind, name: plugin!.name, hasExact: typeof plugin!.applyExact === 'function' });

for (;;) {
  while (Atomics.load(control, 0) !== STATE.request) Atomics.wait(control, 0, Atomics.load(control, 0));
  const request = read<Request>(control, data);
  const response = answer(plugin!, request);
  if (!write(control, data, STATE.response, response)) {
    write(control, data, STATE.response, { ok: false, kind: 'invalid-output', message: 'the output is too large to transfer' } satisfies Response);
  }
}

// function declarations, not consts: the answering loop above runs before later consts exist
function isNumber(v: unknown): boolean {
  return typeof v === 'number';
}

function isDecimal(v: unknown): boolean {
  return v instanceof Decimal || (typeof v === 'object' && v !== null && 'toFixed' in v);
}

function changed(copy: readonly number[], original: readonly number[]): boolean {
  return copy.length !== original.length || copy.some((v, i) => !Object.is(v, original[i]));
}

function answer(op: Plugin, request: Request): Response {
  const V = 'p' in request ? request.p.length : request.teachers[0]?.length ?? 0;
  const limit = 64 * V + 1024;
  try {
    switch (request.method) {
      case 'apply': {
        const input = [...request.p];
        return floatResponse((op as SofteningPlugin).apply(input, request.T), limit, changed(input, request.p));
      }
      case 'aggregate': {
        const teachers = request.teachers.map((t) => [...t]);
        const weights = [...request.weights];
        const out = (op as AggregationPlugin).apply(teachers, weights, request.T);
        return floatResponse(out, limit, teachers.some((t, k) => changed(t, request.teachers[k])) || changed(weights, request.weights));
      }
      case 'applyExact': {
        const D = Decimal.clone({ precision: request.precision });
        return exactResponse((op as SofteningPlugin).applyExact!(request.p.map((s) => new D(s)), new D(request.T), D), limit);
      }
      case 'aggregateExact': {
        const D = Decimal.clone({ precision: request.precision });
        const teachers = request.teachers.map((t) => t.map((s) => new D(s)));
        return exactResponse((op as AggregationPlugin).applyExact!(teachers, request.weights.map((s) => new D(s)), new D(request.T), D), limit);
      }
    }
  } catch (e) {
    return { ok: false, kind: 'threw', message: `it threw: ${(e as Error)?.message ?? String(e)}` };
  }
}

function floatResponse(out: unknown, limit: number, mutated: boolean): Response {
  const invalid = invalidOutput(out, limit, isNumber);
  return invalid ? { ok: false, kind: 'invalid-output', message: invalid } : { ok: true, values: out as number[], mutated };
}

function exactResponse(out: unknown, limit: number): Response {
  const invalid = invalidOutput(out, limit, isDecimal);
  return invalid ? { ok: false, kind: 'invalid-output', message: invalid.replace('number', 'Decimal') } : { ok: true, values: (out as Decimal[]).map((v) => v.toString()) };
}

function invalidOutput(out: unknown, limit: number, isValue: (v: unknown) => boolean): string | undefined {
  if (!Array.isArray(out)) return `the output is not an array (got ${out === null ? 'null' : typeof out})`;
  if (out.length > limit) return `the output is enormous: ${out.length} entries`;
  const bad = out.findIndex((v) => !isValue(v));
  return bad === -1 ? undefined : `output entry ${bad} is not a number (got ${typeof out[bad]})`;
}
