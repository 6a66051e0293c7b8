import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { CONTROL_WORDS, DATA_BYTES, STATE, read, write, type PluginInfo, type Request, type Response } from './protocol.js';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
// the worker's module as this one runs: TypeScript from the sources (tsx), JavaScript compiled (dist/)
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url).href;
const LOAD_TIMEOUT_MS = 60_000;
/** How often a long wait checks that the worker still exists (the delay before an OOM is seen). */
const PROBE_MS = 50;

export const DEFAULT_MEMORY_LIMIT_MB = 1024;

type Failure = { ok: false; kind: 'timeout' | 'crashed' | 'out-of-memory'; message: string };
/** 'deadline': the caller's deadline came first; the call was cut short, which is no fault. */
type Cut = { ok: false; kind: 'deadline'; message: string };
export type CallOutcome = Response | Failure | Cut;

interface Running {
  worker: Worker;
  control: Int32Array;
  data: Uint8Array;
  /** Our end of a channel whose other end lives in the worker's environment. */
  probe: MessagePort;
}

export interface BridgeOptions {
  callTimeoutMs: number;
  /** The worker's old-generation heap limit. */
  memoryLimitMb?: number;
}

/**
 * A user's module in a worker thread, called synchronously. A call that exceeds the time limit, a
 * worker that dies or runs out of memory, is retried once on a fresh worker (a stall of a busy
 * machine is not a finding, nor a heap filled by earlier calls), then reported as the outcome.
 *
 * Out of memory: the worker has a heap limit (resourceLimits); past it Node ends the worker and
 * emits 'error' on the main thread, which is blocked in Atomics.wait and cannot see it. So a wait
 * is made in slices, and after each silent slice the main thread posts on a MessageChannel whose
 * other end is in the worker: on Node 20 MessagePort.postMessage returns false (synchronously)
 * once the worker's environment is gone, true while it lives, however busy. A worker that is gone
 * without a word in the shared state (an uncaught error or process.exit write one first) was ended
 * by its resource limit. test/cli/plugin-memory.test.ts pins this behaviour of Node. Measured and
 * rejected: worker.threadId and the 'exit' event change only when the main event loop runs, the
 * worker's eventLoopUtilization reads 0 alive or dead, and its process 'exit' handlers do not run
 * when the heap limit ends it. Limits: a
 * plugin that takes longer than the call's time limit to fill its heap is a timeout; memory
 * outside the V8 heap (large ArrayBuffers) is not limited.
 */
export class PluginBridge {
  private running?: Running;
  /** Bytes of the plugin's output shown so far, shared by every worker (see output.ts). */
  private readonly printed = new SharedArrayBuffer(4);
  private readonly memoryLimitMb: number;

  constructor(
    private readonly path: string,
    private readonly options: BridgeOptions,
  ) {
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  }

  /** Start the worker and load the module: its name and capabilities, or why it failed. */
  start(deadline = Infinity): { ok: true; info: PluginInfo } | Failure | Cut {
    const control = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));
    const data = new Uint8Array(new SharedArrayBuffer(DATA_BYTES));
    const { port1: probe, port2 } = new MessageChannel();
    const worker = new Worker(BOOT, {
      workerData: {
        entry: ENTRY,
        path: this.path,
        control: control.buffer,
        data: data.buffer,
        printed: this.printed,
        alive: port2,
      },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
      // the plugin's prints are redirected in the worker (output.ts); whatever escapes that stays
      // in these streams, which are drained and dropped, rather than reaching kdaudit's stdout
      stdout: true,
      stderr: true,
    });
    // the outcome is read from the shared state and the probe; the event (e.g.
    // ERR_WORKER_OUT_OF_MEMORY) would otherwise be an uncaught error of the CLI
    worker.on('error', () => {});
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    this.running = { worker, control, data, probe };
    const until = Math.min(Date.now() + LOAD_TIMEOUT_MS, deadline);
    const waited = this.wait(STATE.idle, until);
    const state = Atomics.load(control, 0);
    if (state === STATE.ready) return { ok: true, info: read<PluginInfo>(control, data) };
    this.close();
    // before the module's error handlers are in place, Node's own start-up errors end a worker
    // silently too (a bad execArgv, say), so a silent death while loading is not certainly memory
    if (waited === 'dead')
      return {
        ok: false,
        kind: 'out-of-memory',
        message: `the worker ended while loading: out of memory (${this.limitText()}), or Node could not start it`,
      };
    if (waited === 'expired') {
      return until === deadline
        ? { ok: false, kind: 'deadline', message: 'the time budget ran out while loading' }
        : { ok: false, kind: 'timeout', message: `loading took longer than ${LOAD_TIMEOUT_MS / 1000} s` };
    }
    return { ok: false, kind: 'crashed', message: read<{ message: string }>(control, data).message };
  }

  /** One call; no wait goes past `deadline` (ms since the epoch). */
  call(request: Request, deadline = Infinity): CallOutcome {
    const first = this.attempt(request, deadline);
    if (first.ok || first.kind === 'deadline' || first.kind === 'threw' || first.kind === 'invalid-output') return first;
    const second = this.attempt(request, deadline);
    return second.ok || second.kind === 'deadline'
      ? second
      : { ...second, message: `${second.message} (the call was retried once on a fresh worker)` };
  }

  close(): void {
    if (!this.running) return;
    this.running.probe.close();
    void this.running.worker.terminate();
    this.running = undefined;
  }

  private attempt(request: Request, deadline: number): CallOutcome {
    if (!this.running) {
      const restarted = this.start(deadline);
      if (!restarted.ok)
        return restarted.kind === 'crashed'
          ? { ...restarted, message: `the worker could not be restarted: ${restarted.message}` }
          : restarted;
    }
    const { control, data } = this.running!;
    if (!write(control, data, STATE.request, request)) {
      return { ok: false, kind: 'invalid-output', message: 'the input is too large to transfer' };
    }
    const until = Math.min(Date.now() + this.options.callTimeoutMs, deadline);
    const waited = this.wait(STATE.request, until);
    const state = Atomics.load(control, 0);
    if (state === STATE.response) return read<Response>(control, data);
    const message = state === STATE.crashed ? read<{ message: string }>(control, data).message : '';
    // the worker is busy with this call, dead, or crashed: the next call gets a fresh one
    this.close();
    if (state === STATE.crashed) return { ok: false, kind: 'crashed', message };
    if (waited === 'dead') return { ok: false, kind: 'out-of-memory', message: `it ran out of memory (${this.limitText()})` };
    if (until === deadline) return { ok: false, kind: 'deadline', message: 'the time budget ran out during the call' };
    return { ok: false, kind: 'timeout', message: `no answer within ${this.options.callTimeoutMs} ms` };
  }

  /** Wait while the state is `pending`: until it changes, `until` passes, or the worker is gone. */
  private wait(pending: number, until: number): 'changed' | 'expired' | 'dead' {
    const { control, probe } = this.running!;
    for (;;) {
      if (Atomics.load(control, 0) !== pending) return 'changed';
      const left = until - Date.now();
      if (left <= 0) return 'expired';
      if (Atomics.wait(control, 0, pending, Math.min(left, PROBE_MS)) !== 'timed-out') continue;
      // postMessage's boolean result is undocumented in @types/node; see the class comment
      const reachable = probe.postMessage(null) as unknown as boolean;
      if (!reachable) return Atomics.load(control, 0) !== pending ? 'changed' : 'dead';
    }
  }

  private limitText(): string {
    return `the worker's heap limit is ${this.memoryLimitMb} MB; --memory-limit raises it`;
  }
}
