import type { LinkGraph, NodeKind } from '../graph/graph.ts';
import { xml } from './xml.ts';

/** i2 entity types (standard icon names of Analyst's Notebook) per node kind. */
const ENTITY_TYPES: Record<NodeKind, string> = {
  dossier: 'Case',
  person: 'Person',
  identifier: 'Communication Entity',
  report: 'Document',
  ad: 'Web Page',
  evidence: 'Exhibit',
  decoy_contact: 'Account',
};

const LINK_LABELS: Record<string, string> = { subject: 'betrokkene', report: 'melding', evidence: 'bewijs', seen_in: 'gezien in' };

/** i2's DateTime is xsd:dateTime; ours is an ISO string already. */
const dated = (at: string | null) => (at ? ` DateSet="true" TimeSet="true" DateTime="${xml(at.replace(/\.\d{3}Z$/, 'Z'))}"` : ' DateSet="false" TimeSet="false"');

/**
 * The chart as an i2 Analyst's Notebook exchange file (.anx): entity and link types, then one chart
 * item per node (an entity with its identity) and per edge (a link between two entity ids).
 */
export const exportAnx = (graph: LinkGraph): string => {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `e${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Chart IdReferenceLinking="false">',
    '  <EntityTypeCollection>',
    ...[...new Set(Object.values(ENTITY_TYPES))].map((t) => `    <EntityType Name="${xml(t)}" IconFile="${xml(t)}"/>`),
    '  </EntityTypeCollection>',
    '  <LinkTypeCollection>',
    '    <LinkType Name="Link" Colour="0"/>',
    '  </LinkTypeCollection>',
    '  <ChartItemCollection>',
  ];
  for (const n of graph.nodes) {
    const hidden = Object.values(n.hidden ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0);
    const description = [n.detail, hidden > 0 ? `+${hidden} niet te openen` : null].filter(Boolean).join(' · ');
    lines.push(
      `    <ChartItem Label="${xml(n.label)}" Description="${xml(description)}"${dated(n.firstSeen)}>`,
      '      <End>',
      // i2 merges entities with the same Identity: an identifier's normalised key lets charts from
      // different dossiers (or other sources) meet on the same phone number.
      `        <Entity EntityId="${ids.get(n.id)}" Identity="${xml(n.key ?? n.id)}" LabelIsIdentity="false">`,
      `          <Icon><IconStyle Type="${xml(ENTITY_TYPES[n.kind])}"/></Icon>`,
      '        </Entity>',
      '      </End>',
      '    </ChartItem>',
    );
  }
  for (const e of graph.edges) {
    const end1 = ids.get(e.source);
    const end2 = ids.get(e.target);
    if (!end1 || !end2) continue;
    lines.push(
      `    <ChartItem Label="${xml(LINK_LABELS[e.kind] ?? e.kind)}"${dated(e.at)}>`,
      `      <Link End1Id="${end1}" End2Id="${end2}">`,
      '        <LinkStyle Type="Link" ArrowStyle="ArrowNone"/>',
      '      </Link>',
      '    </ChartItem>',
    );
  }
  lines.push('  </ChartItemCollection>', '</Chart>', '');

  return lines.join('\n');
};
