import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { answer } from './answer.js';
import { redirectOutput } from './output.js';
import { STATE, read, waitForState, write, type Request, type Response } from './protocol.js';
import { validatePlugin, type Plugin } from './shape.js';

/** Runs in the worker: loads the user's module, then answers calls until terminated. */
const control = new Int32Array(workerData.control as SharedArrayBuffer);
const data = new Uint8Array(workerData.data as SharedArrayBuffer);

let plugin: Plugin | undefined;
redirectOutput(new Int32Array(workerData.printed as SharedArrayBuffer), () => plugin?.name ?? basename(workerData.path as string));

// a death while loading or answering is reported; after a load failure the worker just ends
const crash = (message: string) => {
  const state = Atomics.load(control, 0);
  if (state === STATE.idle || state === STATE.request) write(control, data, STATE.crashed, { ok: false, kind: 'threw', message });
};
process.on('uncaughtException', (e) => crash(`uncaught error in the operator's module: ${e?.message ?? e}`));
process.on('unhandledRejection', (e) => crash(`unhandled rejection in the operator's module: ${(e as Error)?.message ?? e}`));
process.on('exit', (code) => crash(`the operator's module exited the worker (process.exit(${code}))`));

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
  waitForState(control, STATE.request);
  const request = read<Request>(control, data);
  const response = answer(plugin!, request);
  if (!write(control, data, STATE.response, response)) {
    write(control, data, STATE.response, { ok: false, kind: 'invalid-output', message: 'the output is too large to transfer' } satisfies Response);
  }
}
