import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { findWhereSeen, type SeenOccurrence } from './find-where-seen.ts';
import { isIdentifierKind } from '../identifier-kinds.ts';
import { listIdentifiersOfSource } from '../occurrences/list-identifiers-of-source.ts';
import { countSourcesBySourceType } from '../queries.ts';
import { type Viewer, viewerMayOpen } from './source-access.ts';
import type { MayOpen, SourceRef } from '../sources.ts';

export type SeenElsewhere = {
  kind: string;
  key: string;
  display: string;
  /** Other sources per type, each source counted once however many of its fields name the identifier. */
  sources: Array<{ sourceType: string; count: number }>;
  /** The newest other sources, one line per source; `source` is null where the viewer may not open it. */
  occurrences: SeenOccurrence[];
  /** Other sources beyond those listed. */
  unlisted: number;
  /** First and last time seen in another source; null when seen nowhere else. */
  firstSeen: Date | null;
  lastSeen: Date | null;
  /** The most frequent places of the other sources (never those of reports: see placeCountsSql). */
  places: Array<{ place: string; count: number }>;
};

/** A report with hundreds of numbers still makes a page of bounded size and cost. */
export const WHERE_ELSE_LIMITS = { identifiers: 50, occurrencesEach: 10, places: 5 } as const;

/** One line per source: a source naming the identifier in two fields is still one place it was seen. */
const onePerSource = (occurrences: SeenOccurrence[]): SeenOccurrence[] => {
  const seen = new Set<string>();

  return occurrences.filter((o) => {
    // A hidden source has no id to tell it apart; its kind and time stand in for it.
    const key = o.source ? `${o.source.type}\u0000${o.source.id}` : `${o.sourceType}\u0000${o.seenAt.getTime()}`;
    if (seen.has(key)) return false;
    seen.add(key);

    return true;
  });
};

/**
 * For a source page (a report, later an ad or a person): each identifier of the source, where else
 * it was seen, the other sources linked only when the viewer may open them (the same rule as the
 * identifier page). Each identifier shown is an identifier read, so each is written to the access log.
 */
export const showWhereElseSeen = async (
  ctx: AppContext,
  input: {
    source: SourceRef;
    viewer: Viewer & { name: string };
    /** At most this many identifiers (a page showing several sources shares one budget). */
    limit?: number;
    /** The viewer's access rule, when the caller asks for several sources on one page. */
    mayOpen?: MayOpen;
  },
): Promise<{ items: SeenElsewhere[]; more: number }> => {
  const all = await listIdentifiersOfSource(ctx.db, input.source);
  const limit = Math.max(0, Math.min(input.limit ?? WHERE_ELSE_LIMITS.identifiers, WHERE_ELSE_LIMITS.identifiers));
  // Many identifiers of one report tend to share the same other sources: ask about each source once.
  const rule = input.mayOpen ?? viewerMayOpen(ctx, input.viewer);
  const answers = new Map<string, Promise<boolean>>();
  const mayOpen = (source: SourceRef) => {
    const key = `${source.type}\u0000${source.id}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = Promise.resolve(rule(source));
      answers.set(key, answer);
    }

    return answer;
  };
  const items: SeenElsewhere[] = [];
  for (const i of all.slice(0, limit)) {
    if (!isIdentifierKind(i.kind)) continue;
    const item: SeenElsewhere = { kind: i.kind, key: i.key, display: i.display, sources: [], occurrences: [], unlisted: 0, firstSeen: null, lastSeen: null, places: [] };
    if (i.totalElsewhere > 0) {
      const seen = await findWhereSeen(ctx.db, { kind: i.kind, key: i.key, mayOpen, exclude: input.source, limit: WHERE_ELSE_LIMITS.occurrencesEach });
      if (seen) {
        item.sources = await countSourcesBySourceType(ctx.db, seen.identifier.id, input.source);
        // A report's place is the reporter's own words: it is read on the report page (whose every
        // read is logged), not on each page that shares a number with it.
        item.occurrences = onePerSource(seen.occurrences).map((o) => (o.sourceType === 'report' ? { ...o, place: null } : o));
        item.unlisted = Math.max(0, item.sources.reduce((n, s) => n + s.count, 0) - item.occurrences.length);
        item.firstSeen = seen.firstSeen;
        item.lastSeen = seen.lastSeen;
        item.places = seen.places.slice(0, WHERE_ELSE_LIMITS.places);
      }
    }
    await logAccess(ctx.db, { user: input.viewer, recordType: 'identifier', recordId: `${i.kind}:${i.key}`, action: 'view', reason: `${input.source.type}:${input.source.id}` });
    items.push(item);
  }

  return { items, more: Math.max(0, all.length - limit) };
};
