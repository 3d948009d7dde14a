import type { AppContext } from '../../app/context.ts';
import type { RetentionAction, RetentionRule } from '../../app/module.ts';
import { retentionRules } from '../../app/registry.ts';
import { selectCurrentSettings } from './queries.ts';

/** One line of the schedule: the module's rule with what is in force now (the defaults until changed). */
export type ScheduleLine = {
  module: string;
  rule: RetentionRule;
  /** 0 = the module's defaults; N = the privacy officer's N-th change. */
  version: number;
  days: number;
  action: RetentionAction;
  /** The basis in force: the module's text (both languages) until the privacy officer writes one. */
  legalBasis: { nl: string; en: string };
  changedAt: Date | null;
};

export const ACTIONS: readonly RetentionAction[] = ['delete', 'anonymise', 'review'];

/**
 * What the privacy officer may choose for a rule: what its module can do at the end of the period,
 * or to have a person look first (review). A module that only deletes cannot anonymise.
 */
export const allowedActions = (rule: RetentionRule): RetentionAction[] => (rule.action === 'review' ? ['review'] : [rule.action, 'review']);

export const loadSchedule = async (ctx: AppContext): Promise<ScheduleLine[]> => {
  const settings = new Map((await selectCurrentSettings(ctx.db)).map((s) => [s.ruleKey, s]));

  return retentionRules().map(({ module, rule }) => {
    const s = settings.get(rule.key);
    if (!s) return { module, rule, version: 0, days: rule.defaultDays, action: rule.action, legalBasis: rule.legalBasis, changedAt: null };
    const action = (allowedActions(rule) as string[]).includes(s.action) ? (s.action as RetentionAction) : rule.action;

    return { module, rule, version: s.version, days: s.days, action, legalBasis: { nl: s.legalBasis, en: s.legalBasis }, changedAt: s.changedAt };
  });
};

export const findScheduleLine = async (ctx: AppContext, key: string): Promise<ScheduleLine | null> => (await loadSchedule(ctx)).find((l) => l.rule.key === key) ?? null;
