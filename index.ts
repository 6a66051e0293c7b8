/**
 * kdaudit's public API (`import … from 'kdaudit'`): the shapes a user's operator module
 * default-exports, and a check of such a module from code — the same checks, boundary and
 * verdicts as `kdaudit check`. The command line is the `kdaudit` binary; the vitest matchers are
 * `kdaudit/vitest`.
 */
export type { AggregationPlugin, Plugin, SofteningPlugin } from './plugin/types.js';
export { checkOperatorModule, type ModuleCheck, type ModuleCheckOptions } from './integrations/check-module.js';
export type { CheckResult, Counterexample, Evidence, OperatorFinding, Verdict } from './engine/verdicts.js';
