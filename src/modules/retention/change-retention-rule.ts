import type { AppContext } from '../../app/context.ts';
import type { RetentionAction } from '../../app/module.ts';
import { type AuditActor, recordAuditEvent } from '../audit/index.ts';
import { allowedActions, findScheduleLine } from './load-schedule.ts';
import { insertSetting, lockNewestVersion } from './queries.ts';

export const MAX_DAYS = 36_500;
export const BASIS_LIMIT = 1000;
export const REASON_LIMIT = 2000;

export type ChangeProblem = 'days' | 'action' | 'legalBasis' | 'reason';

export type ChangeInput = {
  key: string;
  /** The version the form showed: a change made since then is not overwritten (409). */
  basedOn: number;
  days: string;
  action: string;
  legalBasis: string;
  reason: string;
  actor: AuditActor & { userId: string };
};

export type ChangeResult =
  | { ok: true; version: number }
  | { ok: false; kind: 'unknown' }
  | { ok: false; kind: 'stale'; current: number }
  | { ok: false; kind: 'invalid'; problems: Partial<Record<ChangeProblem, true>> };

/**
 * The privacy officer changes one rule of the schedule: a new version with a reason, never an edit
 * of the old one, recorded in the audit chain in the same transaction.
 */
export const changeRetentionRule = async (ctx: AppContext, input: ChangeInput): Promise<ChangeResult> => {
  const line = await findScheduleLine(ctx, input.key);
  if (!line) return { ok: false, kind: 'unknown' };
  const problems: Partial<Record<ChangeProblem, true>> = {};
  const days = /^\d{1,5}$/.test(input.days.trim()) ? Number(input.days.trim()) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems.days = true;
  if (!(allowedActions(line.rule) as string[]).includes(input.action)) problems.action = true;
  const legalBasis = input.legalBasis.trim();
  if (legalBasis.length < 5 || legalBasis.length > BASIS_LIMIT) problems.legalBasis = true;
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > REASON_LIMIT) problems.reason = true;
  if (Object.keys(problems).length > 0) return { ok: false, kind: 'invalid', problems };

  return ctx.db.transaction(async (tx): Promise<ChangeResult> => {
    const current = await lockNewestVersion(tx, input.key);
    if (current !== input.basedOn) return { ok: false, kind: 'stale', current };
    const version = current + 1;
    const action = input.action as RetentionAction;
    await insertSetting(tx, { ruleKey: input.key, version, days, action, legalBasis, reason, changedBy: input.actor.userId, changedAt: ctx.clock.now() });
    await recordAuditEvent(tx, {
      actor: input.actor,
      action: 'retention.rule.changed',
      targetType: 'retention_rule',
      targetId: input.key,
      details: { version, from: { days: line.days, action: line.action, version: line.version }, to: { days, action }, reason },
    });

    return { ok: true, version };
  });
};
