import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { Tinypool } from 'tinypool';

/** What a worker module's default export receives for one unit (see `unitHandler`). */
export interface Task<U, C> {
  unit: U;
  context: C;
  /** Progress from the worker: the `started` marker, then the unit's own messages. */
  port: MessagePort;
}

const STARTED = { started: true } as const;

/** Runs one unit with the run's shared context; `report` sends a progress message (structured clone). */
export type UnitRunner<U, C, R> = (unit: U, context: C, report: (message: unknown) => void) => R | Promise<R>;

export interface RunUnitsOptions<U, C, R> {
  /** Workers; 1 runs every unit in this thread, one after another. */
  workers: number;
  /** Plain JavaScript module for the pool (worker-boot.mjs): registers tsx, then exports `entry`'s default handler. */
  boot: URL;
  /** The TypeScript module whose default export is `unitHandler(run)`. */
  entry: URL;
  /** The same runner, used in this thread when workers is 1: results cannot depend on where a unit ran. */
  run: UnitRunner<U, C, R>;
  /** Shared by every unit (seed, effort, …): structured-clone clean. */
  context: C;
  /** The result standing for a unit whose worker died (a crash, out of memory) or threw before answering. */
  failed: (unit: U, context: C, why: string) => R;
  /** Old-generation heap limit of each worker: past it the worker dies (out of memory) and its unit fails alone. */
  memoryLimitMb?: number;
  /** Order in which units are handed to the workers (indices into units), e.g. the most expensive first; unit order by default. */
  submitOrder?: readonly number[];
  onStart?: (unit: U) => void;
  onMessage?: (unit: U, message: unknown) => void;
  onFinish?: (unit: U, result: R) => void;
}

/**
 * Runs independent units on a tinypool of worker threads (each with its own module instances, so
 * its own numeric state) and returns their results in the units' order, whatever finished first.
 * A unit whose worker dies (an uncaught error, out of memory), or whose runner throws — in a worker
 * or in this thread alike — becomes `failed(unit, context, why)` and the others go on. Not seen: a
 * worker thread that ends itself with process.exit (tinypool waits for it); no unit of ours does.
 */
export async function runUnits<U, C, R>(units: readonly U[], options: RunUnitsOptions<U, C, R>): Promise<R[]> {
  const { run, context, onStart, onMessage, onFinish } = options;
  const failure = (unit: U, e: unknown) => options.failed(unit, context, e instanceof Error ? e.message : String(e));
  if (options.workers <= 1) {
    const results: R[] = [];
    for (const unit of units) {
      onStart?.(unit);
      let result: R;
      try {
        result = await run(unit, context, (message) => onMessage?.(unit, message));
      } catch (e) {
        result = failure(unit, e);
      }
      onFinish?.(unit, result);
      results.push(result);
    }
    return results;
  }
  const pool = new Tinypool({
    filename: options.boot.href,
    workerData: { entry: options.entry.href },
    minThreads: Math.min(options.workers, units.length),
    maxThreads: options.workers,
    ...(options.memoryLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb } } : {}),
  });
  const results: R[] = new Array(units.length);
  const runOne = async (unit: U, k: number) => {
    const { port1, port2 } = new MessageChannel();
    const deliver = (message: unknown) => (isStarted(message) ? onStart?.(unit) : onMessage?.(unit, message));
    port1.on('message', deliver);
    let result: R;
    try {
      result = await pool.run({ unit, context, port: port2 } satisfies Task<U, C>, { transferList: [port2] });
    } catch (e) {
      result = failure(unit, e);
    }
    // the result and the progress travel on different ports: deliver what is still queued first
    for (let queued = receiveMessageOnPort(port1); queued; queued = receiveMessageOnPort(port1)) deliver(queued.message);
    port1.close();
    onFinish?.(unit, result);
    results[k] = result;
  };
  try {
    const order = options.submitOrder ?? units.map((_, k) => k);
    await Promise.all(order.map((k) => runOne(units[k], k)));
  } finally {
    await pool.destroy();
  }
  return results;
}

/** The default export of a worker module: runs the unit it is given, reporting through the task's port. */
export function unitHandler<U, C, R>(run: UnitRunner<U, C, R>) {
  return async ({ unit, context, port }: Task<U, C>): Promise<R> => {
    port.postMessage(STARTED);
    try {
      return await run(unit, context, (message) => port.postMessage(message));
    } finally {
      port.close();
    }
  };
}

const isStarted = (message: unknown) =>
  typeof message === 'object' && message !== null && (message as { started?: unknown }).started === true;
