import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, DECOY_REVIEWERS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { type ProfileRow, selectProfile, updateProfile } from '../queries/profiles.ts';
import { selectScriptVersion } from '../queries/scripts.ts';

/** draft → approved (legal sign-off, not the author) → live ⇄ paused → ended. */
const STEPS = {
  approve: { from: ['draft'], to: 'approved', roles: DECOY_REVIEWERS },
  live: { from: ['approved', 'paused'], to: 'live', roles: DECOY_OPERATORS },
  pause: { from: ['live'], to: 'paused', roles: DECOY_OPERATORS },
  end: { from: ['approved', 'live', 'paused'], to: 'ended', roles: DECOY_OPERATORS },
} as const;
export type ProfileStep = keyof typeof STEPS;
export const isProfileStep = (v: string): v is ProfileStep => Object.hasOwn(STEPS, v);

export const changeProfileStatus = async (ctx: AppContext, input: { id: string; step: ProfileStep; reason: string }, actor: DecoyActor): Promise<Result<ProfileRow>> => {
  const step = STEPS[input.step];
  if (!hasAccess(step.roles, actor.roles)) return fail(problem('forbidden', { nl: 'Dit mag uw rol niet.', en: 'Your role may not do this.' }));
  const profile = await selectProfile(ctx.db, input.id);
  if (!profile) return fail(problem('not_found', { nl: 'Dit profiel bestaat niet.', en: 'This profile does not exist.' }));
  if (!(step.from as readonly string[]).includes(profile.status)) return fail(problem('conflict', { nl: 'Dat kan niet in de huidige status van het profiel.', en: 'That is not possible in the profile’s current status.' }));
  if (input.step === 'approve' && profile.createdBy === actor.id) {
    return fail(problem('four_eyes', { nl: 'U maakte dit profiel zelf. Een ander moet het goedkeuren (vier ogen).', en: 'You created this profile yourself. Someone else must approve it (four eyes).' }));
  }
  if (input.step === 'approve' && input.reason.length === 0) return fail(problem('required', { nl: 'Schrijf de reden van de juridische goedkeuring.', en: 'Write the reason for the legal approval.' }, 'reason'));
  if (input.step === 'live') {
    if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
    const script = await selectScriptVersion(ctx.db, profile.adScriptVersionId);
    if (!script?.approvedAt || script.retiredAt) return fail(problem('not_approved', { nl: 'De advertentietekst is niet meer goedgekeurd. Maak een nieuw profiel met de nieuwe versie.', en: 'The ad text is no longer approved. Create a new profile with the new version.' }));
  }
  const now = ctx.clock.now();
  const set =
    input.step === 'approve'
      ? { status: step.to, approvedBy: actor.id, approvedAt: now, approvalReason: input.reason.slice(0, 2000) }
      : input.step === 'live'
        ? { status: step.to, liveFrom: profile.liveFrom ?? now, statusReason: null }
        : input.step === 'end'
          ? { status: step.to, endedAt: now, statusReason: input.reason.slice(0, 2000) || null }
          : { status: step.to, statusReason: input.reason.slice(0, 2000) || null };
  const row = await ctx.db.transaction(async (tx) => {
    const changed = await updateProfile(tx, profile.id, step.from, set);
    if (changed) await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: `decoy.profile.${input.step}`, targetType: 'decoy_profile', targetId: profile.id, details: { from: profile.status, to: step.to, reason: input.reason } });

    return changed;
  });
  if (!row) return fail(problem('conflict', { nl: 'Iemand anders veranderde het profiel net. Bekijk het opnieuw.', en: 'Someone else just changed the profile. Look again.' }));

  return ok(row);
};
