import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';
import { answer } from './answer.js';
import { redirectOutput } from './output.js';
import { STATE, read, waitForState, write, type Request, type Response } from './protocol.js';
import { validatePlugin, type Plugin } from './shape.js';

/** Runs in the worker: loads the user's module, then answers calls until terminated. */
const control = new Int32Array(workerData.control as SharedArrayBuffer);
const data = new Uint8Array(workerData.data as SharedArrayBuffer);

let plugin: Plugin | undefined;
redirectOutput(
  new Int32Array(workerData.printed as SharedArrayBuffer),
  () => plugin?.name ?? basename(workerData.path as string),
);

// a death while loading or answering is reported; after a load failure the worker just ends
const crash = (message: string) => {
  const state = Atomics.load(control, 0);
  if (state === STATE.idle || state === STATE.request) write(control, data, STATE.crashed, { ok: false, kind: 'threw', message });
};
process.on('uncaughtException', (e) => crash(`uncaught error in the operator's module: ${e?.message ?? e}`));
process.on('unhandledRejection', (e) => crash(`unhandled rejection in the operator's module: ${(e as Error)?.message ?? e}`));
process.on('exit', (code) => crash(`the operator's module exited the worker (process.exit(${code}))`));

try {
  // tsImport loads .ts/.mts/.cts/.js/.mjs as the nearest package.json says (ESM or CommonJS); a plain
  // import() of a .ts in a CommonJS package fails ("Cannot require() ES Module … in a cycle")
  const module = await tsImport(pathToFileURL(workerData.path as string).href, import.meta.url);
  const checked = validatePlugin({ default: operatorExport(module) });
  if (typeof checked === 'string') throw new Error(checked);
  plugin = checked;
} catch (e) {
  write(control, data, STATE.loadFailed, { message: (e as Error).message ?? String(e) });
  process.exit(0);
}
write(control, data, STATE.ready, { kind: plugin!.kind, name: plugin!.name, hasExact: typeof plugin!.applyExact === 'function' });

/**
 * The default export. A CommonJS module's namespace has module.exports as its default, and the
 * operator is either module.exports itself or module.exports.default: what `export default`
 * compiles to in a .cts or a .ts of a CommonJS package, and what some authors write.
 */
function operatorExport(namespace: Record<string, unknown>): unknown {
  const exported = namespace.default as Record<string, unknown> | undefined;
  const wrapped = typeof exported === 'object' && exported !== null && !('kind' in exported) && 'default' in exported;
  return wrapped ? exported.default : exported;
}

for (;;) {
  waitForState(control, STATE.request);
  const request = read<Request>(control, data);
  const response = answer(plugin!, request);
  if (!write(control, data, STATE.response, response)) {
    write(control, data, STATE.response, {
      ok: false,
      kind: 'invalid-output',
      message: 'the output is too large to transfer',
    } satisfies Response);
  }
}
