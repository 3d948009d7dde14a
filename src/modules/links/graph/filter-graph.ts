import { isNodeKind, type LinkGraph, NODE_KINDS, type NodeKind } from './graph.ts';
import type { TimeWindow } from '../queries.ts';

export type GraphFilter = { kinds: NodeKind[]; from: string; to: string; window: TimeWindow };

export type FilterErrors = { from?: 'date' | 'order'; to?: 'date' | 'order'; kinds?: 'unknown' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date typed as yyyy-mm-dd, checked for real (no 31 February), as the start of that UTC day. */
const parseDate = (value: string): Date | null => {
  const m = DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value || d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2999) return null;

  return d;
};

const DAY = 24 * 3600 * 1000;

/**
 * Reads the filter of the GET form (soort = node kinds, van / tot = dates). No kinds ticked means all
 * kinds. Bad values come back as errors with the typed values kept, so the page can show them.
 */
export const parseGraphFilter = (query: Record<string, unknown>): { filter: GraphFilter; errors: FilterErrors } => {
  const raw = query.soort;
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 20).map(String);
  const errors: FilterErrors = {};
  if (list.some((k) => !isNodeKind(k))) errors.kinds = 'unknown';
  const kinds = list.filter(isNodeKind);
  const from = typeof query.van === 'string' ? query.van.trim().slice(0, 20) : '';
  const to = typeof query.tot === 'string' ? query.tot.trim().slice(0, 20) : '';
  const fromDate = from ? parseDate(from) : null;
  const toDate = to ? parseDate(to) : null;
  if (from && !fromDate) errors.from = 'date';
  if (to && !toDate) errors.to = 'date';
  if (fromDate && toDate && toDate < fromDate) errors.to = 'order';
  const window: TimeWindow = {
    ...(fromDate && !errors.from ? { from: fromDate } : {}),
    // "tot en met": the whole last day counts.
    ...(toDate && !errors.to ? { to: new Date(toDate.getTime() + DAY) } : {}),
  };

  return { filter: { kinds: kinds.length > 0 ? kinds : [...NODE_KINDS], from, to, window }, errors };
};

const inWindow = (at: string | null, w: TimeWindow) => at === null || ((!w.from || at >= w.from.toISOString()) && (!w.to || at < w.to.toISOString()));

/**
 * Keeps the nodes of the chosen kinds and the edges inside the time window, then only what is still
 * connected to the root: a filtered chart never shows islands that lost the link explaining them.
 */
export const applyGraphFilter = (graph: LinkGraph, filter: GraphFilter): LinkGraph => {
  const kinds = new Set<string>(filter.kinds);
  const keep = new Set(graph.nodes.filter((n) => n.id === graph.root || kinds.has(n.kind)).map((n) => n.id));
  const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target) && inWindow(e.at, filter.window));
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const reached = new Set([graph.root]);
  const queue = [graph.root];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const next of neighbours.get(id) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }

  return {
    root: graph.root,
    nodes: graph.nodes.filter((n) => reached.has(n.id)),
    edges: edges.filter((e) => reached.has(e.source) && reached.has(e.target)),
    truncated: graph.truncated,
  };
};
