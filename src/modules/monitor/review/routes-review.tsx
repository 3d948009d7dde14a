import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { actorFrom, listChangeableDossiers, requireDossierAccess } from '../../cases/index.ts';
import { activeUser } from '../active-user.ts';
import { selectAd, selectReviewQueue } from '../reads.ts';
import { isDecision, reviewAd } from './review-ad.ts';
import { monitorAdminText } from '../texts.ts';
import { type ReviewForm, ReviewPage } from './views/review-page.tsx';

/** Ads at or above this score go to the review queue (two strong signals, or one plus weaker ones). */
export const REVIEW_THRESHOLD = 2;
// Each queued ad carries its own dossier list (no JavaScript needed), so both stay short: at most
// 25 × 50 options on one page. A decision takes the ad out of the queue and the next one moves up.
const QUEUE_SIZE = 25;
/** The dossier picker lists at most this many (newest first); older ones are rarely the target. */
const DOSSIER_CHOICES = 50;

type Params = { Params: { id: string }; Querystring: { klaar?: string } };

const ACCESS = { config: { access: ['analyst', 'investigator', 'supervisor'] } } as const;

/** The review queue: a person decides per flagged ad (dismiss, relevant, add to a dossier) and says why. */
export const reviewRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const queue = async () =>
    (await selectReviewQueue(ctx, REVIEW_THRESHOLD, QUEUE_SIZE)).map((r) => ({ id: r.id, title: r.title, url: r.url, place: r.place, phones: r.phones, total: r.total, fired: r.fired }));

  app.get<Params>('/monitor/beoordelen', ACCESS, async (req, reply) => {
    const message = req.query.klaar ? pick(monitorAdminText, req.lang).decided : undefined;
    const dossiers = await listChangeableDossiers(ctx.db, actorFrom(req), DOSSIER_CHOICES);
    return render(reply, <ReviewPage view={view(req, reply)} items={await queue()} dossiers={dossiers} threshold={REVIEW_THRESHOLD} queueSize={QUEUE_SIZE} message={message} />);
  });

  app.post<Params>('/monitor/beoordelen/:id', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    const t = pick(monitorAdminText, req.lang).reviewErrors;
    const adId = req.params.id;
    const body = asForm(req.body);
    // The fields carry the ad id in their name (unique ids on a page of many forms); plain names work too.
    const value = (name: string, max: number) => (field(body, `${name}-${adId}`) || field(body, name)).slice(0, max);
    const form: ReviewForm = { adId, decision: value('decision', 20), dossierId: value('dossierId', 100), reason: value('reason', 2100), errors: {} };
    const ad = isUuid(adId) ? await selectAd(ctx, adId) : null;
    if (!ad) form.errors.decision = t.adGone;
    if (!isDecision(form.decision)) form.errors.decision ??= t.decision;
    if (form.reason.length < 3 || form.reason.length > 2000) form.errors.reason = t.reason;
    let dossierId: string | null = null;
    if (form.decision === 'dossier' && !form.errors.decision) {
      if (!form.dossierId) form.errors.dossierId = t.dossierMissing;
      else if (!isUuid(form.dossierId)) form.errors.dossierId = t.dossierNotFound;
      else {
        try {
          // Adding an ad to a dossier changes the dossier: only who may change it (assignee, supervisor).
          dossierId = (await requireDossierAccess(ctx, req, form.dossierId, { write: true })).dossier.id;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          form.errors.dossierId = err.code === 'NOT_FOUND' ? t.dossierNotFound : t.dossierForbidden;
        }
      }
    }
    if (!ad || !isDecision(form.decision) || Object.values(form.errors).some(Boolean)) {
      const dossiers = await listChangeableDossiers(ctx.db, actorFrom(req), DOSSIER_CHOICES);
      return render(reply, <ReviewPage view={view(req, reply)} items={await queue()} dossiers={dossiers} threshold={REVIEW_THRESHOLD} queueSize={QUEUE_SIZE} form={form} />, 400);
    }
    await reviewAd(ctx.db, { adId: ad.id, decision: form.decision, dossierId, reason: form.reason, user: { id: user.id, email: user.email }, ip: req.ip });

    return reply.redirect('/monitor/beoordelen?klaar=1', 303);
  });
};
