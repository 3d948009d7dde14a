import type { LinkGraph } from '../graph/graph.ts';
import { xml } from './xml.ts';

const NODE_KEYS = ['kind', 'label', 'key', 'detail', 'firstSeen', 'lastSeen', 'hidden'] as const;
const EDGE_KEYS = ['kind', 'at'] as const;

/**
 * The chart as GraphML (Gephi, yEd, Maltego import). Hidden sources travel only as a count on the
 * identifier they were seen with, exactly as on screen.
 */
export const exportGraphml = (graph: LinkGraph): string => {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'hidden' ? 'int' : 'string'}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    `  <graph id="vangnet" edgedefault="undirected">`,
  ];
  for (const n of graph.nodes) {
    const hidden = Object.values(n.hidden ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0);
    const values: Record<(typeof NODE_KEYS)[number], string | number | null> = {
      kind: n.kind,
      label: n.label,
      key: n.key ?? null,
      detail: n.detail,
      firstSeen: n.firstSeen,
      lastSeen: n.lastSeen,
      hidden: hidden > 0 ? hidden : null,
    };
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const k of NODE_KEYS) {
      const v = values[k];
      if (v !== null && v !== '') lines.push(`      <data key="n_${k}">${xml(v)}</data>`);
    }
    lines.push('    </node>');
  }
  graph.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    lines.push(`      <data key="e_kind">${xml(e.kind)}</data>`);
    if (e.at) lines.push(`      <data key="e_at">${xml(e.at)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');

  return lines.join('\n');
};
