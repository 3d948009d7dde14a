/**
 * Which report drafts began on a campaign landing path, kept in this process's memory only — no
 * cookie, no database row — so that a sent report can be counted for its path. Lost on restart (a
 * report then simply is not counted as sent); bounded, and an entry goes once its report is sent or
 * after a day.
 */
const MAX = 10_000;
const DAY_MS = 24 * 3600 * 1000;
const flags = new Map<string, { code: string; at: number }>();

export const flagDraft = (draftId: string, code: string, now: number) => {
  if (flags.size >= MAX) {
    const oldest = flags.keys().next().value;
    if (oldest !== undefined) flags.delete(oldest);
  }
  flags.set(draftId, { code, at: now });
};

/** The landing path a draft began on, removed from memory as it is read. */
export const takeFlag = (draftId: string, now: number): string | undefined => {
  const flag = flags.get(draftId);
  if (!flag) return undefined;
  flags.delete(draftId);

  return now - flag.at <= DAY_MS ? flag.code : undefined;
};
