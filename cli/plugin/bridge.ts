import { Worker } from 'node:worker_threads';
import { CONTROL_WORDS, DATA_BYTES, STATE, read, write, type PluginInfo, type Request, type Response } from './protocol.js';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;
const LOAD_TIMEOUT_MS = 60_000;

export type CallOutcome = Response | { ok: false; kind: 'timeout' | 'crashed'; message: string };

/**
 * A user's module in a worker thread, called synchronously. A call that exceeds the time limit, or
 * a worker that dies, is reported as the call's outcome; the worker is replaced on the next call.
 */
export class PluginBridge {
  private worker?: Worker;
  private control!: Int32Array;
  private data!: Uint8Array;

  constructor(
    private readonly path: string,
    private readonly callTimeoutMs: number,
  ) {}

  /** Start the worker and load the module: its name and capabilities, or why it failed. */
  start(): { ok: true; info: PluginInfo } | { ok: false; error: string } {
    const controlBuffer = new SharedArrayBuffer(CONTROL_WORDS * 4);
    const dataBuffer = new SharedArrayBuffer(DATA_BYTES);
    this.control = new Int32Array(controlBuffer);
    this.data = new Uint8Array(dataBuffer);
    this.worker = new Worker(BOOT, { workerData: { entry: ENTRY, path: this.path, control: controlBuffer, data: dataBuffer }, stdout: true, stderr: true });
    this.worker.unref();
    Atomics.wait(this.control, 0, STATE.idle, LOAD_TIMEOUT_MS);
    const state = Atomics.load(this.control, 0);
    // a crash while loading (an uncaught error at import) is a load failure too
    if (state === STATE.ready) return { ok: true, info: read<PluginInfo>(this.control, this.data) };
    const reason =
      state === STATE.idle ? `loading took longer than ${LOAD_TIMEOUT_MS / 1000} s`
      : `${read<{ message: string }>(this.control, this.data).message}`;
    this.close();
    return { ok: false, error: reason };
  }

  call(request: Request): CallOutcome {
    if (!this.worker) {
      const restarted = this.start();
      if (!restarted.ok) return { ok: false, kind: 'crashed', message: `the worker could not be restarted: ${restarted.error}` };
    }
    if (!write(this.control, this.data, STATE.request, request)) {
      return { ok: false, kind: 'invalid-output', message: 'the input is too large to transfer' };
    }
    Atomics.wait(this.control, 0, STATE.request, this.callTimeoutMs);
    const state = Atomics.load(this.control, 0);
    if (state === STATE.response) return read<Response>(this.control, this.data);
    const outcome: CallOutcome =
      state === STATE.crashed
        ? { ok: false, kind: 'crashed', message: read<{ message: string }>(this.control, this.data).message }
        : { ok: false, kind: 'timeout', message: `no answer within ${this.callTimeoutMs} ms` };
    this.close();
    return outcome;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
