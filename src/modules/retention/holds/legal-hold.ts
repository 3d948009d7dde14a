import type { AppContext } from '../../../app/context.ts';
import { isUuid } from '../../../app/forms.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { findOpenHold, insertHold, liftHold } from '../queries.ts';

export const HOLD_REASON_LIMIT = 2000;

export type HoldProblem = 'dossier' | 'reason' | 'reviewOn';

type Actor = AuditActor & { userId: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day after today (UTC), at most ten years ahead; otherwise null. */
const reviewDay = (value: string, now: Date): string | null => {
  const m = DAY.exec(value.trim());
  if (!m) return null;
  const at = new Date(`${m[0]}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== m[0]) return null;
  const today = now.toISOString().slice(0, 10);
  if (m[0] <= today || at.getTime() - now.getTime() > 3653 * 86_400_000) return null;

  return m[0];
};

/**
 * A supervisor holds a dossier (handed over to the police, proceedings running): no retention rule
 * deletes it or what follows it until the hold is lifted. The caller has checked the dossier (the
 * dossier gate, write); the hold and its audit event commit together.
 */
export const placeLegalHold = async (
  ctx: AppContext,
  input: { dossierId: string; reason: string; reviewOn: string; actor: Actor },
): Promise<{ ok: true; id: string } | { ok: false; problems: Partial<Record<HoldProblem, true>> }> => {
  const problems: Partial<Record<HoldProblem, true>> = {};
  if (!isUuid(input.dossierId)) problems.dossier = true;
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > HOLD_REASON_LIMIT) problems.reason = true;
  const reviewOn = reviewDay(input.reviewOn, ctx.clock.now());
  if (!reviewOn) problems.reviewOn = true;
  if (Object.keys(problems).length > 0 || !reviewOn) return { ok: false, problems };

  const id = await ctx.db.transaction(async (tx) => {
    const holdId = await insertHold(tx, { dossierId: input.dossierId, reason, reviewOn, placedBy: input.actor.userId, placedAt: ctx.clock.now() });
    await recordAuditEvent(tx, { actor: input.actor, action: 'retention.hold.placed', targetType: 'dossier', targetId: input.dossierId, details: { hold: holdId, reviewOn, reason } });
    return holdId;
  });

  return { ok: true, id };
};

/** Lifts a hold with a reason; the row stays. Null when there is no open hold with that id. */
export const liftLegalHold = async (ctx: AppContext, input: { holdId: string; reason: string; actor: Actor }): Promise<{ ok: true } | { ok: false; kind: 'unknown' | 'reason' }> => {
  if (!isUuid(input.holdId)) return { ok: false, kind: 'unknown' };
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > HOLD_REASON_LIMIT) return { ok: false, kind: 'reason' };
  const hold = await findOpenHold(ctx.db, input.holdId);
  if (!hold) return { ok: false, kind: 'unknown' };

  return ctx.db.transaction(async (tx) => {
    const lifted = await liftHold(tx, hold.id, { liftedBy: input.actor.userId, liftedAt: ctx.clock.now(), liftReason: reason });
    if (lifted.length === 0) return { ok: false, kind: 'unknown' } as const;
    await recordAuditEvent(tx, { actor: input.actor, action: 'retention.hold.lifted', targetType: 'dossier', targetId: hold.dossierId, details: { hold: hold.id, reason } });
    return { ok: true } as const;
  });
};
