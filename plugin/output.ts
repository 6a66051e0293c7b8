import { writeSync } from 'node:fs';

/** At most this much of a plugin's output is shown, over the whole run (every worker it gets). */
export const OUTPUT_CAP_BYTES = 64 * 1024;

/**
 * Runs in the worker, before the user's module loads: everything it prints (console.*,
 * process.stdout/stderr.write) goes straight to the CLI's stderr, each line prefixed with `label()`
 * (the operator's name once known). A worker's own stdio would be forwarded through the main
 * thread, which is blocked in Atomics.wait during calls, so the output would pile up in memory and
 * could end in kdaudit's stdout, where it corrupts JSON. `printed` (shared by every worker of the
 * run) counts the bytes shown; past the cap one line says the rest is suppressed.
 */
export function redirectOutput(printed: Int32Array, label: () => string): void {
  let atLineStart = true;
  const emit = (chunk: unknown) => {
    if (Atomics.load(printed, 0) >= OUTPUT_CAP_BYTES) return;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
    if (text === '') return;
    const prefix = `[${label()}] `;
    const body = text.replace(/\n(?=.)/gs, `\n${prefix}`);
    const bytes = Buffer.from(atLineStart ? prefix + body : body);
    atLineStart = text.endsWith('\n');
    // the count is added before writing, so two workers (one being replaced) never overshoot together
    const before = Atomics.add(printed, 0, Math.min(bytes.length, OUTPUT_CAP_BYTES));
    if (before >= OUTPUT_CAP_BYTES) return;
    const room = OUTPUT_CAP_BYTES - before;
    write(
      bytes.length <= room
        ? bytes
        : Buffer.concat([
            bytes.subarray(0, room),
            Buffer.from(`\n[${label()}] further output suppressed (more than ${OUTPUT_CAP_BYTES / 1024} KiB)\n`),
          ]),
    );
  };
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      emit(chunk);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done as () => void);
      return true;
    }) as typeof stream.write;
  }
}

/** A full or closed stderr must not turn a plugin's print into an error of the plugin. */
function write(bytes: Buffer): void {
  try {
    writeSync(2, bytes);
  } catch {
    // the output is lost, as it would be on a closed terminal
  }
}
