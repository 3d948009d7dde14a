import type { AppContext } from '../../../app/context.ts';
import type { ConsentPurpose } from '../answers.ts';
import { insertConsents, listConsentHistory } from '../queries.ts';

export type ConsentChoice = { purpose: ConsentPurpose; granted: boolean };

/** The newest choice per purpose (false when none was ever recorded). */
export const currentConsents = async (ctx: AppContext, reportId: string): Promise<Record<ConsentPurpose, boolean>> => {
  const now: Record<ConsentPurpose, boolean> = { police: false, care: false, zvh: false };
  for (const row of await listConsentHistory(ctx.db, reportId)) {
    if (row.purpose in now) now[row.purpose as ConsentPurpose] = row.granted;
  }

  return now;
};

/**
 * Records changed consent choices as new rows. Earlier choices stay (hard rule 3: a withdrawal is
 * recorded, never erased). Unchanged purposes add nothing.
 */
export const changeConsents = async (
  ctx: AppContext,
  input: { reportId: string; choices: ConsentChoice[]; source: 'reporter' | 'staff'; recordedBy: string | null },
): Promise<number> => {
  const now = await currentConsents(ctx, input.reportId);
  const changed = input.choices.filter((c) => now[c.purpose] !== c.granted);
  if (changed.length === 0) return 0;
  await insertConsents(
    ctx.db,
    changed.map((c) => ({ reportId: input.reportId, purpose: c.purpose, granted: c.granted, source: input.source, recordedBy: input.recordedBy })),
  );

  return changed.length;
};
