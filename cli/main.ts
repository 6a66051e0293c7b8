import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { DEFAULT_MEMORY_LIMIT_MB } from '../plugin/bridge.js';
import { EXIT } from './exit-codes.js';
import { AUDIT_MAX_MUTANTS, AUDIT_MUTATION_EFFORT } from '../mutation/audit-bounds.js';
import { integer, megabytes, positive, vocabularySize, wholeNonNegative, wholePositive } from './option-parsers.js';
import { parseShard } from './parallel/shard.js';
import { TOOL_VERSION } from './version.js';

// Each command's module is imported inside its action: --help and --version must not load the
// engine, mathjs, decimal.js or the claims (seconds of start-up).

const program = new Command('kdaudit')
  .description('Turns the claims of knowledge-distillation papers into executable specifications and audits them.')
  .version(TOOL_VERSION)
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

const seedOption = () => new Option('--seed <n>', 'seed of the search (same seed, same run)').argParser(integer).default(42);
const effortOption = () =>
  new Option('--effort <x>', 'multiplies the number of random cases per check').argParser(positive).default(1);
const callTimeoutOption = () =>
  new Option('--call-timeout <ms>', 'time limit for one call of the operator').argParser(positive).default(2000);
const memoryLimitOption = () =>
  new Option('--memory-limit <MB>', "heap limit of the operator's worker; past it a call is an out-of-memory fault")
    .argParser(megabytes)
    .default(DEFAULT_MEMORY_LIMIT_MB);
const corpusOption = (dir = 'counterexamples/corpus') =>
  new Option('--corpus <dir>', 'stored counterexamples, replayed first').default(dir);

program
  .command('audit')
  .description(
    "audit every registered paper (or --paper): each operator family against the papers' axioms and guarantees (A0–A5; the readings of B1–B5), every statement, and write the reports",
  )
  .addOption(seedOption())
  .addOption(effortOption())
  .addOption(
    new Option(
      '--budget <seconds>',
      'time budget per operator: a safety net (counts bound the search); a check it cuts short is marked incomplete',
    )
      .argParser(positive)
      .default(600),
  )
  .addOption(new Option('--out <dir>', 'folder for audit.md, audit.json and audit.html').default('out'))
  .addOption(
    new Option(
      '--paper <ids...>',
      'only these papers (repeatable or comma-separated; ids as kdaudit list prints them): their statements and the operators they check',
    ),
  )
  .addOption(new Option('--operator <names...>', 'only these operators'))
  .addOption(
    new Option(
      '--statement <ids...>',
      'only these statements (ids as kdaudit list prints them); without --operator, no operator is audited',
    ),
  )
  .addOption(new Option('--junit <file>', 'also write JUnit XML: one testcase per claim × operator and per statement'))
  .addOption(new Option('--no-statements', "skip the papers' numbered statements (operators × axioms only)"))
  .addOption(new Option('--no-html', 'skip audit.html (the self-contained HTML report, written by default)'))
  .addOption(corpusOption())
  .addOption(
    new Option(
      '--workers <n>',
      'worker threads running operators and statements side by side (1: all in this thread); the same reports for any number',
    )
      .argParser(wholePositive)
      .default(availableParallelism()),
  )
  .addOption(
    new Option(
      '--mutants <n>',
      `mutation analysis of each audited operator: at most n of its mutants (a sample fixed by the seed), axioms at effort ${AUDIT_MUTATION_EFFORT} (or --effort when lower); 0 skips it`,
    )
      .argParser(wholeNonNegative)
      .default(AUDIT_MAX_MUTANTS),
  )
  .addOption(
    new Option(
      '--shard <i/n>',
      'run the i-th of n slices balanced by measured cost; write its partial results to --out, no reports (see merge)',
    ).argParser(parseShard),
  )
  .addOption(
    new Option(
      '--resume',
      "continue a run that stopped: keep the units finished in --out's journal (audit.jsonl), run the others (the same options, else exit 2)",
    ),
  )
  .action(async (opts) => {
    const { runAudit } = await import('./commands/audit.js');
    process.exitCode = await runAudit(opts);
  });

program
  .command('merge')
  .description(
    'build the reports of one audit from the folders of its shards (kdaudit audit --shard i/n), identical to an unsharded run',
  )
  .argument('<dirs...>', "the shards' --out folders, each holding audit.partial.json")
  .addOption(new Option('--out <dir>', 'folder for audit.md, audit.json and audit.html').default('out'))
  .addOption(new Option('--junit <file>', 'also write JUnit XML: one testcase per claim × operator and per statement'))
  .addOption(new Option('--no-html', 'skip audit.html'))
  .action(async (dirs: string[], opts) => {
    const { runMerge } = await import('./commands/merge.js');
    process.exitCode = await runMerge(dirs, opts);
  });

program
  .command('check')
  .description("regression-check a user's operator module (default export { kind: 'softening', name, apply, applyExact? })")
  .argument('<module>', 'a .ts or .js ESM module')
  .addOption(seedOption())
  .addOption(effortOption())
  .addOption(
    new Option(
      '--budget <seconds>',
      'time budget for the operator: a safety net (counts bound the search); a check it cuts short is marked incomplete',
    )
      .argParser(positive)
      .default(600),
  )
  .addOption(new Option('--json <file>', 'write the results as JSON'))
  .addOption(new Option('--junit <file>', 'write the results as JUnit XML (exit codes unchanged)'))
  .addOption(callTimeoutOption())
  .addOption(memoryLimitOption())
  .addOption(
    new Option(
      '--max-V <n>',
      'largest V the checks reach, 2–262144 (above 1200: the large-vocabulary stage); default: A0–A5 at V ≤ 1200',
    ).argParser(vocabularySize),
  )
  // a user's counterexamples go to their project, in one folder kdaudit owns, not to ./counterexamples
  .addOption(corpusOption('.kdaudit/corpus'))
  .action(async (module: string, opts) => {
    const { runCheckCommand } = await import('./commands/check.js');
    process.exitCode = await runCheckCommand(module, opts);
  });

program
  .command('list')
  .description("print the catalogue: each statement of the paper's list and the claims encoding it (nothing runs)")
  .addOption(new Option('--json', 'print it as JSON'))
  .action(async (opts) => {
    const { runList } = await import('./commands/list.js');
    process.exitCode = runList(opts);
  });

program
  .command('new-paper')
  .description(
    'write a skeleton paper folder properties/<id>/ (manifest, an example claim, claims/, models/) and its test, passing the catalogue check',
  )
  .argument('<id>', "the paper's id and folder name: lower-case words joined by '-'")
  .addOption(
    new Option('--dir <folder>', 'write the paper folder here instead of properties/ of this checkout (no test is written)'),
  )
  .action(async (id: string, opts) => {
    const { runNewPaper } = await import('./commands/new-paper.js');
    process.exitCode = runNewPaper(id, opts);
  });

program
  .command('mutate')
  .description(
    "mutation score of the axioms: mutate an operator's source (built-in by name, or a plugin module) and count the mutants the axioms refute",
  )
  .argument('<operator>', 'a built-in operator name (kdaudit audit --operator NAME) or a .ts/.js plugin module')
  .addOption(seedOption())
  .addOption(
    new Option('--effort <x>', 'multiplies the number of random cases per axiom and mutant').argParser(positive).default(0.2),
  )
  .addOption(
    new Option('--max-mutants <n>', 'run at most n of the mutants the operator runs (a sample deterministic for the seed)')
      .argParser(integer)
      .default(60),
  )
  .addOption(new Option('--threshold <percent>', 'exit 1 when the mutation score is below this percentage').argParser(Number))
  .addOption(new Option('--json <file>', 'write the results as JSON'))
  .addOption(new Option('--out <dir>', 'write mutation.md and mutation.html there'))
  .addOption(callTimeoutOption())
  .action(async (operator: string, opts) => {
    const { runMutateCommand } = await import('./commands/mutate.js');
    process.exitCode = await runMutateCommand(operator, opts);
  });

program
  .command('replay')
  .description('re-certify a stored counterexample (exit 1 while it still fails)')
  .argument('<file>', 'a JSON file under counterexamples/corpus/')
  .addOption(new Option('--plugin <module>', 'the user module the counterexample was found for'))
  .addOption(callTimeoutOption())
  .addOption(memoryLimitOption())
  .action(async (file: string, opts) => {
    const { runReplay } = await import('./commands/replay.js');
    process.exitCode = await runReplay(file, opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // help and version are not errors; every other parse failure is a usage error
    process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
  } else {
    console.error(`kdaudit: ${(e as Error).stack ?? e}`);
    process.exitCode = EXIT.usage;
  }
}
