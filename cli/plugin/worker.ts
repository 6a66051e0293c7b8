import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Decimal } from 'decimal.js';
import { STATE, read, write, type Request, type Response } from './protocol.js';
import { validatePlugin, type SofteningPlugin } from './shape.js';

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

let plugin: SofteningPlugin;
try {
  const module = await import(pathToFileURL(workerData.path as string).href);
  const checked = validatePlugin(module);
  if (typeof checked === 'string') throw new Error(checked);
  plugin = checked;
} catch (e) {
  write(control, data, STATE.loadFailed, { message: (e as Error).message ?? String(e) });
  process.exit(0);
}
write(control, data, STATE.ready, { name: plugin!.name, hasExact: typeof plugin!.applyExact === 'function' });

for (;;) {
  while (Atomics.load(control, 0) !== STATE.request) Atomics.wait(control, 0, Atomics.load(control, 0));
  const request = read<Request>(control, data);
  const response = answer(plugin!, request);
  if (!write(control, data, STATE.response, response)) {
    write(control, data, STATE.response, { ok: false, kind: 'invalid-output', message: 'the output is too large to transfer' } satisfies Response);
  }
}

function answer(op: SofteningPlugin, request: Request): Response {
  const limit = 64 * request.p.length + 1024;
  try {
    if (request.method === 'apply') {
      const input = [...request.p];
      const out = op.apply(input, request.T);
      const invalid = invalidOutput(out, limit, (v) => typeof v === 'number');
      if (invalid) return { ok: false, kind: 'invalid-output', message: invalid };
      const mutated = input.length !== request.p.length || input.some((v, i) => !Object.is(v, request.p[i]));
      return { ok: true, values: out as number[], mutated };
    }
    const D = Decimal.clone({ precision: request.precision });
    const out = op.applyExact!(request.p.map((s) => new D(s)), new D(request.T), D);
    const invalid = invalidOutput(out, limit, (v) => v instanceof Decimal || (typeof v === 'object' && v !== null && 'toFixed' in v));
    if (invalid) return { ok: false, kind: 'invalid-output', message: invalid.replace('number', 'Decimal') };
    return { ok: true, values: (out as Decimal[]).map((v) => v.toString()) };
  } catch (e) {
    return { ok: false, kind: 'threw', message: `it threw: ${(e as Error)?.message ?? String(e)}` };
  }
}

function invalidOutput(out: unknown, limit: number, isValue: (v: unknown) => boolean): string | undefined {
  if (!Array.isArray(out)) return `the output is not an array (got ${out === null ? 'null' : typeof out})`;
  if (out.length > limit) return `the output is enormous: ${out.length} entries`;
  const bad = out.findIndex((v) => !isValue(v));
  return bad === -1 ? undefined : `output entry ${bad} is not a number (got ${typeof out[bad]})`;
}
