import type { Db } from '../../../db/client.ts';
import { GraphCollector, type LinkGraph } from './graph.ts';
import { dossierNode, evidenceNode, identifierNode, identifierNodeId, loadOpenableSources, personNode, reportNode, type SourceNode, sourceNodeId } from './load-sources.ts';
import { findDossierRow, findIdentifierRow, listDossiersById, listDossiersOfReports, listEvidenceOfDossier, listOccurrencesOfIdentifiers, listOccurrencesOfSources, listReportsOfDossier, listSubjectsOfDossier, type OccurrenceRow, type TimeWindow } from '../queries.ts';
import { openableIds, type ViewerAccess } from './viewer-access.ts';

export type BuildOptions = {
  window: TimeWindow;
  /** Occurrences listed per identifier (newest first); the rest is left out and the graph says so. */
  perIdentifier?: number;
  maxNodes?: number;
};

const PER_IDENTIFIER = 200;
const SOURCE_OCCURRENCES = 2000;

/** Puts a source node in and joins it to its dossier (a person, an evidence item) when that is openable. */
const addSource = (c: GraphCollector, node: SourceNode) => c.addNode(node);

/**
 * Adds occurrences: every identifier becomes a node; a source the viewer may open becomes a labelled
 * node with a `seen_in` edge, any other source only a count on the identifier. Openable persons,
 * evidence items and reports are then tied to their (openable) dossiers, which is how a chart shows
 * that a number in this dossier also sits in another one.
 */
const addOccurrences = async (db: Db, access: ViewerAccess, c: GraphCollector, rows: OccurrenceRow[]): Promise<void> => {
  const sources = await loadOpenableSources(
    db,
    access,
    rows.map((r) => ({ type: r.sourceType, id: r.sourceId })),
  );
  for (const r of rows) {
    const identifierId = identifierNodeId(r.identifierId);
    if (!c.addNode(identifierNode(r))) continue;
    const sid = sourceNodeId(r.sourceType, r.sourceId);
    const source = sid ? sources.get(sid) : undefined;
    if (!source) {
      c.addHidden(identifierId, r.sourceType, r.sourceId);
      continue;
    }
    if (addSource(c, source)) c.addEdge(source.id, identifierId, 'seen_in', r.seenAt);
  }
  await addParentDossiers(db, access, c, [...sources.values()].filter((s) => c.has(s.id)));
};

const addParentDossiers = async (db: Db, access: ViewerAccess, c: GraphCollector, nodes: SourceNode[]): Promise<void> => {
  const reportIds = nodes.filter((n) => n.kind === 'report').map((n) => n.id.slice('report:'.length));
  const links = await listDossiersOfReports(db, reportIds);
  const candidates: Array<{ dossierId: string; child: string; kind: 'subject' | 'evidence' | 'report'; at: Date | null }> = [
    ...nodes.filter((n) => n.kind === 'person' && n.dossierId).map((n) => ({ dossierId: n.dossierId ?? '', child: n.id, kind: 'subject' as const, at: n.firstSeen })),
    ...nodes.filter((n) => n.kind === 'evidence' && n.dossierId).map((n) => ({ dossierId: n.dossierId ?? '', child: n.id, kind: 'evidence' as const, at: n.firstSeen })),
    ...links.map((l) => ({ dossierId: l.dossierId, child: `report:${l.reportId}`, kind: 'report' as const, at: l.linkedAt })),
  ];
  const openDossiers = await openableIds(access, 'dossier', [...new Set(candidates.map((p) => p.dossierId))]);
  const parents = candidates.filter((p) => openDossiers.includes(p.dossierId));
  const dossiers = await listDossiersById(db, [...new Set(parents.map((p) => p.dossierId))]);
  for (const d of dossiers) c.addNode(dossierNode(d));
  for (const p of parents) {
    const parent = `dossier:${p.dossierId}`;
    if (c.has(parent)) c.addEdge(parent, p.child, p.kind, p.at);
  }
};

/**
 * A dossier with what it holds (people, reports, evidence) and the identifiers seen in any of those.
 * Returns the source refs of the dossier itself, so "elsewhere" can leave them out.
 */
const collectDossier = async (db: Db, access: ViewerAccess, c: GraphCollector, dossierId: string, window: TimeWindow) => {
  const dossier = await findDossierRow(db, dossierId);
  if (!dossier) return null;
  const root = dossierNode(dossier);
  c.addNode(root);
  const [people, reports, evidence] = await Promise.all([listSubjectsOfDossier(db, dossierId), listReportsOfDossier(db, dossierId), listEvidenceOfDossier(db, dossierId)]);
  for (const p of people) {
    const n = personNode(p);
    if (c.addNode(n)) c.addEdge(root.id, n.id, 'subject', p.createdAt);
  }
  const openReports = await openableIds(access, 'report', reports.map((r) => r.id));
  for (const r of reports.filter((x) => openReports.includes(x.id))) {
    const n = reportNode(r);
    if (c.addNode(n)) c.addEdge(root.id, n.id, 'report', r.linkedAt);
  }
  for (const e of evidence) {
    const n = evidenceNode(e);
    if (c.addNode(n)) c.addEdge(root.id, n.id, 'evidence', e.capturedAt);
  }
  const own = [
    { type: 'dossier', ids: [dossierId] },
    { type: 'dossier_person', ids: people.map((p) => `${dossierId}/${p.id}`) },
    { type: 'report', ids: reports.map((r) => r.id) },
    { type: 'evidence', ids: evidence.map((e) => e.id) },
  ];
  const rows = await listOccurrencesOfSources(db, own, window, SOURCE_OCCURRENCES);
  if (rows.length >= SOURCE_OCCURRENCES) c.truncated = true;
  await addOccurrences(db, access, c, rows);

  return { root: root.id, own, identifierIds: [...new Set(rows.map((r) => r.identifierId))] };
};

/**
 * The chart of one dossier: its people, reports and evidence, their identifiers, and every other
 * place those identifiers were seen (other reports, ads, evidence, decoy contacts, other dossiers),
 * within the viewer's access. The caller has checked that the viewer may open the dossier.
 */
export const buildDossierGraph = async (db: Db, access: ViewerAccess, dossierId: string, options: BuildOptions): Promise<LinkGraph | null> => {
  const c = new GraphCollector(options.maxNodes);
  const dossier = await collectDossier(db, access, c, dossierId, options.window);
  if (!dossier) return null;
  const own = new Set(dossier.own.flatMap((s) => s.ids.map((id) => `${s.type}\u0000${id}`)));
  const elsewhere = await listOccurrencesOfIdentifiers(db, dossier.identifierIds, options.window, options.perIdentifier ?? PER_IDENTIFIER);
  await addOccurrences(
    db,
    access,
    c,
    elsewhere.filter((r) => !own.has(`${r.sourceType}\u0000${r.sourceId}`)),
  );

  return c.toGraph(dossier.root);
};

/** The chart of one identifier: where it was seen, and the dossiers those places belong to. */
export const buildIdentifierGraph = async (db: Db, access: ViewerAccess, identifier: { kind: string; key: string }, options: BuildOptions): Promise<LinkGraph | null> => {
  const row = await findIdentifierRow(db, identifier);
  if (!row) return null;
  const c = new GraphCollector(options.maxNodes);
  const root = identifierNode({ ...row, identifierId: row.id });
  c.addNode(root);
  const rows = await listOccurrencesOfIdentifiers(db, [row.id], options.window, options.perIdentifier ?? 1000);
  await addOccurrences(db, access, c, rows);

  return c.toGraph(root.id);
};

export type ExpandResult = { ok: true; graph: LinkGraph; recordType: string; recordId: string } | { ok: false; reason: 'not_found' | 'forbidden' };

const SOURCE_TYPE_OF_KIND: Record<string, string> = { person: 'dossier_person', report: 'report', ad: 'ad', evidence: 'evidence' };

/**
 * The neighbours of one node, for "expand" in the chart: an identifier's occurrences, a source's
 * identifiers (and its dossier), a dossier's content. Only a node the viewer may open can be expanded.
 */
export const expandNode = async (db: Db, access: ViewerAccess, nodeId: string, window: TimeWindow): Promise<ExpandResult> => {
  const colon = nodeId.indexOf(':');
  const kind = nodeId.slice(0, colon);
  const id = nodeId.slice(colon + 1);
  if (colon < 1 || id.length === 0 || id.length > 200) return { ok: false, reason: 'not_found' };
  const c = new GraphCollector();

  if (kind === 'identifier') {
    const numeric = Number(id);
    if (!Number.isSafeInteger(numeric) || numeric <= 0) return { ok: false, reason: 'not_found' };
    const row = await findIdentifierRow(db, { id: numeric });
    if (!row) return { ok: false, reason: 'not_found' };
    c.addNode(identifierNode({ ...row, identifierId: row.id }));
    await addOccurrences(db, access, c, await listOccurrencesOfIdentifiers(db, [numeric], window, PER_IDENTIFIER));
    return { ok: true, graph: c.toGraph(nodeId), recordType: 'identifier', recordId: `${row.kind}:${row.key}` };
  }
  if (kind === 'dossier') {
    if (!(await access.mayOpen({ type: 'dossier', id }))) return { ok: false, reason: 'forbidden' };
    const dossier = await collectDossier(db, access, c, id, window);
    if (!dossier) return { ok: false, reason: 'not_found' };
    return { ok: true, graph: c.toGraph(nodeId), recordType: 'dossier', recordId: id };
  }
  const sourceType = SOURCE_TYPE_OF_KIND[kind];
  if (!sourceType) return { ok: false, reason: 'not_found' };
  const sources = await loadOpenableSources(db, access, [{ type: sourceType, id }]);
  const source = sources.get(nodeId);
  if (!source) return { ok: false, reason: 'forbidden' };
  c.addNode(source);
  await addOccurrences(db, access, c, await listOccurrencesOfSources(db, [{ type: sourceType, ids: [id] }], window, SOURCE_OCCURRENCES));
  await addParentDossiers(db, access, c, [source]);

  return { ok: true, graph: c.toGraph(nodeId), recordType: sourceType === 'dossier_person' ? 'dossier' : sourceType, recordId: sourceType === 'dossier_person' ? (id.split('/')[0] ?? id) : id };
};
