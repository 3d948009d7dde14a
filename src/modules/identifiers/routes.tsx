import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { asForm, field, isUuid } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { renderStaffError } from '../../web/error-page.tsx';
import { pick } from '../../web/i18n.ts';
import { extractIdentifiers } from './extraction/extract-identifiers.ts';
import { openWhereSeen } from './where-seen/open-where-seen.ts';
import { isIdentifierKind } from './identifier-kinds.ts';
import { findIdentifierById } from './reads.ts';
import { identifierHref } from './where-seen/source-access.ts';
import { identifierText } from './texts.ts';
import { IdentifierPage, IdentifierSearchPage } from './views/identifier-pages.tsx';
import { isWatching, listIdentifierAlerts, readIdentifierAlert, watchIdentifier } from './watch-identifier.ts';
import { IDENTIFIER_ROLES } from './access.ts';

const access = { access: IDENTIFIER_ROLES };

const KEY_MAX = 300;

export const identifierRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  /** Search: whatever is typed is run through the extractor, so "O6-l2345678" finds +31612345678. */
  app.get<{ Querystring: { q?: string } }>('/identificatoren', { config: access }, async (req, reply) => {
    const t = pick(identifierText, req.lang);
    const staff = req.staff?.user;
    if (!staff) return renderStaffError(req, reply, 'forbidden', 401);
    const alerts = await listIdentifierAlerts(ctx.db, staff.id, { limit: 50 });
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : undefined;
    if (q === undefined) return render(reply, <IdentifierSearchPage view={view(req, reply)} alerts={alerts} />);
    const error = !q ? t.searchEmpty : q.length > KEY_MAX ? t.searchTooLong : undefined;
    const hit = error ? undefined : extractIdentifiers(q)[0];
    if (!hit) {
      return render(reply, <IdentifierSearchPage view={view(req, reply)} q={q.slice(0, KEY_MAX)} errors={{ q: error ?? t.searchNotRecognised }} alerts={alerts} />, 400);
    }

    return reply.redirect(identifierHref(hit.kind, hit.key), 303);
  });

  app.get<{ Params: { kind: string; key: string } }>('/identificatoren/:kind/:key', { config: access }, async (req, reply) => {
    const staff = req.staff?.user;
    if (!staff) return renderStaffError(req, reply, 'forbidden', 401);
    const { kind, key } = req.params;
    if (!isIdentifierKind(kind) || key.length === 0 || key.length > KEY_MAX) return renderStaffError(req, reply, 'notFound', 404);
    const seen = await openWhereSeen(ctx, staff, { kind, key });
    const watching = seen ? await isWatching(ctx.db, seen.identifier.id, staff.id) : false;

    return render(reply, <IdentifierPage view={view(req, reply)} kind={kind} keyValue={key} seen={seen} watching={watching} />, seen ? 200 : 404);
  });

  app.post('/identificatoren/volgen', { config: access }, async (req, reply) => {
    const staff = req.staff?.user;
    if (!staff) return renderStaffError(req, reply, 'forbidden', 401);
    const body = asForm(req.body);
    const id = Number(field(body, 'id'));
    if (!Number.isSafeInteger(id) || id <= 0) return renderStaffError(req, reply, 'notFound', 404);
    const identifier = await findIdentifierById(ctx, id);
    if (!identifier) return renderStaffError(req, reply, 'notFound', 404);
    await watchIdentifier(ctx.db, { identifierId: id, userId: staff.id, active: field(body, 'active') !== 'nee' });

    return reply.redirect(identifierHref(identifier.kind, identifier.key), 303);
  });

  app.post<{ Params: { alertId: string } }>('/identificatoren/meldingen/:alertId/gelezen', { config: access }, async (req, reply) => {
    const staff = req.staff?.user;
    if (!staff) return renderStaffError(req, reply, 'forbidden', 401);
    if (isUuid(req.params.alertId)) await readIdentifierAlert(ctx.db, req.params.alertId, staff.id);

    return reply.redirect('/identificatoren', 303);
  });
};
