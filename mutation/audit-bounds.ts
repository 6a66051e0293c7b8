/**
 * How much mutation analysis the main job runs per built-in operator: a sample of at most
 * AUDIT_MAX_MUTANTS of the mutants it runs (deterministic for the seed), each against the axioms at
 * AUDIT_MUTATION_EFFORT (the audit's --effort when that is lower). Kept apart from the analysis so that the command line can show the default
 * without loading it.
 */
export const AUDIT_MAX_MUTANTS = 4;
export const AUDIT_MUTATION_EFFORT = 0.1;
