/** Why an operator's code failed to produce an output at an input. */
export type FaultKind = 'threw' | 'timeout' | 'crashed' | 'invalid-output';

/**
 * An operator failed at an input (user code threw, hung, crashed its worker, or returned something
 * that is not an array of numbers of sensible length). The engine turns it into a finding that
 * names the input, and the run goes on.
 */
export class OperatorFault extends Error {
  override readonly name = 'OperatorFault';
  constructor(
    readonly kind: FaultKind,
    message: string,
    /** The input, exactly as the operator received it (p and T; or the teachers, weights and T). */
    readonly input: Record<string, string | string[]>,
  ) {
    super(message);
  }
}

export function isOperatorFault(e: unknown): e is OperatorFault {
  return e instanceof Error && e.name === 'OperatorFault' && 'kind' in e && 'input' in e;
}
