import type { Db } from '../../db/client.ts';
import { findIdentifierById, findWatch, listAlertsOfOwner, markAlertRead, upsertWatch } from './queries.ts';

/**
 * Starts (or stops) a watch: from then on every new occurrence of the identifier, anywhere, raises an
 * alert for this user (see recordOccurrences). Watching twice is one watch.
 */
export const watchIdentifier = async (db: Db, input: { identifierId: number; userId: string; active?: boolean }) => {
  const identifier = await findIdentifierById(db, input.identifierId);
  if (!identifier) return { ok: false as const, reason: 'not_found' as const };
  const watch = await upsertWatch(db, identifier.id, input.userId, input.active ?? true);

  return { ok: true as const, watch };
};

export const isWatching = async (db: Db, identifierId: number, userId: string): Promise<boolean> =>
  (await findWatch(db, identifierId, userId))?.active === true;

/** The user's own alerts, newest first. */
export const listIdentifierAlerts = (db: Db, userId: string, options: { unreadOnly?: boolean; limit?: number } = {}) =>
  listAlertsOfOwner(db, userId, { unreadOnly: options.unreadOnly ?? false, limit: Math.min(options.limit ?? 50, 200) });

/** Only the owner can mark their alert read. */
export const readIdentifierAlert = (db: Db, alertId: string, userId: string) => markAlertRead(db, alertId, userId);
