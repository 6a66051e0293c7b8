import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { MutantOutcome, MutantTask } from './mutant-worker.js';

export type TaskResult = { ok: true; outcome: MutantOutcome } | { ok: false; timedOut: boolean; error: string };

export interface PoolOptions {
  /** Worker threads; the machine's available parallelism by default. */
  threads?: number;
  /** Safety net per task, from the moment it starts: past it the worker is terminated and the task is a timeout. */
  timeoutMs: number;
  onDone?: (index: number, result: TaskResult) => void;
}

/**
 * Heap of a mutant's process. Mutants run in child processes, not threads: a mutant that grows an
 * array without end (a loop whose step became 0) meets V8's fatal array-length or heap limit, and a
 * fatal error in a worker thread ends the whole process — in a child process, only that mutant's run.
 */
const MUTANT_HEAP_LIMIT_MB = 1024;

/**
 * Runs tasks in worker threads, each isolated: a hang is cut off by terminating its worker, a crash
 * is that task's error, and the others go on. The only file that knows about tinypool, so that a
 * shared unit pool can replace it. Tasks are handed out only when a thread is free, so the
 * timeout measures a task's own run, not its wait in a queue. Results come back in task order.
 */
export async function runMutantTasks(tasks: readonly MutantTask[], options: PoolOptions): Promise<TaskResult[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), tasks.length));
  const pool = new Tinypool({
    filename: fileURLToPath(new URL('./worker-boot.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: threads,
    isolateWorkers: false,
    runtime: 'child_process',
    execArgv: [`--max-old-space-size=${MUTANT_HEAP_LIMIT_MB}`],
  });
  const results: TaskResult[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await runOne(pool, tasks[index], options.timeoutMs);
      options.onDone?.(index, results[index]);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    await pool.destroy();
  }
  return results;
}

async function runOne(pool: Tinypool, task: MutantTask, timeoutMs: number): Promise<TaskResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return { ok: true, outcome: await pool.run(task, { signal }) };
  } catch (e) {
    return { ok: false, timedOut: signal.aborted, error: (e as Error).message };
  }
}
