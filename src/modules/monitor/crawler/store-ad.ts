import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { sha256Hex } from '../../evidence/index.ts';
import { recordOccurrences } from '../../identifiers/index.ts';
import { alertDossierMatches } from '../alerts/alert-dossier-matches.ts';
import type { ExtractedAd } from './extract-ad.ts';
import { extractAdIdentifiers } from './extract-ad-identifiers.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { scoreAd } from '../indicators/score-ad.ts';
import { normalisePlace } from '../places/normalise-place.ts';
import { type AdContent, insertAdWithVersion, selectAdByUrl, touchAd, updateAdWithVersion, upsertScores } from '../queries/ads.ts';

export type StoreAdResult = { adId: string; outcome: 'new' | 'changed' | 'unchanged'; contentHash: string };

/** A hash of what an ad says (not of the raw page, whose markup may change around the same ad). */
export const hashAdContent = (ad: ExtractedAd): string =>
  createHash('sha256')
    .update(JSON.stringify([ad.title, ad.text, ad.place, ad.statedAge, ad.price, ad.postedAt, ad.contact, ad.imageUrls]))
    .digest('hex');

/**
 * Stores one crawled ad. Unchanged (same content hash): only "last seen" moves. Changed: a new
 * version is added and the ad shows the new content. New or changed ads are scored (the cross-ad
 * indicators follow at regrouping) and their identifiers go into the shared index.
 */
export const storeAd = async (
  db: Db,
  // warc: the page's raw exchange as a gzipped WARC, built only for a new or changed version.
  // lexicon: the lexicon in force, loaded once per crawl by the caller; loaded here when not given.
  input: { sourceId: string; url: string; ad: ExtractedAd; at?: Date; warc?: () => Promise<Uint8Array | null>; lexicon?: Lexicon },
): Promise<StoreAdResult> => {
  const at = input.at ?? new Date();
  const contentHash = hashAdContent(input.ad);
  const existing = await selectAdByUrl(db, input.sourceId, input.url);
  if (existing && existing.contentHash === contentHash) {
    await touchAd(db, existing.id, at);
    return { adId: existing.id, outcome: 'unchanged', contentHash };
  }
  const fullText = [input.ad.title, input.ad.text, input.ad.contact ?? ''].join('\n');
  const identifiers = extractAdIdentifiers(fullText);
  const content: AdContent = { ...input.ad, placeNormalised: normalisePlace(input.ad.place), phones: identifiers.phones.map((p) => p.e164), contentHash };
  const score = scoreAd({ title: input.ad.title, text: `${input.ad.text}\n${input.ad.contact ?? ''}`, phones: identifiers.phones }, input.lexicon ?? (await loadLexicon(db)));
  const warcGz = input.warc ? await input.warc() : null;
  const adId = await db.transaction(async (tx) => {
    // The WARC's hash is taken as it is stored, with its version (evidence: hashed at capture).
    const warc = warcGz ? { gz: warcGz, sha256: sha256Hex(warcGz) } : null;
    const id = existing ? existing.id : await insertAdWithVersion(tx, input.sourceId, input.url, content, at, warc);
    if (existing) await updateAdWithVersion(tx, existing, content, at, warc);
    await upsertScores(tx, [{ adId: id, lexiconVersion: score.lexiconVersion, total: score.total, fired: score.fired }]);
    // Into the shared identifier index (which raises alerts for watched identifiers), in the ad's
    // transaction: the ad and its index entries commit together or not at all. The shared extractor
    // reads obfuscated numbers ("nul zes …", "O6 l234 …") itself, so the text is the only field.
    await recordOccurrences(tx, { source: { type: 'ad', id }, field: 'text', text: fullText.slice(0, 20_000), seenAt: at, place: input.ad.place });
    return id;
  });
  // Only now are the ad's identifiers in the index, so only now can it match a dossier.
  await alertDossierMatches(db, [adId]);

  return { adId, outcome: existing ? 'changed' : 'new', contentHash };
};
