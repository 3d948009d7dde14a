import type { AppContext } from '../../../app/context.ts';
import { loadSchedule, type ScheduleLine } from '../load-schedule.ts';
import { DRY_RUN_CAP } from '../run/run-retention.ts';
import { selectHeldDossierIds } from '../queries.ts';

const DAY = 24 * 60 * 60 * 1000;

/** How far ahead the privacy officer looks (issue 19 point 4). */
export const SOON_DAYS = 30;

export type ExpiringLine = {
  line: ScheduleLine;
  /** Past the period already: the next run takes these. */
  now: number;
  /** Passing the period in the next SOON_DAYS days (not counting `now`). */
  soon: number;
  /** A count stopped at the dry run's cap. */
  atLeast: boolean;
  /** Held dossiers the rule would take in that time and skips. */
  held: string[];
  failed: boolean;
};

/**
 * What will go in the next days, per rule, and why: each rule's own dry run, once at today's
 * boundary and once at the boundary SOON_DAYS ahead, so the count is exactly what the rule itself
 * would delete (keeps, holds and all). Counts only; nothing is deleted or read out.
 */
export const loadExpiringSoon = async (ctx: AppContext): Promise<ExpiringLine[]> => {
  const now = ctx.clock.now().getTime();
  const heldDossiers = await selectHeldDossierIds(ctx.db);
  const held = new Set(heldDossiers);
  const isHeld = (id: string) => held.has(id);
  const out: ExpiringLine[] = [];
  for (const line of await loadSchedule(ctx)) {
    const count = (at: number) => line.rule.purge(ctx, { expiredBefore: new Date(at - line.days * DAY), limit: DRY_RUN_CAP, dryRun: true, isHeld, heldDossiers });
    try {
      const today = await count(now);
      const ahead = await count(now + SOON_DAYS * DAY);
      out.push({ line, now: today.count, soon: Math.max(0, ahead.count - today.count), atLeast: ahead.count >= DRY_RUN_CAP, held: [...new Set(ahead.held ?? [])], failed: false });
    } catch (err) {
      ctx.logger.error({ rule: line.rule.key, error: String((err as Error).message).slice(0, 200) }, 'retention forecast failed');
      out.push({ line, now: 0, soon: 0, atLeast: false, held: [], failed: true });
    }
  }

  return out;
};
