import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { dossierGate } from '../../../app/registry.ts';
import { render, view } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { actorOf } from '../../accounts/index.ts';
import type { Role } from '../../accounts/index.ts';
import { liftLegalHold, placeLegalHold } from './legal-hold.ts';
import { readHolds, readOpenHoldDossier } from '../reads.ts';
import { retentionText } from '../texts.ts';
import { type HoldValues, HoldsPage } from '../views/holds-page.tsx';

/** Supervisors place and lift holds; the privacy officer sees them all. */
const HOLD_READERS: readonly Role[] = ['supervisor', 'privacy_officer'];
const HOLD_KEEPERS: readonly Role[] = ['supervisor'];

type IdParams = { Params: { id: string }; Querystring: { klaar?: string } };

export const holdRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const page = async (req: FastifyRequest, reply: FastifyReply, extra: { values?: HoldValues; errors?: FieldErrors; message?: string } = {}, status = 200) => {
    const canPlace = (req.staff?.user.roles ?? []).includes('supervisor');
    return render(reply, <HoldsPage view={view(req, reply)} holds={await readHolds(ctx)} canPlace={canPlace} {...extra} />, status);
  };
  const actor = (req: FastifyRequest) => {
    const user = req.staff?.user;
    if (!user) throw new Error('hold routes need a signed-in user');
    return { ...actorOf(req), userId: user.id };
  };

  app.get<{ Querystring: { klaar?: string } }>('/bewaarplicht', { config: { access: HOLD_READERS } }, async (req, reply) => {
    const t = pick(retentionText, req.lang);
    const message = req.query.klaar === 'vast' ? t.placed : req.query.klaar === 'op' ? t.lifted : undefined;
    return page(req, reply, { message });
  });

  app.post('/bewaarplicht', { config: { access: HOLD_KEEPERS } }, async (req, reply) => {
    const t = pick(retentionText, req.lang);
    const body = asForm(req.body);
    const values: HoldValues = { dossier: field(body, 'dossier').trim().slice(0, 100), reason: field(body, 'reden').slice(0, 2001), reviewOn: field(body, 'bekijken').slice(0, 20) };
    const errors: FieldErrors = {};
    // The dossier check of cases: it must exist and this supervisor may change it (logged as a read).
    if (!isUuid(values.dossier)) errors.dossier = t.holdErrors.dossier;
    else {
      try {
        await dossierGate(ctx, req, values.dossier, { write: true });
      } catch {
        errors.dossier = t.holdErrors.dossier;
      }
    }
    const result = await placeLegalHold(ctx, { dossierId: errors.dossier ? '' : values.dossier, reason: values.reason, reviewOn: values.reviewOn, actor: actor(req) });
    if (result.ok && !errors.dossier) return reply.redirect('/bewaarplicht?klaar=vast', 303);
    if (!result.ok) {
      if (result.problems.reason) errors.reden = t.holdErrors.reason;
      if (result.problems.reviewOn) errors.bekijken = t.holdErrors.reviewOn;
    }
    return page(req, reply, { values, errors }, 400);
  });

  app.post<IdParams>('/bewaarplicht/:id/opheffen', { config: { access: HOLD_KEEPERS } }, async (req, reply) => {
    const t = pick(retentionText, req.lang);
    const dossierId = isUuid(req.params.id) ? await readOpenHoldDossier(ctx, req.params.id) : null;
    if (!dossierId) return reply.callNotFound();
    await dossierGate(ctx, req, dossierId, { write: true });
    const result = await liftLegalHold(ctx, { holdId: req.params.id, reason: field(asForm(req.body), 'reden').slice(0, 2001), actor: actor(req) });
    if (result.ok) return reply.redirect('/bewaarplicht?klaar=op', 303);
    if (result.kind === 'unknown') return reply.callNotFound();
    return page(req, reply, { errors: { 'opheffen-0': t.holdErrors.liftReason } }, 400);
  });
};
