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
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1 &&
    typeof (v as { nonFinite?: unknown }).nonFinite === 'string'
  );
}

/**
 * Block until the state word is `wanted`. The value tested is the value waited on: re-reading it
 * for the wait (as this loop once did) lets a request posted between the two reads go unnoticed,
 * and the worker then sleeps on a pending request until the caller gives up.
 */
export function waitForState(control: Int32Array, wanted: number): void {
  for (let state = Atomics.load(control, 0); state !== wanted; state = Atomics.load(control, 0)) Atomics.wait(control, 0, state);
}

/**
 * Number arrays of at least this length travel as raw doubles after the JSON (a vocabulary of
 * 262 144 entries is 6 MB of JSON text, some 400 ms per call to write and parse both ways, against
 * 2 MB copied once): the JSON holds { f64: k, n } in their place, the k-th block of n doubles. Like
 * { nonFinite }, an object no validated output, name or message can be. Raw doubles keep NaN, ±∞ and −0.
 */
export const BINARY_ARRAY_MIN_LENGTH = 256;

function isNumberArray(v: unknown): v is number[] {
  if (!Array.isArray(v) || v.length < BINARY_ARRAY_MIN_LENGTH) return false;
  for (const x of v) if (typeof x !== 'number') return false;
  return true;
}

function isBlock(v: unknown): v is { f64: number; n: number } {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length !== 2) return false;
  const { f64, n } = v as { f64?: unknown; n?: unknown };
  return Number.isInteger(f64) && Number.isInteger(n);
}

/** The doubles start at the first multiple of 8 after the JSON text (a Float64Array view must be aligned). */
const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function write(control: Int32Array, data: Uint8Array, state: number, message: unknown): boolean {
  const blocks: number[][] = [];
  const json = JSON.stringify(message, (key, v) => {
    if (!isNumberArray(v)) return encodeNumber(key, v);
    blocks.push(v);
    return { f64: blocks.length - 1, n: v.length };
  });
  const bytes = new TextEncoder().encode(json);
  const end = blocks.reduce((at, b) => at + 8 * b.length, align8(bytes.length));
  if (end > data.length) return false;
  data.set(bytes);
  let at = align8(bytes.length);
  for (const block of blocks) {
    new Float64Array(data.buffer, data.byteOffset + at, block.length).set(block);
    at += 8 * block.length;
  }
  Atomics.store(control, 1, bytes.length);
  Atomics.store(control, 0, state);
  Atomics.notify(control, 0);
  return true;
}

export function read<T>(control: Int32Array, data: Uint8Array): T {
  const length = Atomics.load(control, 1);
  // blocks are leaves, met in the same order by the writer's pre-order walk and the reviver's post-order one
  let at = align8(length);
  let next = 0;
  return JSON.parse(new TextDecoder().decode(data.slice(0, length)), (key, v) => {
    if (!isBlock(v)) return decodeNumber(key, v);
    if (v.f64 !== next++) throw new Error(`array block ${v.f64} out of order`);
    const block = Array.from(new Float64Array(data.buffer, data.byteOffset + at, v.n));
    at += 8 * v.n;
    return block;
  }) as T;
}
