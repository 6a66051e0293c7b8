/** Options that say where the reports go and how the work is spread, not what is audited. */
const PLACEMENT_OPTIONS = ['--out', '--junit', '--workers', '--shard'];
/** The same, without a value: a resumed run writes the reports of the run it continues. */
const PLACEMENT_FLAGS = ['--resume'];

/**
 * The command line recorded in an audit's config, without the placement options (each with its
 * value, as `--out dir` or `--out=dir`): the same audit records the same command, and so writes the
 * same reports, whether it ran on one worker or two, whole or as merged shards.
 */
export function recordedCommand(args: readonly string[]): string {
  const kept: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const [name] = args[k].split('=', 1);
    if (PLACEMENT_FLAGS.includes(name)) continue;
    if (!PLACEMENT_OPTIONS.includes(name)) kept.push(args[k]);
    else if (!args[k].includes('=')) k++;
  }
  return ['kdaudit', ...kept].join(' ');
}
