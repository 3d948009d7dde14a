import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { isUuid } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { renderStaffError } from '../../web/error-page.tsx';
import { requireDossierAccess } from '../cases/index.ts';
import { isIdentifierKind } from '../identifiers/index.ts';
import { LINK_ROLES } from './access.ts';
import { linksChartBundle } from './island/bundle-island.ts';
import { expandNodeForViewer } from './graph/expand-node-for-viewer.ts';
import { exportChart, isExportFormat } from './export/export-chart.ts';
import { type GraphFilter, parseGraphFilter } from './graph/filter-graph.ts';
import { NODE_KINDS } from './graph/graph.ts';
import { type LoadedChart, loadDossierChart, loadIdentifierChart } from './chart/load-chart.ts';
import { findDossierRow } from './reads.ts';
import type { Viewer } from './graph/viewer-access.ts';
import { LinkChartPage } from './views/link-chart-page.tsx';

const access = { access: LINK_ROLES };
const KEY_MAX = 300;
const REASON = 'link chart';

type Query = Record<string, unknown>;

const viewerOf = (req: FastifyRequest): Viewer | null => {
  const staff = req.staff;

  return staff?.stage === 'active' ? { id: staff.user.id, name: staff.user.name, roles: staff.user.roles } : null;
};

/** The filter as it was typed, for the data and export links of the page. */
const filterQuery = (filter: GraphFilter, all: boolean) => {
  const params = new URLSearchParams();
  if (!all) for (const k of filter.kinds) params.append('soort', k);
  if (filter.from) params.set('van', filter.from);
  if (filter.to) params.set('tot', filter.to);

  return params.toString();
};

export const linkRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  /** Reads a dossier's chart, after the per-dossier check (which also writes the access log). */
  const dossierChart = async (req: FastifyRequest<{ Params: { id: string }; Querystring: Query }>, reason: string): Promise<LoadedChart> => {
    const viewer = viewerOf(req);
    if (!viewer) return { ok: false, status: 403 };
    const { id } = req.params;
    if (!isUuid(id) || !(await findDossierRow(ctx, id))) return { ok: false, status: 404 };
    await requireDossierAccess(ctx, req, id, { reason });

    return loadDossierChart(ctx, viewer, { id, query: req.query, lang: req.lang });
  };

  const identifierChart = async (req: FastifyRequest<{ Params: { kind: string; key: string }; Querystring: Query }>, reason: string): Promise<LoadedChart> => {
    const viewer = viewerOf(req);
    if (!viewer) return { ok: false, status: 403 };
    const { kind, key } = req.params;
    if (!isIdentifierKind(kind) || key.length === 0 || key.length > KEY_MAX) return { ok: false, status: 404 };

    return loadIdentifierChart(ctx, viewer, { kind, key, query: req.query, lang: req.lang, reason });
  };

  const page = async (req: FastifyRequest, reply: FastifyReply, loaded: LoadedChart) => {
    if (!loaded.ok) return renderStaffError(req, reply, loaded.status === 403 ? 'forbidden' : 'notFound', loaded.status);
    const { chart } = loaded;
    const hasErrors = Object.keys(chart.errors).length > 0;
    const query = filterQuery(chart.filter, chart.filter.kinds.length === NODE_KINDS.length);

    return render(
      reply,
      <LinkChartPage view={view(req, reply)} title={chart.title} backHref={chart.backHref} basePath={chart.basePath} graph={chart.graph} filter={chart.filter} errors={chart.errors} query={query} />,
      hasErrors ? 400 : 200,
    );
  };

  const data = (reply: FastifyReply, loaded: LoadedChart) => {
    if (!loaded.ok) return reply.code(loaded.status).send({ error: loaded.status === 403 ? 'forbidden' : 'not_found' });
    if (Object.keys(loaded.chart.errors).length > 0) return reply.code(400).send({ error: 'bad_filter', fields: loaded.chart.errors });

    return reply.send(loaded.chart.graph);
  };

  /** A download is a custody event (hash-chained audit) and an 'export' line in the access log: see exportChart. */
  const download = async (req: FastifyRequest, reply: FastifyReply, format: string, loaded: LoadedChart) => {
    if (!isExportFormat(format)) return renderStaffError(req, reply, 'notFound', 404);
    if (!loaded.ok) return renderStaffError(req, reply, loaded.status === 403 ? 'forbidden' : 'notFound', loaded.status);
    if (Object.keys(loaded.chart.errors).length > 0) return renderStaffError(req, reply, 'error', 400);
    const viewer = viewerOf(req);
    if (!viewer) return renderStaffError(req, reply, 'forbidden', 403);
    const file = await exportChart(ctx, { ...viewer, ip: req.ip }, loaded.chart, format, REASON);

    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
  };

  /** Data and downloads refuse a bad filter before any work; only the page re-renders with the typed values. */
  const badFilter = (query: Query) => Object.keys(parseGraphFilter(query).errors).length > 0;
  const refuse = (reply: FastifyReply) => reply.code(400).send({ error: 'bad_filter' });

  type DossierReq = { Params: { id: string }; Querystring: Query };
  type IdentifierReq = { Params: { kind: string; key: string }; Querystring: Query };
  type ExportDossierReq = { Params: { id: string; format: string }; Querystring: Query };
  type ExportIdentifierReq = { Params: { kind: string; key: string; format: string }; Querystring: Query };

  app.get<DossierReq>('/dossiers/:id/verbanden', { config: access }, async (req, reply) => page(req, reply, await dossierChart(req, REASON)));
  app.get<DossierReq>('/dossiers/:id/verbanden/data', { config: access }, async (req, reply) =>
    badFilter(req.query) ? refuse(reply) : data(reply, await dossierChart(req, REASON)),
  );
  app.get<ExportDossierReq>('/dossiers/:id/verbanden/export/:format', { config: access }, async (req, reply) =>
    badFilter(req.query) ? renderStaffError(req, reply, 'error', 400) : download(req, reply, req.params.format, await dossierChart(req, `${REASON} export`)),
  );

  app.get<IdentifierReq>('/identificatoren/:kind/:key/verbanden', { config: access }, async (req, reply) => page(req, reply, await identifierChart(req, REASON)));
  app.get<IdentifierReq>('/identificatoren/:kind/:key/verbanden/data', { config: access }, async (req, reply) =>
    badFilter(req.query) ? refuse(reply) : data(reply, await identifierChart(req, REASON)),
  );
  app.get<ExportIdentifierReq>('/identificatoren/:kind/:key/verbanden/export/:format', { config: access }, async (req, reply) =>
    badFilter(req.query) ? renderStaffError(req, reply, 'error', 400) : download(req, reply, req.params.format, await identifierChart(req, `${REASON} export`)),
  );

  /** Expand one node: its neighbours as JSON, only for a node the viewer may open; every expand is logged. */
  app.get<{ Querystring: Query }>('/verbanden/knoop', { config: access }, async (req, reply) => {
    const viewer = viewerOf(req);
    if (!viewer) return reply.code(403).send({ error: 'forbidden' });
    const id = typeof req.query.id === 'string' ? req.query.id : '';
    const { filter, errors } = parseGraphFilter(req.query);
    if (!id || id.length > 300 || Object.keys(errors).length > 0) return reply.code(400).send({ error: 'bad_request' });
    const result = await expandNodeForViewer(ctx, viewer, { nodeId: id, window: filter.window, reason: `${REASON} expand` });
    if (!result.ok) return reply.code(result.reason === 'forbidden' ? 403 : 404).send({ error: result.reason });

    return reply.send(result.graph);
  });

  // No data in it: the same script for everyone, so it is served like the stylesheet.
  app.get('/assets/links-chart.js', { config: { access: 'anyone' } }, async (req, reply) => {
    const bundle = await linksChartBundle();
    if (req.headers['if-none-match'] === bundle.etag) return reply.code(304).send();

    return reply.type('text/javascript; charset=utf-8').header('etag', bundle.etag).header('cache-control', 'public, max-age=3600').send(bundle.body);
  });
};
