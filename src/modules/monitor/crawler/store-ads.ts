import type { Db } from '../../../db/client.ts';
import { sha256Hex } from '../../evidence/index.ts';
import { recordOccurrencesBatch } from '../../identifiers/index.ts';
import { alertDossierMatches } from '../alerts/alert-dossier-matches.ts';
import type { ExtractedAd } from './extract-ad.ts';
import { extractAdIdentifiers } from './extract-ad-identifiers.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { scoreAd } from '../indicators/score-ad.ts';
import { normalisePlace } from '../places/normalise-place.ts';
import { type AdContent, insertAdsWithVersions, selectAdsByUrls, touchAds, updateAdsWithVersions, upsertScores, type VersionWarc } from '../queries/ads.ts';
import type { AdRow } from '../queries/sources.ts';
import { hashAdContent, type StoreAdResult } from './store-ad.ts';

export type StoreAdInput = { url: string; ad: ExtractedAd; at?: Date; warc?: () => Promise<Uint8Array | null> };

/** The text the index reads is cut here, as in storeAd. */
const INDEX_TEXT_LIMIT = 20_000;

type Planned = { index: number; item: StoreAdInput; at: Date; contentHash: string; existing: AdRow | null };

/**
 * Stores one round: every URL at most once. The same steps as storeAd, for all ads at once: one
 * lookup of the URLs, then in one transaction the touches, the new ads with their versions, the
 * changed ones, their scores and their identifiers in the shared index; after it commits, one
 * dossier check for every new or changed ad.
 */
const storeRound = async (db: Db, sourceId: string, planned: Planned[], lexicon: Lexicon, results: StoreAdResult[]) => {
  const found = await selectAdsByUrls(
    db,
    sourceId,
    planned.map((p) => p.item.url),
  );
  const byUrl = new Map(found.map((a) => [a.url, a]));
  for (const p of planned) p.existing = byUrl.get(p.item.url) ?? null;
  const unchanged = planned.filter((p) => p.existing && p.existing.contentHash === p.contentHash);
  const writes = planned.filter((p) => !(p.existing && p.existing.contentHash === p.contentHash));

  // Outside the transaction, as in storeAd: extraction, scoring and the WARC take CPU, not locks.
  const prepared = await Promise.all(
    writes.map(async (p) => {
      const ad = p.item.ad;
      const fullText = [ad.title, ad.text, ad.contact ?? ''].join('\n');
      const identifiers = extractAdIdentifiers(fullText);
      const content: AdContent = { ...ad, placeNormalised: normalisePlace(ad.place), phones: identifiers.phones.map((x) => x.e164), contentHash: p.contentHash };
      const score = scoreAd({ title: ad.title, text: `${ad.text}\n${ad.contact ?? ''}`, phones: identifiers.phones }, lexicon);
      const warcGz = p.item.warc ? await p.item.warc() : null;
      // The WARC's hash is taken as it is stored, with its version (evidence: hashed at capture).
      const warc: VersionWarc = warcGz ? { gz: warcGz, sha256: sha256Hex(warcGz) } : null;
      const indexText = fullText.slice(0, INDEX_TEXT_LIMIT);
      // The extractor's hits of the whole text are the index's hits only when nothing was cut off.
      const hits = indexText.length === fullText.length ? identifiers.indexHits : undefined;
      return { p, content, score, warc, indexText, hits };
    }),
  );

  const ids = await db.transaction(async (tx) => {
    await touchAds(
      tx,
      unchanged.map((p) => ({ id: (p.existing as AdRow).id, at: p.at })),
    );
    const fresh = prepared.filter((w) => !w.p.existing);
    const newIds = await insertAdsWithVersions(
      tx,
      fresh.map((w) => ({ sourceId, url: w.p.item.url, content: w.content, at: w.p.at, warc: w.warc })),
    );
    await updateAdsWithVersions(
      tx,
      prepared.filter((w) => w.p.existing).map((w) => ({ ad: w.p.existing as AdRow, content: w.content, at: w.p.at, warc: w.warc })),
    );
    const idOf = (w: (typeof prepared)[number]) => (w.p.existing ? w.p.existing.id : (newIds.get(`${sourceId}\u0000${w.p.item.url}`) as string));
    await upsertScores(
      tx,
      prepared.map((w) => ({ adId: idOf(w), lexiconVersion: w.score.lexiconVersion, total: w.score.total, fired: w.score.fired })),
    );
    // Into the shared identifier index in the ads' own transaction, as storeAd does.
    await recordOccurrencesBatch(
      tx,
      prepared.map((w) => ({ source: { type: 'ad' as const, id: idOf(w) }, field: 'text', text: w.indexText, hits: w.hits, seenAt: w.p.at, place: w.p.item.ad.place })),
    );
    return prepared.map(idOf);
  });
  // Only now are the ads' identifiers in the index, so only now can they match a dossier.
  await alertDossierMatches(db, ids);

  for (const p of unchanged) results[p.index] = { adId: (p.existing as AdRow).id, outcome: 'unchanged', contentHash: p.contentHash };
  prepared.forEach((w, i) => {
    results[w.p.index] = { adId: ids[i] as string, outcome: w.p.existing ? 'changed' : 'new', contentHash: w.p.contentHash };
  });
};

/**
 * storeAd for a batch of crawled ads of one source (issue 13: about 12 round trips and a
 * transaction per ad made 10,000 pages cost a minute of CPU in node and as much in PostgreSQL).
 * The rows it leaves are the same as storing each ad in turn with storeAd (crawler/store-ads.test.ts
 * compares both). A URL given twice is stored in a later round, as a later storeAd would.
 * Results come in the order of the items.
 */
export const storeAds = async (db: Db, sourceId: string, items: StoreAdInput[], options: { lexicon?: Lexicon } = {}): Promise<StoreAdResult[]> => {
  const results: StoreAdResult[] = new Array(items.length);
  if (items.length === 0) return results;
  const lexicon = options.lexicon ?? (await loadLexicon(db));
  const rounds: Planned[][] = [];
  const roundOf = new Map<string, number>();
  const now = new Date();
  items.forEach((item, index) => {
    const r = roundOf.has(item.url) ? (roundOf.get(item.url) as number) + 1 : 0;
    roundOf.set(item.url, r);
    if (!rounds[r]) rounds[r] = [];
    (rounds[r] as Planned[]).push({ index, item, at: item.at ?? now, contentHash: hashAdContent(item.ad), existing: null });
  });
  for (const round of rounds) await storeRound(db, sourceId, round, lexicon, results);

  return results;
};
