import type { Db } from '../../db/client.ts';
import { identifierHref, personHref } from '../identifiers/index.ts';
import type { LinkNode, NodeKind } from './graph.ts';
import { listAdsById, listDossiersById, listEvidenceById, listReportsById, listSubjectsById } from './queries.ts';
import type { ViewerAccess } from './viewer-access.ts';
import { isUuid } from '../../app/forms.ts';


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

export const mayOpenNode = (access: ViewerAccess, node: SourceNode): boolean => {
  switch (node.kind) {
    case 'dossier':
    case 'person':
      return access.dossier(node.dossierId);
    case 'evidence':
      return access.evidence({ dossierId: node.dossierId });
    case 'report':
      return access.report();
    case 'ad':
      return access.ad();
    default:
      return false;
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
    access.report() ? listReportsById(db, idsOf('report').filter(isUuid)) : Promise.resolve([]),
    access.ad() ? listAdsById(db, idsOf('ad').filter(isUuid)) : Promise.resolve([]),
    listEvidenceById(db, idsOf('evidence').filter(isUuid)),
    listDossiersById(db, idsOf('dossier').filter((id) => isUuid(id) && access.dossier(id))),
    listSubjectsById(db, personRefs.filter(([d]) => access.dossier(d)).map(([, s]) => s)),
  ]);
  const nodes: SourceNode[] = [
    ...reportRows.map(reportNode),
    ...adRows.map(adNode),
    ...evidenceRows.map(evidenceNode),
    ...dossierRows.map(dossierNode),
    // The source id names the dossier too: a subject id under another dossier's id is not that person.
    ...subjectRows.filter((s) => personRefs.some(([d, id]) => d === s.dossierId && id === s.id)).map(personNode),
  ];

  return new Map(nodes.filter((n) => mayOpenNode(access, n)).map((n) => [n.id, n]));
};
