import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { AppError, notFound } from '../../../app/errors.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { requireDossierAccess } from '../../cases/index.ts';
import { activeUser } from '../active-user.ts';
import { listOwnAlerts } from './list-own-alerts.ts';
import { markAlertRead } from './mark-alert-read.ts';
import { monitorAlertText } from '../texts.ts';
import { type AlertItem, AlertsPage } from './views/alerts-page.tsx';
import { isUuid } from '../../../app/forms.ts';
import { ALERT_ROLES } from '../access.ts';

const ACCESS = { config: { access: ALERT_ROLES } };
const PAGE_SIZE = 200;

type Params = { Params: { id: string }; Querystring: { klaar?: string } };

/**
 * The dossier of an alert is named and linked only when the viewer may open it now (an owner may
 * have been taken off the dossier since). The check is cases' own, which also writes the read of the
 * dossier's title to the access log.
 */
const openableDossiers = async (ctx: AppContext, req: FastifyRequest, ids: string[]) => {
  const open = new Map<string, { title: string; status: string }>();
  for (const id of new Set(ids)) {
    try {
      const access = await requireDossierAccess(ctx, req, id, { reason: 'Online monitor: meldingen' });
      open.set(id, { title: access.dossier.title, status: access.dossier.status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }

  return open;
};

/** The monitor's alerts on dossier matches: each owner sees only their own, and marks them read. */
export const alertRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<Params>('/monitor/meldingen', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    const rows = await listOwnAlerts(ctx, user, PAGE_SIZE);
    const dossiers = await openableDossiers(
      ctx,
      req,
      rows.map((r) => r.dossierId),
    );
    const alerts: AlertItem[] = rows.map((r) => {
      const dossier = dossiers.get(r.dossierId);
      return {
        id: r.id,
        via: r.via,
        createdAt: r.createdAt,
        readAt: r.readAt,
        ad: { id: r.adId, title: r.adTitle, place: r.adPlace },
        identifier: { kind: r.kind, key: r.key, display: r.display },
        dossier: dossier ? { id: r.dossierId, ...dossier } : null,
        operatorKey: r.operatorKey,
      };
    });
    const message = req.query.klaar ? pick(monitorAlertText, req.lang).markedRead : undefined;

    return render(reply, <AlertsPage view={view(req, reply)} alerts={alerts} message={message} />);
  });

  app.post<Params>('/monitor/meldingen/:id/gelezen', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    // Someone else's alert answers exactly as one that does not exist.
    if (!isUuid(req.params.id) || !(await markAlertRead(ctx, { alertId: req.params.id, ownerUserId: user.id })).ok) throw notFound('alert');

    return reply.redirect('/monitor/meldingen?klaar=1', 303);
  });
};
