import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { forbidden } from '../../app/errors.ts';
import { asForm } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { actorFrom, requireDossierAccess } from '../cases/index.ts';
import { DOSSIER_STAFF, INBOX_ROLES, PARTNER_ROLES } from './access.ts';
import type { Actor } from './actor.ts';
import { acceptReferral, declineReferral, openReferral, reportBack } from './referrals/answer-referral.ts';
import type { FormOutcome } from './form.ts';
import { loadInbox, openDossierChain } from './load-pages.ts';
import { openSharedDossier } from './sharing/open-shared-dossier.ts';
import { referDossier } from './referrals/refer-dossier.ts';
import { shareDossier, stopShare } from './sharing/share-dossier.ts';
import { DossierChainPage } from './views/dossier-chain-page.tsx';
import { InboxPage } from './views/inbox-page.tsx';
import { ReferralPage } from './views/referral-page.tsx';
import { EndedPage, SharedPage } from './views/shared-page.tsx';

type Id = { Params: { id: string } };
type Item = { Params: { id: string; item: string } };

/** The chain (issue 16): the partner's inbox, referrals with their steps, sharing section by section. */
export const chainRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const partner = { config: { access: PARTNER_ROLES } };
  const staff = { config: { access: DOSSIER_STAFF } };

  app.get('/keten', { config: { access: INBOX_ROLES } }, async (req, reply) => {
    const data = await loadInbox(ctx, actorFrom(req));
    return render(reply, <InboxPage view={view(req, reply)} data={data} />);
  });

  // The partner side: a referral to their organisation, and what was shared with it.
  const referralPage = async (req: FastifyRequest<Id>, reply: FastifyReply, actor: Actor, outcome?: Extract<FormOutcome, { ok: false }>) => {
    const data = await openReferral(ctx, actor, req.params.id);
    return render(reply, <ReferralPage view={view(req, reply)} data={data} failed={outcome} />, outcome?.status ?? 200);
  };
  app.get<Id>('/keten/verwijzingen/:id', partner, async (req, reply) => referralPage(req, reply, actorFrom(req)));
  const answer = (path: string, command: typeof acceptReferral) =>
    app.post<Id>(`/keten/verwijzingen/:id/${path}`, partner, async (req, reply) => {
      const actor = actorFrom(req);
      const outcome = await command(ctx, actor, req.params.id, asForm(req.body), req.lang);
      if (outcome.ok) return reply.redirect(outcome.redirect, 303);
      return referralPage(req, reply, actor, outcome);
    });
  answer('aannemen', acceptReferral);
  answer('afwijzen', declineReferral);
  answer('terugkoppeling', reportBack);

  app.get<Id>('/keten/gedeeld/:id', partner, async (req, reply) => {
    const opened = await openSharedDossier(ctx, actorFrom(req), req.params.id);
    // Ended: say so, never why (a withdrawn consent is the dossier's business).
    if (opened.state === 'ended') return render(reply, <EndedPage view={view(req, reply)} />, 410);
    return render(reply, <SharedPage view={view(req, reply)} data={opened.dossier} />);
  });

  // The meldpunt side: a dossier's chain page; cases' gate decides who may open the dossier and logs it.
  const chainPage = async (req: FastifyRequest<Id>, reply: FastifyReply, outcome?: Extract<FormOutcome, { ok: false }>) => {
    // Read access, logged by cases' gate; only those who may change the dossier work on its chain.
    const access = await requireDossierAccess(ctx, req, req.params.id, { reason: 'keten' });
    if (!access.canEdit) throw forbidden('chain');
    const data = await openDossierChain(ctx, access);
    return render(reply, <DossierChainPage view={view(req, reply)} data={data} failed={outcome} />, outcome?.status ?? 200);
  };
  app.get<Id>('/keten/dossiers/:id', staff, async (req, reply) => chainPage(req, reply));
  app.post<Id>('/keten/dossiers/:id/delen', staff, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const outcome = await shareDossier(ctx, access, asForm(req.body), req.lang);
    return outcome.ok ? reply.redirect(outcome.redirect, 303) : chainPage(req, reply, outcome);
  });
  app.post<Item>('/keten/dossiers/:id/delen/:item/stoppen', staff, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const stopped = await stopShare(ctx, access, req.params.item);
    if (!stopped && !access.actor.roles.includes('supervisor')) throw forbidden('only supervisors stop a share');
    return reply.redirect(`/keten/dossiers/${access.dossier.id}#delen`, 303);
  });
  app.post<Id>('/keten/dossiers/:id/verwijzingen', staff, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const outcome = await referDossier(ctx, access, asForm(req.body), req.lang);
    return outcome.ok ? reply.redirect(outcome.redirect, 303) : chainPage(req, reply, outcome);
  });
};
