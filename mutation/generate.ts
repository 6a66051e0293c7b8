import { Node, Project, ts } from 'ts-morph';
import { MUTATORS, type MutatorName } from '../engine/result/mutation.js';
import { mutationSites, type Site } from './mutators.js';
import { reachableRanges } from './reach.js';

export interface Mutant {
  /** Stable for the source: mutator, line:column of the change and its replacement. */
  id: string;
  mutator: MutatorName;
  line: number;
  column: number;
  /** The source lines it changes, before and after. */
  diff: { original: string[]; mutated: string[] };
  /** False when the change lies outside the code the operator can reach (reach.ts). */
  reachable: boolean;
  /** True when the change is in code run once as the module loads (a top-level constant), not inside a function. */
  runsAtLoad: boolean;
  /** Index of the expression whose evaluation runs the change, in the instrumented module. */
  probe: number;
  source: string;
}

export interface GeneratedMutants {
  mutants: Mutant[];
  /** Changes dropped because the result did not parse. */
  invalid: number;
  /** The original with a counter around every probed expression (coverage.ts). */
  instrumented: string;
  /** Numeric constants of the reachable code, for the determining set of the equivalence check. */
  constants: string[];
}

/**
 * Every mutant of one module, in source order (then mutator, then replacement): deterministic for
 * the source. A change whose result does not parse as TypeScript is dropped and counted.
 */
export function generateMutants(fileName: string, text: string, roots: readonly string[] | 'default'): GeneratedMutants {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const sf = project.createSourceFile(fileName.replace(/^.*\//, ''), text);
  const ranges = reachableRanges(sf, roots);
  const inside = (s: Site) => ranges.some((r) => r.start <= s.start && s.end <= r.end);
  const sites = mutationSites(sf).sort(
    (a, b) =>
      a.start - b.start ||
      MUTATORS.indexOf(a.mutator) - MUTATORS.indexOf(b.mutator) ||
      a.replacement.localeCompare(b.replacement),
  );
  const probes = [...new Map(sites.filter(inside).map((s) => [`${s.covered.start}:${s.covered.end}`, s.covered])).values()];
  const probeOf = (s: Site) => probes.findIndex((p) => p.start === s.covered.start && p.end === s.covered.end);

  const seen = new Set<string>();
  const mutants: Mutant[] = [];
  let invalid = 0;
  for (const site of sites) {
    const source = text.slice(0, site.start) + site.replacement + text.slice(site.end);
    if (source === text || seen.has(source)) continue;
    seen.add(source);
    if (!parses(fileName, source)) {
      invalid++;
      continue;
    }
    const { line, column } = sf.getLineAndColumnAtPos(site.start);
    mutants.push({
      id: `${site.mutator}@${line}:${column}→${oneLine(site.replacement)}`,
      mutator: site.mutator,
      line,
      column,
      diff: lineDiff(text, site),
      reachable: inside(site),
      runsAtLoad: !sf
        .getDescendantAtPos(site.start)
        ?.getAncestors()
        .some((a) => Node.isFunctionLikeDeclaration(a)),
      probe: probeOf(site),
      source,
    });
  }
  const constants = [
    ...new Set(
      sites.filter((s) => s.mutator === 'constant' && inside(s)).map((s) => text.slice(s.start, s.end).replace(/['"_]/g, '')),
    ),
  ];
  return { mutants, invalid, instrumented: instrument(text, probes), constants };
}

/** Wraps each probed expression e as (globalThis.__kdauditHits?.add(k), e): same value, and a record that it ran. */
function instrument(text: string, probes: ReadonlyArray<{ start: number; end: number }>): string {
  const edits = probes.flatMap((p, k) => [
    { at: p.start, text: `(globalThis.__kdauditHits?.add(${k}), `, order: [1, -(p.end - p.start)] },
    { at: p.end, text: ')', order: [0, p.end - p.start] },
  ]);
  // at one position: closings before openings, inner closings first, outer openings first
  edits.sort((a, b) => b.at - a.at || b.order[0] - a.order[0] || b.order[1] - a.order[1]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at);
  return out;
}

function parses(fileName: string, source: string): boolean {
  const out = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).length === 0;
}

function lineDiff(text: string, site: Site): Mutant['diff'] {
  const from = text.lastIndexOf('\n', site.start - 1) + 1;
  const next = text.indexOf('\n', site.end);
  const to = next === -1 ? text.length : next;
  return {
    original: text.slice(from, to).split('\n'),
    mutated: (text.slice(from, site.start) + site.replacement + text.slice(site.end, to)).split('\n'),
  };
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 48 ? `${flat.slice(0, 45)}…` : flat;
}
