import { existsSync } from 'node:fs';
import { checkKey, type AnyCheck } from '../../engine/check.js';
import type { AuditedOperator } from '../../engine/operator.js';
import { findAggregationOperator } from '../../operators/aggregation/index.js';
import { instanceProblem, readCorpusFile } from '../../engine/counterexamples/corpus.js';
import { DEFAULT_CONTEXT } from '../../engine/context.js';
import { findSofteningOperator } from '../../operators/softening/index.js';
import { isOperatorFault } from '../../engine/operator-fault.js';
import { formatCertificate, formatInstance } from '../../reports/format.js';
import { EXIT } from '../exit-codes.js';
import { loadPlugin } from '../../plugin/load.js';
import { checksOf } from '../../engine/statement/claim.js';
import { STATEMENT_SUBJECT } from '../../engine/statement/subject.js';
import { operatorChecks, statementClaims } from '../../properties/registry.js';

export interface ReplayOptions {
  plugin?: string;
  callTimeout: number;
  /** MB; the bridge's default when absent */
  memoryLimit?: number;
}

/**
 * Every check a corpus entry may be for, derived from the registry: each paper's checks on
 * operators, and every check a statement's evaluation can search (`checksOf` walks the claim).
 */
export function knownChecks(): ReadonlyArray<AnyCheck<AuditedOperator>> {
  return [...operatorChecks('softening'), ...operatorChecks('aggregation'), ...statementClaims().flatMap(checksOf)];
}

/**
 * Re-certify one stored counterexample: exit 1 while it still fails, 0 once it no longer does. The
 * file is validated as the audit validates its corpus (size cap, JSON, schema, a known check, the
 * check's domain): a missing or invalid file exits 2 with one line naming the file and the field,
 * and is never certified. Code that fails at the stored instance (throws, hangs, …) exits 3, as an
 * errored check does: one line, no stack trace, since the fault is the operator's, not kdaudit's.
 */
export async function runReplay(file: string, opts: ReplayOptions): Promise<number> {
  if (!existsSync(file)) {
    console.error(`kdaudit: no such file: ${file}`);
    return EXIT.usage;
  }
  const read = readCorpusFile(file);
  if ('invalid' in read) {
    console.error(`kdaudit: ${file} is not a valid corpus entry: ${read.invalid}`);
    return EXIT.usage;
  }
  const { entry } = read;
  const check = knownChecks().find((c) => checkKey(c) === entry.check);
  if (!check) {
    console.error(`kdaudit: ${file}: field "check" names an unknown check ${JSON.stringify(entry.check.slice(0, 80))}`);
    return EXIT.usage;
  }
  const problem = instanceProblem(entry, check.domain);
  if (problem) {
    console.error(`kdaudit: ${file}: field "instance" is not an instance of ${entry.check}: ${problem}`);
    return EXIT.usage;
  }
  const operator = resolveOperator(entry.operator, opts);
  if (typeof operator === 'string') {
    console.error(`kdaudit: ${file}: ${operator}`);
    return EXIT.usage;
  }
  const where = `${entry.check} on ${entry.operator} at ${formatInstance(check.domain.describe(entry.instance))}`;
  try {
    const certificate = check.certify(operator, entry.instance, DEFAULT_CONTEXT);
    process.stdout.write(
      certificate
        ? `still fails: ${where}\n  ${formatCertificate(certificate)}\n  ${certificate.explanation}\n`
        : `no longer fails: ${where}\n`,
    );
    return certificate ? EXIT.refuted : EXIT.ok;
  } catch (e) {
    if (!isOperatorFault(e)) throw e;
    console.error(`kdaudit: could not re-certify ${where}: ${e.kind}: ${e.message}`);
    return EXIT.incomplete;
  } finally {
    if ('close' in operator && typeof operator.close === 'function') operator.close();
  }
}

function resolveOperator(name: string, opts: ReplayOptions): AuditedOperator | string {
  if (name === STATEMENT_SUBJECT.name) return STATEMENT_SUBJECT;
  const unknown = `field "operator" names no built-in operator (${JSON.stringify(name.slice(0, 80))}); for your own, pass --plugin <module>`;
  if (!opts.plugin) return findSofteningOperator(name) ?? findAggregationOperator(name) ?? unknown;
  const loaded = loadPlugin(opts.plugin, { callTimeoutMs: opts.callTimeout, memoryLimitMb: opts.memoryLimit });
  return loaded.ok ? loaded.operator : `cannot load ${opts.plugin}: ${loaded.error}`;
}
