import type { KeyFinding, FindingKind } from './key-findings.js';
import { text } from './markdown-text.js';

/** How each kind of finding is counted in the sentence above the list. */
export const KIND_NOUNS: Record<FindingKind, string> = {
  refuted: 'refuted statements',
  conditional: 'statements true only under added assumptions (conditional)',
  vacuous: 'vacuous statements',
  guarantee: 'guarantees refuted on operators conforming to B1–B5',
  operators: 'operator families with refuted or conditional axioms',
};

/** '3 refuted statements, 18 conditional …': the findings counted by kind, in their order. */
export function findingCounts(findings: readonly KeyFinding[]): string {
  return (Object.keys(KIND_NOUNS) as FindingKind[])
    .map((kind) => [kind, findings.filter((f) => f.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_NOUNS[kind]}`)
    .join(', ');
}

/**
 * The Markdown report's first screen: the key findings as a numbered list, most important first,
 * each with its verdict, a link to its section, the one-sentence reason and the minimal counterexample.
 */
export function keyFindingsSection(findings: readonly KeyFinding[]): string[] {
  if (!findings.length)
    return [
      '## Key findings',
      '',
      'Nothing refuted, conditional or vacuous: every statement and operator check holds, is proved, or has no truth value (see below).',
      '',
    ];
  const items = findings.map((f, k) => {
    const cx = f.counterexample ? ` Counterexample: \`${f.counterexample.replace(/`/g, "'")}\`` : '';
    return `${k + 1}. **${f.verdict}** — [${text(f.subject)}](#${f.anchor}) (${text(f.title)}): ${text(f.reason)}${cx}`;
  });
  return [
    '## Key findings',
    '',
    `${findingCounts(findings)}; most important first, each linking to its section. Counts and tables follow.`,
    '',
    ...items,
    '',
  ];
}
