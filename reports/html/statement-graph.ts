import { statementAnchor } from '../markdown-statements.js';
import type { StatementResult } from '../../engine/result/model.js';
import { esc } from './escape.js';
import { f } from './svg.js';

/**
 * The papers' statements as a dependency graph, in the spirit of the Lean blueprint's: one node per
 * statement (and reading), coloured by verdict, linking to its section; an edge from each statement
 * or axiom a statement uses. The layout is by hand, one band per section of the paper in paper order
 * (what a statement uses is normally earlier, so edges run downward); the axioms and statements used
 * but not audited get a band of their own just above their first user, so their edges stay short.
 * A band wraps when it is wider than WIDTH.
 */

interface Node {
  /** Statement or axiom id: what dependsOn names. */
  key: string;
  label: string;
  sub: string;
  title: string;
  cls: string;
  href?: string;
  /** The statement drawn, for its edges. */
  of?: StatementResult;
  x: number;
  y: number;
  w: number;
}

const H = 40;
const GAP = 14;
const ROW = 78;
const LEFT = 70;
const WIDTH = 960;
const LABEL_CHARS = 28;

/** One figure per paper, in order of first appearance. */
export function statementGraphs(statements: readonly StatementResult[], axiomHref: (id: string) => string | undefined): string {
  const papers = [...new Set(statements.map((s) => s.source.paper))];
  return papers.map((paper, k) => graph(paper, statements.filter((s) => s.source.paper === paper), axiomHref, `arrow-${k}`)).join('\n');
}

function graph(paper: string, statements: StatementResult[], axiomHref: (id: string) => string | undefined, marker: string): string {
  const ids = new Set(statements.map((s) => s.id));
  const sections: Array<[string, StatementResult[]]> = [];
  for (const s of statements) {
    const last = sections[sections.length - 1];
    if (last && last[0] === s.source.section) last[1].push(s);
    else sections.push([s.source.section, [s]]);
  }
  const bands: Array<[string, Spec[]]> = [];
  const shown = new Set<string>();
  for (const [section, members] of sections) {
    const fresh = [...new Set(members.flatMap((s) => s.dependsOn))].filter((d) => !ids.has(d) && !shown.has(d));
    fresh.forEach((d) => shown.add(d));
    if (fresh.length) bands.push(['uses', fresh.map((d) => external(d, axiomHref(d)))]);
    bands.push([section, members.map(statementNode)]);
  }
  const placed: Node[] = [];
  const labels: string[] = [];
  let y = 10;
  let right = 0;
  for (const [band, nodes] of bands) {
    labels.push(`<text class="band" x="4" y="${f(y + H / 2 + 4)}">${esc(/^[IVXLC]+(\.|$)/.test(band) ? `§${band}` : band)}</text>`);
    let x = LEFT;
    for (const n of nodes) {
      const w = Math.min(210, Math.max(56, 6.6 * Math.max(n.label.length, n.sub.length) + 16));
      if (x > LEFT && x + w > WIDTH) [x, y] = [LEFT, y + ROW];
      placed.push({ ...n, x, y, w });
      x += w + GAP;
      right = Math.max(right, x);
    }
    y += ROW;
  }
  const pairs = placed.flatMap((to) => (to.of?.dependsOn ?? []).flatMap((d) => placed.filter((n) => n.key === d && n !== to).map((from): Pair => [from, to])));
  const at = ports(pairs);
  const edges = pairs.map((pair, k) => edge(pair, at[k], marker));
  const height = Math.max(y - ROW + H, ...edges.map((e) => e.lowest)) + 8;
  return `<figure class="graph"><figcaption>${esc(paper)}: statements in paper order, by section</figcaption>
<svg class="statement-graph" viewBox="0 0 ${f(right)} ${f(height)}" width="${f(right)}" height="${f(height)}" role="img" aria-label="${esc(`Statement graph of ${paper}`)}">
<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>
${labels.join('')}
<g class="edges">${edges.map((e) => e.path).join('')}</g>
${placed.map(nodeSvg).join('\n')}
</svg></figure>`;
}

/** A node before layout. */
type Spec = Omit<Node, 'x' | 'y' | 'w'>;

const cut = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

const statementNode = (s: StatementResult): Spec => ({
  key: s.id,
  label: cut(s.source.label),
  sub: [s.variant, s.verdict].filter(Boolean).join(' · '),
  title: `${s.source.label} — ${s.title}${s.variant ? ` (${s.variant})` : ''}: ${s.verdict}`,
  cls: `v-${s.verdict}`,
  href: `#${statementAnchor(s)}`,
  of: s,
});

/** An axiom (linking to its matrix) or a statement used but not audited here. */
const external = (id: string, href: string | undefined): Spec => ({
  key: id,
  label: cut(id.replace(/^[^/]+\//, '')),
  sub: href ? 'axiom' : 'not audited here',
  title: id,
  cls: href ? 'ext axiom' : 'ext',
  href,
});

function nodeSvg(n: Node): string {
  const body = `<title>${esc(n.title)}</title><rect x="${f(n.x)}" y="${f(n.y)}" width="${f(n.w)}" height="${H}" rx="6"/><text x="${f(n.x + n.w / 2)}" y="${f(n.y + 16)}">${esc(n.label)}</text><text class="sub" x="${f(n.x + n.w / 2)}" y="${f(n.y + 32)}">${esc(n.sub)}</text>`;
  return n.href ? `<a class="node ${esc(n.cls)}" href="${esc(n.href)}">${body}</a>` : `<g class="node ${esc(n.cls)}">${body}</g>`;
}

type Pair = [from: Node, to: Node];
type Point = [x: number, y: number];

/** Where an edge leaves and enters: the bottom when the other end is below or in the same band, else the top. */
const sides = ([from, to]: Pair): ['top' | 'bottom', 'top' | 'bottom'] => (from.y < to.y ? ['bottom', 'top'] : from.y > to.y ? ['top', 'bottom'] : ['bottom', 'bottom']);

/**
 * Each edge's two end points. The edges meeting one side of a node are spread evenly along it, in
 * the order of their other ends' x, so a statement using six axioms shows six arrowheads side by
 * side rather than one.
 */
function ports(pairs: Pair[]): Array<[Point, Point]> {
  const groups = new Map<string, Array<{ k: number; end: 0 | 1; otherX: number }>>();
  const nodes = new Map<string, Node>();
  pairs.forEach((pair, k) =>
    sides(pair).forEach((side, end) => {
      const [node, other] = end === 0 ? pair : [pair[1], pair[0]];
      const key = `${node.x},${node.y},${side}`;
      nodes.set(key, node);
      groups.set(key, [...(groups.get(key) ?? []), { k, end: end as 0 | 1, otherX: other.x + other.w / 2 }]);
    }),
  );
  const result = pairs.map((): [Point, Point] => [[0, 0], [0, 0]]);
  for (const [key, ends] of groups) {
    const node = nodes.get(key)!;
    const y = key.endsWith('top') ? node.y : node.y + H;
    ends.sort((a, b) => a.otherX - b.otherX).forEach(({ k, end }, i) => (result[k][end] = [node.x + (node.w * (i + 1)) / (ends.length + 1), y]));
  }
  return result;
}

/**
 * A curve from what is used to its user: downward between bands, an arc below within one, dashed
 * upward to a statement that uses a later one. `lowest` is how far down it reaches (a cubic stays
 * within ¾ of its control points' reach).
 */
function edge([from, to]: Pair, [[x1, y1], [x2, y2]]: [Point, Point], marker: string): { path: string; lowest: number } {
  const bend = from.y === to.y ? y1 + 30 : (y1 + y2) / 2;
  const d = `M${f(x1)},${f(y1)}C${f(x1)},${f(bend)} ${f(x2)},${f(bend)} ${f(x2)},${f(y2)}`;
  // a statement using a later one (a forward reference in the paper) is drawn dashed
  const cls = from.y > to.y ? ' class="forward"' : '';
  return { path: `<path${cls} d="${d}" marker-end="url(#${marker})"/>`, lowest: Math.max(y1, y2, from.y === to.y ? y1 + 23 : 0) };
}
