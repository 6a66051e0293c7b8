import { statementAnchor } from '../markdown-statements.js';
import type { StatementResult } from '../../engine/result/model.js';
import { esc } from './escape.js';
import { layeredLayout } from './graph-layout.js';
import { f } from './svg.js';

/**
 * The papers' statements as a dependency graph, in the spirit of the Lean blueprint's: one node per
 * statement (and reading), coloured by verdict, linking to its section; an arrow from each statement
 * or axiom a statement uses. Laid out by ELK's layered algorithm (graph-layout.ts) with orthogonal
 * edges, as static SVG; every node is as wide as its full label, so no label is cut.
 */

interface Node {
  /** Statement or axiom id: what dependsOn names. */
  key: string;
  /** Unique per drawn node (a statement has one node per reading). */
  id: string;
  label: string;
  sub: string;
  title: string;
  cls: string;
  href?: string;
  /** The statement drawn, for its edges. */
  of?: StatementResult;
  w: number;
}

const H = 40;
/** About 6.6 px per character at 12 px, plus the rounded box's margin. */
const width = (n: Pick<Node, 'label' | 'sub'>) =>
  Math.max(56, Math.ceil(6.6 * Math.max(n.label.length, n.sub.length * 0.9) + 18));

/** One figure per paper, in order of first appearance. */
export async function statementGraphs(
  statements: readonly StatementResult[],
  axiomHref: (id: string) => string | undefined,
): Promise<string> {
  const papers = [...new Set(statements.map((s) => s.source.paper))];
  const figures = await Promise.all(
    papers.map((paper, k) =>
      graph(
        paper,
        statements.filter((s) => s.source.paper === paper),
        axiomHref,
        `arrow-${k}`,
      ),
    ),
  );
  return figures.join('\n');
}

async function graph(
  paper: string,
  statements: StatementResult[],
  axiomHref: (id: string) => string | undefined,
  marker: string,
): Promise<string> {
  const ids = new Set(statements.map((s) => s.id));
  const used = [...new Set(statements.flatMap((s) => s.dependsOn))].filter((d) => !ids.has(d));
  const nodes: Node[] = [...used.map((d, k) => external(d, axiomHref(d), k)), ...statements.map(statementNode)];
  const edges = nodes.flatMap((to) =>
    (to.of?.dependsOn ?? []).flatMap((d) =>
      nodes.filter((n) => n.key === d && n !== to).map((from) => ({ id: `e${from.id}>${to.id}`, from: from.id, to: to.id })),
    ),
  );
  const layout = await layeredLayout({ nodes: nodes.map((n) => ({ id: n.id, width: n.w, height: H })), edges });
  const paths = edges.map(
    (e) =>
      `<path d="${(layout.edges.get(e.id) ?? []).map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)},${f(y)}`).join('')}" marker-end="url(#${marker})"/>`,
  );
  const [w, h] = [layout.width, layout.height];
  return `<figure class="graph"><figcaption>${esc(paper)}: each statement to the right of what it uses</figcaption>
<svg class="statement-graph" viewBox="0 0 ${f(w)} ${f(h)}" width="${f(w)}" height="${f(h)}" role="img" aria-label="${esc(`Statement graph of ${paper}`)}">
<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>
<g class="edges">${paths.join('')}</g>
${nodes.map((n) => nodeSvg(n, layout.nodes.get(n.id) ?? { x: 0, y: 0 })).join('\n')}
</svg></figure>`;
}

/** A node before layout. */
type Spec = Omit<Node, 'w'>;
const sized = (n: Spec): Node => ({ ...n, w: width(n) });

const statementNode = (s: StatementResult, k: number): Node =>
  sized({
    key: s.id,
    id: `s${k}`,
    label: s.source.label,
    sub: [s.variant, s.verdict].filter(Boolean).join(' · '),
    title: `${s.source.label} — ${s.title}${s.variant ? ` (${s.variant})` : ''} (§${s.source.section}): ${s.verdict}`,
    cls: `v-${s.verdict}`,
    href: `#${statementAnchor(s)}`,
    of: s,
  });

/** An axiom (linking to its matrix) or a statement used but not audited here. */
const external = (id: string, href: string | undefined, k: number): Node =>
  sized({
    key: id,
    id: `x${k}`,
    label: id.replace(/^[^/]+\//, ''),
    sub: href ? 'axiom' : 'not audited here',
    title: id,
    cls: href ? 'ext axiom' : 'ext',
    href,
  });

function nodeSvg(n: Node, { x, y }: { x: number; y: number }): string {
  const body = `<title>${esc(n.title)}</title><rect x="${f(x)}" y="${f(y)}" width="${f(n.w)}" height="${H}" rx="6"/><text x="${f(x + n.w / 2)}" y="${f(y + 16)}">${esc(n.label)}</text><text class="sub" x="${f(x + n.w / 2)}" y="${f(y + 32)}">${esc(n.sub)}</text>`;
  return n.href ? `<a class="node ${esc(n.cls)}" href="${esc(n.href)}">${body}</a>` : `<g class="node ${esc(n.cls)}">${body}</g>`;
}
