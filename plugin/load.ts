import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PluginBridge, type BridgeOptions, type CallOutcome } from './bridge.js';
import { pluginOperator, type LoadedPlugin } from './operator.js';
import type { Request } from './protocol.js';

export type { LoadedPlugin } from './operator.js';
export type LoadResult = { ok: true; operator: LoadedPlugin } | { ok: false; error: string };

export interface LoadOptions extends BridgeOptions {
  /**
   * After a call that hangs or exhausts memory (even once retried), run no further call: each is cut
   * short as by the time budget. The vitest matchers use it so that a hanging operator fails within
   * one call's time limit instead of timing out on every call the checks make.
   */
  stopAfterHang?: boolean;
}

/** Load a user's operator (softening or aggregation) in an isolated worker, with a time limit per call and a heap limit. */
export function loadPlugin(path: string, options: LoadOptions): LoadResult {
  const absolute = resolve(path);
  if (!existsSync(absolute)) return { ok: false, error: `no such file: ${path}` };
  const bridge = new PluginBridge(absolute, options);
  const started = bridge.start();
  if (!started.ok) return { ok: false, error: started.message };
  let stopped: string | undefined;
  const call = (request: Request, deadline: number): CallOutcome => {
    if (stopped) return { ok: false, kind: 'deadline', message: `no further call after an earlier one failed (${stopped})` };
    const outcome = bridge.call(request, deadline);
    if (options.stopAfterHang && !outcome.ok && (outcome.kind === 'timeout' || outcome.kind === 'out-of-memory'))
      stopped = outcome.message;
    return outcome;
  };
  // the module is its own source: the search harvests it for the constants it branches at
  return {
    ok: true,
    operator: pluginOperator(started.info, `user operator from ${path}`, call, () => bridge.close(), [absolute]),
  };
}
