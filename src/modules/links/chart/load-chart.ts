import type { AppContext } from '../../../app/context.ts';
import { pick, type Lang } from '../../../web/i18n.ts';
import { logAccess } from '../../audit/index.ts';
import { identifierHref, type IdentifierKind } from '../../identifiers/index.ts';
import { buildDossierGraph, buildIdentifierGraph } from '../graph/build-link-graph.ts';
import { applyGraphFilter, type FilterErrors, type GraphFilter, parseGraphFilter } from '../graph/filter-graph.ts';
import type { LinkGraph } from '../graph/graph.ts';
import { findIdentifierRow } from '../queries.ts';
import { linkText } from '../texts.ts';
import { loadViewerAccess, type Viewer } from '../graph/viewer-access.ts';

export type Chart = { graph: LinkGraph; filter: GraphFilter; errors: FilterErrors; title: string; backHref: string; basePath: string; auditTarget: { type: string; id: string } };
export type LoadedChart = { ok: true; chart: Chart } | { ok: false; status: 403 | 404 };

type Query = Record<string, unknown>;

/**
 * A dossier's chart. The caller has passed the per-dossier check (`requireDossierAccess`), which is
 * also what writes the access-log line for the dossier.
 */
export const loadDossierChart = async (ctx: AppContext, viewer: Viewer, input: { id: string; query: Query; lang: Lang }): Promise<LoadedChart> => {
  const { filter, errors } = parseGraphFilter(input.query);
  const graph = await buildDossierGraph(ctx.db, loadViewerAccess(ctx, viewer), input.id, { window: filter.window });
  if (!graph) return { ok: false, status: 404 };
  const root = graph.nodes.find((n) => n.id === graph.root);
  const t = pick(linkText, input.lang);

  return {
    ok: true,
    chart: {
      graph: applyGraphFilter(graph, filter),
      filter,
      errors,
      title: t.dossierTitle(root?.label ?? ''),
      backHref: `/dossiers/${input.id}`,
      basePath: `/dossiers/${input.id}/verbanden`,
      auditTarget: { type: 'dossier', id: input.id },
    },
  };
};

/** An identifier's chart; the look is logged also when it was never seen (that someone looked is itself telling). */
export const loadIdentifierChart = async (
  ctx: AppContext,
  viewer: Viewer,
  input: { kind: IdentifierKind; key: string; query: Query; lang: Lang; reason: string },
): Promise<LoadedChart> => {
  const { kind, key } = input;
  const row = await findIdentifierRow(ctx.db, { kind, key });
  await logAccess(ctx.db, { user: viewer, recordType: 'identifier', recordId: `${kind}:${key}`, action: row ? 'view' : 'search', reason: input.reason });
  if (!row) return { ok: false, status: 404 };
  const { filter, errors } = parseGraphFilter(input.query);
  const graph = await buildIdentifierGraph(ctx.db, loadViewerAccess(ctx, viewer), { kind, key }, { window: filter.window });
  if (!graph) return { ok: false, status: 404 };
  const href = identifierHref(kind, key);

  return {
    ok: true,
    chart: {
      graph: applyGraphFilter(graph, filter),
      filter,
      errors,
      title: pick(linkText, input.lang).identifierTitle(row.display),
      backHref: href,
      basePath: `${href}/verbanden`,
      auditTarget: { type: 'identifier', id: `${kind}:${key}` },
    },
  };
};
