/**
 * The link chart as plain data: nodes and edges, the same for the HTML table, the JSON island and
 * the GraphML / ANX exports. Times are ISO strings so the graph goes to the browser unchanged.
 */
export const NODE_KINDS = ['dossier', 'person', 'identifier', 'report', 'ad', 'evidence', 'decoy_contact'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const isNodeKind = (value: unknown): value is NodeKind => typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);

/** subject: dossier–person; report / evidence: dossier–source; seen_in: source–identifier. */
export type EdgeKind = 'subject' | 'report' | 'evidence' | 'seen_in';

/** Source types of the identifier index a viewer might not open; counted, never labelled. */
export type HiddenCounts = Partial<Record<string, number>>;

export type LinkNode = {
  /** `<kind>:<source id>`; a person is `person:<dossierId>/<subjectId>`, an identifier `identifier:<id>`. */
  id: string;
  kind: NodeKind;
  label: string;
  /** A second line: a person's role, an identifier's kind, an ad's place. Never anything about a reporter. */
  detail: string | null;
  href: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /**
   * Identifier nodes only: `<kind>:<normalised key>` ("phone:+31612345678"), so an export carries the
   * standard form (E.164 for phones) that another tool can match on, not only the display form.
   */
  key?: string;
  /** Identifier nodes only: occurrences in sources the viewer may not open, per source type. */
  hidden?: HiddenCounts;
};

export type LinkEdge = { id: string; source: string; target: string; kind: EdgeKind; at: string | null };

export type LinkGraph = { root: string; nodes: LinkNode[]; edges: LinkEdge[]; truncated: boolean };

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

type NodeInput = Omit<LinkNode, 'firstSeen' | 'lastSeen' | 'hidden'> & { firstSeen?: Date | null; lastSeen?: Date | null };

/** Collects nodes and edges once each, widening first/last seen when a node is met again. */
export class GraphCollector {
  private readonly nodes = new Map<string, LinkNode>();
  private readonly edges = new Map<string, LinkEdge>();
  private readonly hiddenSources = new Map<string, Map<string, Set<string>>>();
  truncated = false;

  constructor(readonly maxNodes = 3000) {}

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  get size(): number {
    return this.nodes.size;
  }

  addNode(input: NodeInput): boolean {
    const known = this.nodes.get(input.id);
    const first = iso(input.firstSeen);
    const last = iso(input.lastSeen ?? input.firstSeen);
    if (known) {
      known.firstSeen = earlier(known.firstSeen, first);
      known.lastSeen = later(known.lastSeen, last);
      return true;
    }
    if (this.nodes.size >= this.maxNodes) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(input.id, { id: input.id, kind: input.kind, label: input.label, detail: input.detail, href: input.href, firstSeen: first, lastSeen: last, ...(input.key ? { key: input.key } : {}) });

    return true;
  }

  /** One edge per pair and kind; the earliest time wins (when the link was first seen). */
  addEdge(source: string, target: string, kind: EdgeKind, at: Date | null): void {
    const id = `${kind}|${source}|${target}`;
    const known = this.edges.get(id);
    const time = iso(at);
    if (known) {
      known.at = earlier(known.at, time);
      return;
    }
    this.edges.set(id, { id, source, target, kind, at: time });
  }

  /** A source the viewer may not open: only counted on the identifier, per source type, once per source. */
  addHidden(identifierNodeId: string, sourceType: string, sourceId: string): void {
    let perType = this.hiddenSources.get(identifierNodeId);
    if (!perType) {
      perType = new Map();
      this.hiddenSources.set(identifierNodeId, perType);
    }
    let ids = perType.get(sourceType);
    if (!ids) {
      ids = new Set();
      perType.set(sourceType, ids);
    }
    ids.add(sourceId);
  }

  toGraph(root: string): LinkGraph {
    const nodes = [...this.nodes.values()].map((n) => {
      const hidden = this.hiddenSources.get(n.id);
      if (!hidden) return n;
      const counts: HiddenCounts = {};
      for (const [type, ids] of hidden) counts[type] = ids.size;
      return { ...n, hidden: counts };
    });
    // An edge to a node that was cut off (node limit) would point nowhere.
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));

    return { root, nodes, edges, truncated: this.truncated };
  }
}

/** Total hidden occurrences of a graph, per source type (for the sentence under the table). */
export const hiddenTotals = (graph: LinkGraph): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const n of graph.nodes) {
    for (const [type, count] of Object.entries(n.hidden ?? {})) totals[type] = (totals[type] ?? 0) + (count ?? 0);
  }

  return totals;
};
