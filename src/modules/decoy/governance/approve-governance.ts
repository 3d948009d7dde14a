import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_REVIEWERS, type DecoyActor } from '../access.ts';
import { approveGovernanceRow, type GovernanceRow, selectGovernance } from '../queries/governance.ts';

/** A legal reviewer, not the person who recorded it, approves the basis; from then the module is open until its end date. */
export const approveGovernance = async (ctx: AppContext, input: { id: string; reason: string }, actor: DecoyActor): Promise<Result<GovernanceRow>> => {
  if (!hasAccess(DECOY_REVIEWERS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een juridisch toetser keurt de grondslag goed.', en: 'Only a legal reviewer approves the basis.' }));
  const record = await selectGovernance(ctx.db, input.id);
  if (!record) return fail(problem('not_found', { nl: 'Deze vastlegging bestaat niet.', en: 'This record does not exist.' }));
  if (record.recordedBy === actor.id) return fail(problem('four_eyes', { nl: 'U legde dit zelf vast. Een ander moet het goedkeuren (vier ogen).', en: 'You recorded this yourself. Someone else must approve it (four eyes).' }));
  if (input.reason.length === 0) return fail(problem('required', { nl: 'Schrijf kort waarom u goedkeurt.', en: 'Write briefly why you approve.' }, 'reason'));
  const row = await ctx.db.transaction(async (tx) => {
    const approved = await approveGovernanceRow(tx, record.id, { approvedBy: actor.id, approvedAt: ctx.clock.now(), approvalReason: input.reason.slice(0, 2000) });
    if (approved) await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.governance.approve', targetType: 'decoy_governance', targetId: record.id, details: { reason: input.reason } });

    return approved;
  });
  if (!row) return fail(problem('conflict', { nl: 'Deze vastlegging is al goedgekeurd.', en: 'This record is already approved.' }));

  return ok(row);
};
