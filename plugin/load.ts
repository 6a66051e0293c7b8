import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PluginBridge, type BridgeOptions } from './bridge.js';
import { pluginOperator, type LoadedPlugin } from './operator.js';

export type { LoadedPlugin } from './operator.js';
export type LoadResult = { ok: true; operator: LoadedPlugin } | { ok: false; error: string };

/** Load a user's operator (softening or aggregation) in an isolated worker, with a time limit per call and a heap limit. */
export function loadPlugin(path: string, options: BridgeOptions): LoadResult {
  const absolute = resolve(path);
  if (!existsSync(absolute)) return { ok: false, error: `no such file: ${path}` };
  const bridge = new PluginBridge(absolute, options);
  const started = bridge.start();
  if (!started.ok) return { ok: false, error: started.message };
  const call = (request: Parameters<PluginBridge['call']>[0], deadline: number) => bridge.call(request, deadline);
  // the module is its own source: the search harvests it for the constants it branches at
  return { ok: true, operator: pluginOperator(started.info, `user operator from ${path}`, call, () => bridge.close(), [absolute]) };
}
