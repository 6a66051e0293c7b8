import { Decimal } from 'decimal.js';
import type { Request, Response } from './protocol.js';
import type { AggregationPlugin, Plugin, SofteningPlugin } from './shape.js';

function isNumber(v: unknown): boolean {
  return typeof v === 'number';
}

function isDecimal(v: unknown): boolean {
  return v instanceof Decimal || (typeof v === 'object' && v !== null && 'toFixed' in v);
}

function changed(copy: readonly number[], original: readonly number[]): boolean {
  return copy.length !== original.length || copy.some((v, i) => !Object.is(v, original[i]));
}

/**
 * One call of a user's operator, its output validated: an array of numbers (Decimals for the exact
 * methods) of sensible length, inputs left unchanged. Whatever it throws becomes the response.
 * Runs in the plugin worker, and in-process for tests.
 */
export function answer(op: Plugin, request: Request): Response {
  const V = 'p' in request ? request.p.length : (request.teachers[0]?.length ?? 0);
  const limit = 64 * V + 1024;
  try {
    switch (request.method) {
      case 'apply': {
        const input = [...request.p];
        return floatResponse((op as SofteningPlugin).apply(input, request.T), limit, changed(input, request.p));
      }
      case 'aggregate': {
        const teachers = request.teachers.map((t) => [...t]);
        const weights = [...request.weights];
        const out = (op as AggregationPlugin).apply(teachers, weights, request.T);
        return floatResponse(
          out,
          limit,
          teachers.some((t, k) => changed(t, request.teachers[k])) || changed(weights, request.weights),
        );
      }
      case 'applyExact': {
        const D = Decimal.clone({ precision: request.precision });
        return exactResponse(
          (op as SofteningPlugin).applyExact!(
            request.p.map((s) => new D(s)),
            new D(request.T),
            D,
          ),
          limit,
        );
      }
      case 'aggregateExact': {
        const D = Decimal.clone({ precision: request.precision });
        const teachers = request.teachers.map((t) => t.map((s) => new D(s)));
        return exactResponse(
          (op as AggregationPlugin).applyExact!(
            teachers,
            request.weights.map((s) => new D(s)),
            new D(request.T),
            D,
          ),
          limit,
        );
      }
    }
  } catch (e) {
    return { ok: false, kind: 'threw', message: `it threw: ${describeThrown(e)}` };
  }
}

const MAX_MESSAGE_CHARS = 1000;

/**
 * What a plugin threw, as a string of bounded length, whatever it threw: a value with no string
 * form (Object.create(null), a Symbol as message) must not make the answer itself throw, and a huge
 * message must not outgrow the transfer buffer.
 */
function describeThrown(e: unknown): string {
  let text: string;
  try {
    const message = (e as Error)?.message;
    text = String(message ?? e);
  } catch {
    text = 'a value with no string form';
  }
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}… (${text.length} characters)` : text;
}

function floatResponse(out: unknown, limit: number, mutated: boolean): Response {
  const invalid = invalidOutput(out, limit, isNumber);
  return invalid ? { ok: false, kind: 'invalid-output', message: invalid } : { ok: true, values: out as number[], mutated };
}

function exactResponse(out: unknown, limit: number): Response {
  const invalid = invalidOutput(out, limit, isDecimal);
  return invalid
    ? { ok: false, kind: 'invalid-output', message: invalid.replace('number', 'Decimal') }
    : { ok: true, values: (out as Decimal[]).map((v) => v.toString()) };
}

function invalidOutput(out: unknown, limit: number, isValue: (v: unknown) => boolean): string | undefined {
  if (!Array.isArray(out)) return `the output is not an array (got ${out === null ? 'null' : typeof out})`;
  if (out.length > limit) return `the output is enormous: ${out.length} entries`;
  const bad = out.findIndex((v) => !isValue(v));
  return bad === -1 ? undefined : `output entry ${bad} is not a number (got ${typeof out[bad]})`;
}
