import type { AppContext } from '../../app/context.ts';
import type { DemoOptions } from '../../app/module.ts';
import { createUser, findDemoUser } from '../accounts/index.ts';
import type { Actor, DossierAccess } from './actor.ts';
import { DEMO_PARTNERS, DEMO_REFERRALS, DEMO_SHARES, type DemoStep } from './demo-story.ts';
import { addDays, type FormOutcome } from './form.ts';
import { countDossierReferrals, findDossierByTitle, findOrganisationByName, findUserByEmail, listDossierReferrals, listDossierShares } from './queries.ts';
import { acceptReferral, declineReferral, openReferral, reportBack } from './referrals/answer-referral.ts';
import { referDossier } from './referrals/refer-dossier.ts';
import { amsterdamDay } from './referrals/workflow.ts';
import { shareDossier } from './sharing/share-dossier.ts';

const DEMO_ACTOR = { userId: null, label: 'demo' };

const must = (what: string, outcome: FormOutcome) => {
  if (!outcome.ok) throw new Error(`chain demo ${what}: ${outcome.message ?? JSON.stringify(outcome.errors)}`);
};

/** The partner users of the chain demo, made once (a one-time password, shown only with --show-passwords). */
const ensurePartners = async (ctx: AppContext, options: DemoOptions): Promise<Map<string, Actor>> => {
  const byOrganisation = new Map<string, Actor>();
  for (const p of DEMO_PARTNERS) {
    const org = await findOrganisationByName(ctx.db, p.organisation);
    if (!org) throw new Error(`chain demo: organisation ${p.organisation} missing: run the accounts demo first`);
    let user = await findUserByEmail(ctx.db, p.email);
    if (!user) {
      const made = await createUser(ctx, { email: p.email, name: p.name, roles: ['partner'], organisationId: org.id }, DEMO_ACTOR);
      if (!made.ok) throw new Error(`chain demo user ${p.email}: ${made.problem}`);
      user = { id: made.user.id, name: made.user.name, roles: made.user.roles, organisationId: made.user.organisationId };
      options.print(options.showPasswords ? `  ${p.email.padEnd(40)} ${made.oneTimePassword}  (created, one-time)` : `  ${p.email.padEnd(40)} (created)`);
    }
    byOrganisation.set(p.organisation, { id: user.id, name: user.name, roles: user.roles, organisationId: user.organisationId, ip: null });
  }

  return byOrganisation;
};

const accessAs = async (ctx: AppContext, title: string, actor: Actor): Promise<DossierAccess | null> => {
  const dossier = await findDossierByTitle(ctx.db, title);
  if (!dossier) return null;
  return { dossier, actor, via: actor.roles.includes('supervisor') ? 'supervisor' : 'assignee', scope: 'full', canEdit: true } as DossierAccess;
};

const takeStep = async (ctx: AppContext, partner: Actor, id: string, step: DemoStep) => {
  const today = amsterdamDay(ctx.clock.now());
  if (step.kind === 'open') await openReferral(ctx, partner, id);
  else if (step.kind === 'accept') must('accept', await acceptReferral(ctx, partner, id, { eigenaar: step.owner }, 'nl'));
  else if (step.kind === 'decline') must('decline', await declineReferral(ctx, partner, id, { reden: step.reason }, 'nl'));
  else must(`feedback ${step.step}`, await reportBack(ctx, partner, id, { stap: step.step, datum: today, toelichting: step.note }, 'nl'));
};

/**
 * `vangnet demo` for the chain: partner users at the demo ZVH and care provider, referrals from the
 * cases demo's dossiers in several states (waiting, seen and declined, accepted with feedback up to
 * care started) and two shares — each through the chain's own commands, on the consents the demo
 * reports carry. Runs after the cases demo (MODULES order); a dossier that has referrals already is
 * left alone, so a second run adds nothing. All fictitious.
 */
export const loadChainDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const partners = await ensurePartners(ctx, options);
  const investigator = await findDemoUser(ctx, 'investigator');
  const supervisor = await findDemoUser(ctx, 'supervisor');
  const asActor = (u: typeof investigator): Actor => ({ id: u.id, name: u.name, roles: [...u.roles], organisationId: u.organisationId, ip: null });
  // A dossier that had referrals before this run is left alone (the second run adds nothing).
  const skip = new Set<string>();
  for (const title of new Set(DEMO_REFERRALS.map((r) => r.dossier))) {
    const found = await findDossierByTitle(ctx.db, title);
    if (!found) throw new Error(`chain demo: dossier ${title} missing: run the cases demo first`);
    if ((await countDossierReferrals(ctx.db, found.id)) > 0) skip.add(title);
  }
  let referrals = 0;
  let shares = 0;
  for (const r of DEMO_REFERRALS) {
    if (skip.has(r.dossier)) continue;
    const access = (await accessAs(ctx, r.dossier, asActor(investigator)))!;
    const org = await findOrganisationByName(ctx.db, r.partner);
    if (!org) throw new Error(`chain demo: organisation ${r.partner} missing`);
    must('referral', await referDossier(ctx, access, { partner: org.id, vraag: r.question }, 'nl'));
    referrals += 1;
    const row = (await listDossierReferrals(ctx.db, access.dossier.id)).find((x) => x.referral.organisationId === org.id && x.referral.question === r.question);
    const partner = partners.get(r.partner);
    if (!row || (r.steps.length > 0 && !partner)) throw new Error(`chain demo: referral to ${r.partner} not found`);
    for (const step of r.steps) await takeStep(ctx, partner!, row.referral.id, step);
  }
  for (const s of DEMO_SHARES) {
    const access = await accessAs(ctx, s.dossier, asActor(supervisor));
    const org = await findOrganisationByName(ctx.db, s.partner);
    if (!access || !org) throw new Error(`chain demo: share of ${s.dossier} with ${s.partner} has no dossier or organisation`);
    if ((await listDossierShares(ctx.db, access.dossier.id)).some((x) => x.share.organisationId === org.id)) continue;
    const endsOn = addDays(amsterdamDay(ctx.clock.now()), s.days);
    must('share', await shareDossier(ctx, access, { organisatie: org.id, doel: s.reason, onderdelen: [...s.sections], einddatum: endsOn }, 'nl'));
    shares += 1;
  }
  options.print(`Demo chain: ${referrals} referrals (waiting, declined, accepted with feedback) and ${shares} shares added (all fictitious; partners demo-partner-zvh@ and demo-partner-zorg@vangnet.test).`);
};
