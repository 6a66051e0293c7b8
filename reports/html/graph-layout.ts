import elkjs, { type ElkNode } from 'elkjs/lib/elk.bundled.js';

// a CommonJS module: Node's default import is module.exports, which elkjs also offers as its own `.default`
const ELK = elkjs.default;

/** A box to place and the edges between boxes, by id. */
export interface GraphInput {
  nodes: Array<{ id: string; width: number; height: number }>;
  edges: Array<{ id: string; from: string; to: string }>;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: Map<string, { x: number; y: number }>;
  /** Each edge as the points of its orthogonal route, from source to target. */
  edges: Map<string, Array<[number, number]>>;
}

/**
 * ELK's layered algorithm (Sugiyama: layers left to right, crossings minimised, orthogonal routes between
 * layers). Deterministic for the same input: ELK's randomised steps are seeded, and the seed is fixed
 * here rather than left to ELK's default. Async because elkjs is; the HTML renderer awaits it.
 */
const OPTIONS = {
  'elk.algorithm': 'layered',
  // layers left to right: a statement used by thirty others makes a layer thirty nodes long, which
  // stacked vertically scrolls like the page (on the real audit 1 889 × 1 760 px, against 4 134 px wide top-down)
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.randomSeed': '1',
  'elk.spacing.nodeNode': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '50',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.layered.compaction.connectedComponents': 'true',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
};

export async function layeredLayout(graph: GraphInput): Promise<GraphLayout> {
  const elk = new ELK();
  const root: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const out = await elk.layout(root);
  const nodes = new Map((out.children ?? []).map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
  const edges = new Map(
    (out.edges ?? []).map((e) => {
      const s = e.sections?.[0];
      const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p): [number, number] => [p.x, p.y]) : [];
      return [e.id, points];
    }),
  );
  return { width: out.width ?? 0, height: out.height ?? 0, nodes, edges };
}
