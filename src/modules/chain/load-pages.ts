import type { AppContext } from '../../app/context.ts';
import type { Actor, DossierAccess } from './actor.ts';
import {
  listDossierReferrals,
  listDossierShares,
  listInbox,
  listPartnerOrganisations,
  listSentBy,
  listShareReads,
  listStepsOf,
  markReferrerSeen,
  readRoutingFacts,
} from './queries.ts';
import { adviseRouting } from './routing/advise.ts';
import { selectInboxShares, selectLiveFlags } from './queries/live-shares.ts';
import { REFERRAL_KINDS } from './vocab.ts';
import { amsterdamDay } from './referrals/workflow.ts';

const INBOX_LIMIT = 200;
const ENDED_LIMIT = 20;

/** /keten: a partner's inbox (referrals to their organisation, live shares), or what a staff member referred. */
export const loadInbox = async (ctx: AppContext, actor: Actor) => {
  if (actor.roles.includes('partner') && actor.organisationId) {
    const today = amsterdamDay(ctx.clock.now());
    const referrals = await listInbox(ctx.db, actor.organisationId, INBOX_LIMIT);
    // One query judges every share (queries/live-shares.ts, the mirror of the consent check): only
    // shares whose basis still holds open; the ones that ended are named (their reason, never why
    // they ended), without a link. Opening a share asks canHandOver itself again.
    const all = await selectInboxShares(ctx.db, actor.organisationId, today, INBOX_LIMIT, ENDED_LIMIT);
    const shares = all.filter((s) => s.live);
    const ended = all.filter((s) => !s.live);
    return { kind: 'partner' as const, referrals, shares, ended, today };
  }

  return { kind: 'staff' as const, sent: await listSentBy(ctx.db, actor.id, INBOX_LIMIT), today: amsterdamDay(ctx.clock.now()) };
};

/**
 * The dossier's chain page ("wie doet wat"): shares with their state and who read them, referrals
 * with every step. Opening it marks the referrer's referrals as seen (the start page's "new
 * feedback"), so it is a command; cases' gate has checked and logged the read.
 */
export const openDossierChain = async (ctx: AppContext, access: DossierAccess) => {
  const id = access.dossier.id;
  await markReferrerSeen(ctx.db, id, access.actor.id, ctx.clock.now());
  const today = amsterdamDay(ctx.clock.now());
  // Every share judged in one query (the same test as the inbox), every referral's steps in one more.
  const rows = await listDossierShares(ctx.db, id);
  const live = await selectLiveFlags(ctx.db, rows.map((s) => s.share.id), today);
  const shares = rows.map((s) => ({ ...s, live: live.get(s.share.id) === true }));
  const sent = await listDossierReferrals(ctx.db, id);
  const steps = await listStepsOf(ctx.db, sent.map((r) => r.referral.id));
  const referrals = sent.map((r) => ({ ...r, steps: steps.filter((x) => x.referralId === r.referral.id) }));
  const organisations = await listPartnerOrganisations(ctx.db);
  const facts = await readRoutingFacts(ctx.db, id);

  return {
    dossier: { id, title: access.dossier.title },
    canShare: access.actor.roles.includes('supervisor'),
    shares,
    reads: await listShareReads(ctx.db, id, 200),
    referrals,
    shareTargets: organisations,
    referralTargets: organisations.filter((o) => (REFERRAL_KINDS as readonly string[]).includes(o.kind)),
    // Advice only (never a move): which partner fits, with its reasons.
    advice: adviseRouting(facts),
    hasFacts: facts.criteria.some((c) => c.state !== 'unknown') || facts.risks.some((r) => r.severity !== 'unknown') || facts.victims.length > 0,
    today,
  };
};

export type DossierChain = Awaited<ReturnType<typeof openDossierChain>>;
export type Inbox = Awaited<ReturnType<typeof loadInbox>>;
