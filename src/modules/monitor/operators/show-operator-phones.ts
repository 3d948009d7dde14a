import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { findWhereSeen, countSourcesBySourceType, type SeenElsewhere, WHERE_ELSE_LIMITS, viewerMayOpen } from '../../identifiers/index.ts';

type Viewer = { id: string; name: string; roles: readonly string[] };

/**
 * "Where else seen" for the phone numbers of an operator, in the identifiers module's own shape so
 * its view (WhereElseSeenLinks) shows them: counts per kind of source, the newest sources linked only
 * where the viewer may open them, a report's place never shown. The counts include this operator's
 * own ads: an operator is many sources, not one to leave out. Each number shown is an identifier
 * read, so each is written to the access log.
 */
export const showOperatorPhones = async (ctx: AppContext, input: { phones: string[]; viewer: Viewer; operatorKey: string }): Promise<SeenElsewhere[]> => {
  const mayOpen = viewerMayOpen(ctx, input.viewer);
  const items: SeenElsewhere[] = [];
  for (const phone of input.phones) {
    const item: SeenElsewhere = { kind: 'phone', key: phone, display: phone, sources: [], occurrences: [], unlisted: 0, firstSeen: null, lastSeen: null, places: [] };
    const seen = await findWhereSeen(ctx.db, { kind: 'phone', key: phone, mayOpen, limit: WHERE_ELSE_LIMITS.occurrencesEach });
    if (seen) {
      item.display = seen.identifier.display;
      item.sources = await countSourcesBySourceType(ctx.db, seen.identifier.id);
      const once = new Set<string>();
      item.occurrences = seen.occurrences
        .filter((o) => {
          const key = o.source ? `${o.source.type}\u0000${o.source.id}` : `${o.sourceType}\u0000${o.seenAt.getTime()}`;
          if (once.has(key)) return false;
          once.add(key);
          return true;
        })
        .map((o) => (o.sourceType === 'report' ? { ...o, place: null } : o));
      item.unlisted = Math.max(0, item.sources.reduce((n, s) => n + s.count, 0) - item.occurrences.length);
      item.firstSeen = seen.firstSeen;
      item.lastSeen = seen.lastSeen;
      item.places = seen.places.slice(0, WHERE_ELSE_LIMITS.places);
    }
    await logAccess(ctx.db, { user: input.viewer, recordType: 'identifier', recordId: `phone:${phone}`, action: 'view', reason: `operator:${input.operatorKey}` });
    items.push(item);
  }

  return items;
};
