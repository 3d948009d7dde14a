import type { Db } from '../../../db/client.ts';
import { identifierHref, personHref } from '../../identifiers/index.ts';
import type { LinkNode, NodeKind } from './graph.ts';
import { listAdsById, listDossiersById, listEvidenceById, listReportsById, listSubjectsById } from '../queries.ts';
import { openableIds, type ViewerAccess } from './viewer-access.ts';
import { isUuid } from '../../../app/forms.ts';


/** A node ready to add, with the times the collector widens. */
export type SourceNode = Omit<LinkNode, 'firstSeen' | 'lastSeen' | 'hidden'> & { firstSeen: Date | null; lastSeen: Date | null; dossierId: string | null };

/** Source types of the identifier index and the node kinds they become. */
const KIND_OF_SOURCE: Record<string, NodeKind> = {
  report: 'report',
  dossier_person: 'person',
  evidence: 'evidence',
  ad: 'ad',
  decoy_contact: 'decoy_contact',
  dossier: 'dossier',
};

export const nodeKindOfSource = (sourceType: string): NodeKind | null => KIND_OF_SOURCE[sourceType] ?? null;

export const sourceNodeId = (sourceType: string, sourceId: string): string | null => {
  const kind = nodeKindOfSource(sourceType);

  return kind ? `${kind}:${sourceId}` : null;
};

export const identifierNodeId = (id: number) => `identifier:${id}`;

export const identifierNode = (row: { identifierId: number; kind: string; key: string; display: string; firstSeenAt: Date; lastSeenAt: Date }) => ({
  id: identifierNodeId(row.identifierId),
  kind: 'identifier' as const,
  label: row.display,
  detail: row.kind,
  key: `${row.kind}:${row.key}`,
  href: identifierHref(row.kind, row.key),
  firstSeen: row.firstSeenAt,
  lastSeen: row.lastSeenAt,
});

export const dossierNode = (d: { id: string; title: string; createdAt: Date; updatedAt: Date }): SourceNode => ({
  id: `dossier:${d.id}`,
  kind: 'dossier',
  label: d.title,
  detail: null,
  href: `/dossiers/${d.id}`,
  firstSeen: d.createdAt,
  lastSeen: d.updatedAt,
  dossierId: d.id,
});

export const personNode = (s: { id: string; dossierId: string; name: string; aliases: string; role: string; createdAt: Date; updatedAt: Date }): SourceNode => ({
  id: `person:${s.dossierId}/${s.id}`,
  kind: 'person',
  label: s.name || s.aliases || '—',
  detail: s.role,
  href: personHref(s.dossierId, s.id),
  firstSeen: s.createdAt,
  lastSeen: s.updatedAt,
  dossierId: s.dossierId,
});

/** A report is shown by its number and date only: never the reporter, channel or answers. */
export const reportNode = (r: { id: string; number: string; createdAt: Date }): SourceNode => ({
  id: `report:${r.id}`,
  kind: 'report',
  label: r.number,
  detail: null,
  href: `/meldingen/${r.id}`,
  firstSeen: r.createdAt,
  lastSeen: r.createdAt,
  dossierId: null,
});

export const evidenceNode = (e: { id: string; dossierId: string | null; title: string; capturedAt: Date }): SourceNode => ({
  id: `evidence:${e.id}`,
  kind: 'evidence',
  label: e.title,
  detail: null,
  href: `/bewijs/${e.id}`,
  firstSeen: e.capturedAt,
  lastSeen: e.capturedAt,
  dossierId: e.dossierId,
});

export const adNode = (a: { id: string; title: string; place: string | null; firstSeenAt: Date; lastSeenAt: Date }): SourceNode => ({
  id: `ad:${a.id}`,
  kind: 'ad',
  label: a.title.slice(0, 120),
  detail: a.place,
  href: `/monitor/advertenties/${a.id}`,
  firstSeen: a.firstSeenAt,
  lastSeen: a.lastSeenAt,
  dossierId: null,
});

/** The identifier index's rule for one node (identifiers/where-seen/source-access.ts, per source kind). */
export const mayOpenNode = (access: ViewerAccess, node: SourceNode): Promise<boolean> => {
  const id = node.id.slice(node.id.indexOf(':') + 1);
  switch (node.kind) {
    case 'dossier':
      return access.mayOpen({ type: 'dossier', id });
    case 'person':
      return access.mayOpen({ type: 'dossier', id: node.dossierId ?? '' });
    case 'evidence':
      return access.mayOpen({ type: 'evidence', id });
    case 'report':
      return access.mayOpen({ type: 'report', id });
    case 'ad':
      return access.mayOpen({ type: 'ad', id });
    default:
      return Promise.resolve(false);
  }
};

const unique = (values: string[]) => [...new Set(values)];

/**
 * Loads the sources behind occurrences (one query per source type) and keeps those the viewer may
 * open. A source that is gone, malformed, or not openable is simply absent from the result: the
 * caller counts it as hidden.
 */
export const loadOpenableSources = async (db: Db, access: ViewerAccess, refs: Array<{ type: string; id: string }>): Promise<Map<string, SourceNode>> => {
  const idsOf = (type: string) => unique(refs.filter((r) => r.type === type).map((r) => r.id));
  const personRefs = idsOf('dossier_person')
    .map((id) => id.split('/'))
    .filter((p): p is [string, string] => p.length === 2 && isUuid(p[0] ?? '') && isUuid(p[1] ?? ''));
  const [reportRows, adRows, evidenceRows, dossierRows, subjectRows] = await Promise.all([
    openableIds(access, 'report', idsOf('report').filter(isUuid)).then((ids) => listReportsById(db, ids)),
    openableIds(access, 'ad', idsOf('ad').filter(isUuid)).then((ids) => listAdsById(db, ids)),
    listEvidenceById(db, idsOf('evidence').filter(isUuid)),
    openableIds(access, 'dossier', idsOf('dossier').filter(isUuid)).then((ids) => listDossiersById(db, ids)),
    openableIds(access, 'dossier', unique(personRefs.map(([d]) => d))).then((open) => listSubjectsById(db, personRefs.filter(([d]) => open.includes(d)).map(([, s]) => s))),
  ]);
  const nodes: SourceNode[] = [
    ...reportRows.map(reportNode),
    ...adRows.map(adNode),
    ...evidenceRows.map(evidenceNode),
    ...dossierRows.map(dossierNode),
    // The source id names the dossier too: a subject id under another dossier's id is not that person.
    ...subjectRows.filter((s) => personRefs.some(([d, id]) => d === s.dossierId && id === s.id)).map(personNode),
  ];

  const allowed = await Promise.all(nodes.map((n) => mayOpenNode(access, n)));

  return new Map(nodes.filter((_, i) => allowed[i]).map((n) => [n.id, n]));
};
