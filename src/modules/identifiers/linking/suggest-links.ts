import type { Db } from '../../../db/client.ts';
import { linkHistory, type LinkDecision } from './decide-link.ts';
import { candidatePrefixes, type HandleLikeness, handleLikeness } from './handle-likeness.ts';
import { selectAccountsByPrefixes, selectAccountsOfSource, selectSourcesOfIdentifiers, selectSourcesSharingIdentifiers } from '../queries.ts';
import { isSourceType, type MayOpen, type SourceRef } from '../sources.ts';

/** One near-identical handle: this source's account key, the other's, and why they look alike. */
export type SimilarHandle = { mine: string; theirs: string; why: HandleLikeness };

export type LinkSuggestion = {
  other: SourceRef;
  /** The shared identifiers, as `kind:key`: the reasons shown to the investigator. */
  reasons: string[];
  /** Accounts that only look alike ("lijkt op @x"): a weaker reason, listed after the exact ones. */
  similar: SimilarHandle[];
  /** The latest recorded decision on this pair, if someone already decided. */
  decided: LinkDecision | null;
};

/** Bounds of the look-alike search, per source: a dossier person with many accounts stays cheap. */
export const SIMILAR_LIMITS = { accounts: 20, candidatesPerAccount: 200, sources: 100 } as const;

/**
 * Other sources holding an account that looks like one of this source's accounts. Cost: one query
 * for the source's accounts, one index range query per account (candidatePrefixes), one for the
 * sources of the look-alikes; the comparison itself runs here, on at most a few hundred keys.
 */
const findSimilarHandles = async (db: Db, source: SourceRef, sourceTypes: readonly string[]): Promise<Map<string, SimilarHandle[]>> => {
  const mine = await selectAccountsOfSource(db, source, SIMILAR_LIMITS.accounts);
  const alike = new Map<number, SimilarHandle>();
  const own = new Set(mine.map((m) => m.key));
  for (const account of mine) {
    for (const c of await selectAccountsByPrefixes(db, candidatePrefixes(account.key), SIMILAR_LIMITS.candidatesPerAccount)) {
      if (own.has(c.key) || alike.has(c.id)) continue;
      const why = handleLikeness(account.key, c.key);
      if (why) alike.set(c.id, { mine: account.key, theirs: c.key, why });
    }
  }
  const rows = await selectSourcesOfIdentifiers(db, [...alike.keys()], { sourceTypes, exclude: source, limit: SIMILAR_LIMITS.sources });
  const bySource = new Map<string, SimilarHandle[]>();
  for (const r of rows) {
    const key = `${r.sourceType}\u0000${r.sourceId}`;
    const list = bySource.get(key) ?? [];
    const handle = alike.get(r.identifierId);
    if (handle) list.push(handle);
    bySource.set(key, list);
  }

  return bySource;
};

/**
 * Suggests people (or other sources) that may be the same as, or connected to, this one, because
 * they share identifiers or have near-identical account handles. Only a suggestion with its reasons:
 * a person decides (decide-link.ts) and nothing is merged. Sources sharing an identifier come first;
 * those with only a look-alike handle after them. Sources the viewer may not open are not
 * suggested, only counted.
 */
export const suggestLinks = async (
  db: Db,
  input: { source: SourceRef; mayOpen: MayOpen; sourceTypes?: readonly SourceRef['type'][]; limit?: number },
): Promise<{ suggestions: LinkSuggestion[]; hidden: number }> => {
  const sourceTypes = input.sourceTypes ?? ['dossier_person'];
  const limit = Math.min(input.limit ?? 20, 100);
  const exact = await selectSourcesSharingIdentifiers(db, input.source, { sourceTypes, maxFanOut: 200, limit });
  const similar = await findSimilarHandles(db, input.source, sourceTypes);
  const candidates = new Map<string, { type: string; id: string; reasons: string[]; similar: SimilarHandle[] }>();
  for (const r of exact) candidates.set(`${r.sourceType}\u0000${r.sourceId}`, { type: r.sourceType, id: r.sourceId, reasons: r.reasons.sort(), similar: [] });
  for (const [key, handles] of similar) {
    const [type = '', id = ''] = key.split('\u0000');
    const known = candidates.get(key);
    if (known) known.similar = handles;
    else if (candidates.size < limit) candidates.set(key, { type, id, reasons: [], similar: handles });
  }
  const suggestions: LinkSuggestion[] = [];
  let hidden = 0;
  for (const c of candidates.values()) {
    if (!isSourceType(c.type)) continue;
    const other: SourceRef = { type: c.type, id: c.id };
    if (!(await input.mayOpen(other))) {
      hidden += 1;
      continue;
    }
    // Decisions are kept between subjects; a dossier person's subject id is the part after the '/'.
    const subjectOf = (s: SourceRef) => (s.type === 'dossier_person' ? s.id.split('/')[1] : undefined);
    const a = subjectOf(input.source);
    const b = subjectOf(other);
    const history = a && b ? await linkHistory(db, { type: 'subject', id: a }, { type: 'subject', id: b }) : [];
    suggestions.push({ other, reasons: c.reasons, similar: c.similar, decided: (history[0]?.decision as LinkDecision | undefined) ?? null });
  }

  return { suggestions, hidden };
};
