import { constants } from 'node:os';

/** The signals that cut a run short, and the exit status of a run they cut: 128 + the signal's number, as a shell reports it. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export const exitCodeOfSignal = (signal: (typeof STOP_SIGNALS)[number]): number => 128 + constants.signals[signal];

/**
 * Calls `stop` on the first SIGINT or SIGTERM instead of Node's default (ending the process at
 * once), so that the run can say what it kept and how to go on; returns the function that removes
 * the handlers. The handler runs when the main thread is free — at once while units run on workers.
 */
export function onStopSignal(stop: (signal: (typeof STOP_SIGNALS)[number]) => void): () => void {
  const handlers = STOP_SIGNALS.map((signal) => [signal, () => stop(signal)] as const);
  for (const [signal, handler] of handlers) process.once(signal, handler);
  return () => handlers.forEach(([signal, handler]) => process.removeListener(signal, handler));
}

/** A command line as a shell reads it back: arguments with spaces or quotes in single quotes. */
export function shellLine(args: readonly string[]): string {
  return args.map((a) => (/^[\w./:=@%+,-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(' ');
}

/** The command that continues this run: the same arguments, with --resume. */
export function resumeCommand(args: readonly string[]): string {
  return shellLine(['kdaudit', ...args.filter((a) => a !== '--resume'), '--resume']);
}
