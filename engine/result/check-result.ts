import { z } from 'zod';
import type { Boundary } from '../source/boundary.js';
import type {
  Certificate,
  CheckResult,
  Counterexample,
  Evidence,
  EvidenceKind,
  FidelityFinding,
  OperatorFinding,
  SourceGuidance,
  Verdict,
} from '../verdicts.js';
import { VERDICTS } from '../verdicts.js';
import { describedInstance } from './described-instance.js';
import { enclosureBound } from './exact-number.js';
import { sameType } from './same-type.js';

/**
 * Schemas of one check's result (engine/verdicts.ts declares the types the engine produces): the
 * `sameType` lines fail to compile as soon as a schema and its type disagree.
 */
export const verdictSchema = z.enum(VERDICTS).meta({
  id: 'Verdict',
  description:
    'The closed verdict vocabulary: proved (discharged without sampling), holds (no counterexample found; see evidence), refuted (a certified counterexample exists), conditional (refuted as stated, holds under assumptionsNeeded), vacuous, unfalsifiable, error (the check could not run).',
});

/** Every kind of evidence, in the order reports explain them. */
export const EVIDENCE_KINDS = [
  'search',
  'corpus-replay',
  'certified-sequence',
  'jump-search',
  'symbolic',
  'exact',
  'exhaustive',
  'grid',
  'witness',
  'free-constant',
  'vacuity',
  'reading',
  'none',
] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);

const count = z.int().nonnegative();
const seed = z.int();

export const boundarySchema = z.strictObject({
  value: z.string(),
  role: z.enum(['temperature', 'ratio', 'mass', 'unknown']),
  kind: z.enum(['comparison', 'literal']),
  text: z.string(),
  line: count,
  module: z.string(),
});

export const sourceGuidanceSchema = z
  .strictObject({
    sources: z.array(z.strictObject({ module: z.string(), found: count, unreadable: z.string().optional() })),
    tried: z.array(boundarySchema),
    share: z.string(),
  })
  .meta({
    id: 'SourceGuidance',
    description:
      "What the operator's source contributed to the search: the boundaries (constants its code branches at) found per module and tried.",
  });

export const evidenceSchema = z
  .strictObject({
    kind: evidenceKindSchema,
    screened: count,
    exact: count,
    precision: count,
    summary: z.string(),
    seed,
    guidance: sourceGuidanceSchema.optional(),
  })
  .meta({
    id: 'Evidence',
    description:
      'What a verdict rests on: the kind of procedure, cases screened in float64 and evaluated exactly, the certifying precision in digits, a summary for people and the seed that replays it.',
  });

export const certificateKindSchema = z.enum([
  'interval',
  'exact-rational',
  'decimal-agreement',
  'float-output',
  'sequence-evidence',
]);

export const certificateSchema = z
  .strictObject({
    kind: certificateKindSchema,
    terms: z.enum(['interval', 'exact-rational', 'decimal-agreement', 'float-output']).optional(),
    quantity: z.string(),
    lo: enclosureBound,
    hi: enclosureBound,
    explanation: z.string(),
    received: describedInstance.optional(),
  })
  .meta({
    id: 'Certificate',
    description:
      'Why a counterexample is certain: the violated quantity, its enclosure [lo, hi] as exact strings, and what the enclosure rests on (kind: interval and exact-rational are proofs; the others say what they are).',
  });

export const counterexampleSchema = z
  .strictObject({
    instance: describedInstance,
    certificate: certificateSchema,
    seed: seed.optional(),
    path: z.string().optional(),
    replay: z.string(),
    size: z.array(z.number()),
  })
  .meta({
    id: 'Counterexample',
    description:
      'A certified, minimised counterexample: the instance exactly, its certificate, the seed and fast-check path that found it, the command that replays it and its size under the minimality order.',
  });

/** A float64 observation that did not certify, or a fault of the operator's code, at an instance. */
export const findingSchema = z.strictObject({ instance: describedInstance, message: z.string() }).meta({
  id: 'Finding',
  description:
    "An observation at one instance: a float64 effect that did not certify (fidelity), or a fault of the operator's code (threw, hung, returned garbage).",
});

export const checkResultSchema = z
  .strictObject({
    id: z.string(),
    variant: z.string().optional(),
    title: z.string(),
    verdict: verdictSchema,
    certified: z.boolean(),
    evidence: evidenceSchema,
    counterexample: counterexampleSchema.optional(),
    fidelity: z.array(findingSchema),
    findings: z.array(findingSchema),
    notes: z.array(z.string()),
    incomplete: z.string().optional(),
    assumptionsNeeded: z.array(z.string()).optional(),
  })
  .meta({
    id: 'CheckResult',
    description:
      "One check (an axiom reading or a guarantee) of one operator: verdict, evidence, counterexample, float64 fidelity findings, faults of the operator's code and notes.",
  });

sameType<z.infer<typeof verdictSchema>, Verdict>(true);
sameType<z.infer<typeof evidenceKindSchema>, EvidenceKind>(true);
sameType<z.infer<typeof boundarySchema>, Boundary>(true);
sameType<z.infer<typeof sourceGuidanceSchema>, SourceGuidance>(true);
sameType<z.infer<typeof evidenceSchema>, Evidence>(true);
sameType<z.infer<typeof certificateSchema>, Certificate>(true);
sameType<z.infer<typeof counterexampleSchema>, Counterexample>(true);
sameType<z.infer<typeof findingSchema>, FidelityFinding>(true);
sameType<z.infer<typeof findingSchema>, OperatorFinding>(true);
sameType<z.infer<typeof checkResultSchema>, CheckResult>(true);
