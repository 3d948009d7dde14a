/**
 * Keeps template group ids stable across regroupings, so that a link or an alert pointing at a group
 * still finds it after the next crawl. Each new group takes the id of the old group with which it
 * shares the most ads; each old id goes to at most one new group. Largest overlaps are settled first;
 * ties go to the lower old id, then to the earlier new group, so the same input always gives the same
 * answer. A new group that shares no ad with a free old group gets null: a new id.
 */
export const matchGroups = (oldGroupOfAd: ReadonlyMap<string, string>, groups: ReadonlyArray<{ adIds: readonly string[] }>): Array<string | null> => {
  const pairs: Array<{ group: number; oldId: string; shared: number }> = [];
  groups.forEach((g, group) => {
    const shared = new Map<string, number>();
    for (const adId of g.adIds) {
      const oldId = oldGroupOfAd.get(adId);
      if (oldId) shared.set(oldId, (shared.get(oldId) ?? 0) + 1);
    }
    for (const [oldId, n] of shared) pairs.push({ group, oldId, shared: n });
  });
  pairs.sort((a, b) => b.shared - a.shared || (a.oldId < b.oldId ? -1 : a.oldId > b.oldId ? 1 : 0) || a.group - b.group);
  const kept: Array<string | null> = groups.map(() => null);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (kept[p.group] !== null || taken.has(p.oldId)) continue;
    kept[p.group] = p.oldId;
    taken.add(p.oldId);
  }

  return kept;
};
