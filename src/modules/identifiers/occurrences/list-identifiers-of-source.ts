import type { Db } from '../../../db/client.ts';
import { selectIdentifiersOfSource } from '../queries.ts';
import type { SourceRef } from '../sources.ts';

export type IdentifierElsewhere = {
  id: number;
  kind: string;
  key: string;
  display: string;
  /** Occurrences in other sources, per source type; empty when seen nowhere else. */
  elsewhere: Array<{ sourceType: string; count: number }>;
  totalElsewhere: number;
  lastSeenElsewhere: Date | null;
};

/**
 * For a report, dossier, ad or person page: each identifier of that source, and how often and where
 * else it was seen. Counts only; the identifier page lists the occurrences within the viewer's access.
 */
export const listIdentifiersOfSource = async (db: Db, source: SourceRef): Promise<IdentifierElsewhere[]> => {
  const rows = await selectIdentifiersOfSource(db, source);
  const byId = new Map<number, IdentifierElsewhere>();
  for (const r of rows) {
    let item = byId.get(r.id);
    if (!item) {
      item = { id: r.id, kind: r.kind, key: r.key, display: r.display, elsewhere: [], totalElsewhere: 0, lastSeenElsewhere: null };
      byId.set(r.id, item);
    }
    if (r.otherType === null || r.count === 0) continue;
    item.elsewhere.push({ sourceType: r.otherType, count: r.count });
    item.totalElsewhere += r.count;
    if (r.lastSeen && (!item.lastSeenElsewhere || r.lastSeen > item.lastSeenElsewhere)) item.lastSeenElsewhere = r.lastSeen;
  }

  return [...byId.values()];
};
