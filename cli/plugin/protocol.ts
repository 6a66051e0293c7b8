/**
 * The synchronous call channel between the engine (main thread) and a plugin's worker: a control
 * word and a byte buffer in shared memory, Atomics.wait/notify on both sides. The engine stays
 * synchronous, and a call that never returns is cut off by the wait's timeout.
 */
export const STATE = { idle: 0, request: 1, response: 2, ready: 3, loadFailed: 4, crashed: 5 } as const;

/** Control words: [0] state, [1] payload length in bytes. */
export const CONTROL_WORDS = 2;
export const DATA_BYTES = 64 * 1024 * 1024;

/** A softening operator's input is p; an aggregation operator's is the teachers and their weights. */
export type Request =
  | { method: 'apply'; p: number[]; T: number }
  | { method: 'applyExact'; p: string[]; T: string; precision: number }
  | { method: 'aggregate'; teachers: number[][]; weights: number[]; T: number }
  | { method: 'aggregateExact'; teachers: string[][]; weights: string[]; T: string; precision: number };

export type Response =
  | { ok: true; values: Array<number | string>; mutated?: boolean }
  | { ok: false; kind: 'threw' | 'invalid-output'; message: string };

export interface PluginInfo {
  kind: 'softening' | 'aggregation';
  name: string;
  hasExact: boolean;
}

/**
 * JSON has no NaN or ±∞; they must survive the trip, since the axioms judge them. They travel as
 * { nonFinite: 'NaN' | 'Infinity' | '-Infinity' }: an object, which no validated output, name or
 * message can be (those are numbers and strings), so any string a plugin returns, throws or takes
 * as its name ("__NaN", say) arrives unchanged.
 */
const encodeNumber = (_: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { nonFinite: String(v) } : v);
const decodeNumber = (_: string, v: unknown) => (isNonFinite(v) ? Number(v.nonFinite) : v);

function isNonFinite(v: unknown): v is { nonFinite: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { nonFinite?: unknown }).nonFinite === 'string';
}

/**
 * Block until the state word is `wanted`. The value tested is the value waited on: re-reading it
 * for the wait (as this loop once did) lets a request posted between the two reads go unnoticed,
 * and the worker then sleeps on a pending request until the caller gives up.
 */
export function waitForState(control: Int32Array, wanted: number): void {
  for (let state = Atomics.load(control, 0); state !== wanted; state = Atomics.load(control, 0)) Atomics.wait(control, 0, state);
}

export function write(control: Int32Array, data: Uint8Array, state: number, message: unknown): boolean {
  const bytes = new TextEncoder().encode(JSON.stringify(message, encodeNumber));
  if (bytes.length > data.length) return false;
  data.set(bytes);
  Atomics.store(control, 1, bytes.length);
  Atomics.store(control, 0, state);
  Atomics.notify(control, 0);
  return true;
}

export function read<T>(control: Int32Array, data: Uint8Array): T {
  const length = Atomics.load(control, 1);
  return JSON.parse(new TextDecoder().decode(data.slice(0, length)), decodeNumber) as T;
}
