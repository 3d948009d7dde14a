import type { Db } from '../../../db/client.ts';
import { alertDossierMatches } from '../alerts/alert-dossier-matches.ts';
import { deriveTemplate, templateText } from './derive-template.ts';
import { groupAds } from './group-ads.ts';
import { joinOperators } from './join-operators.ts';
import { MASK, tokeniseAd, type AdTokens } from './tokenise-ad.ts';
import { addTokens, createTokenStore } from './token-store.ts';
import { computeCrossAdFacts, factsForPhones } from '../indicators/cross-ad-facts.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { rescoreCrossAd, scoreAd } from '../indicators/score-ad.ts';
import { findAdPhones } from '../crawler/extract-ad-identifiers.ts';
import { type NewGroup, replaceGroups, selectAdsForGrouping, updatePlaceNormalised, upsertScores } from '../queries/ads.ts';
import { normalisePlace } from '../places/normalise-place.ts';

/** The first name the grouper masked, as the ad's name for the "many names per phone" indicator. */
const nameOf = (tokens: AdTokens): string | null => {
  const i = tokens.masked.indexOf(MASK.name);
  return i >= 0 ? (tokens.raw[i] as string).replace(/[^\p{L}-]/gu, '') : null;
};

const validDate = (s: string | null): Date | null => {
  const d = s ? new Date(s) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

/**
 * Recomputes template groups over all stored ads (with their templates, cities, phones and time
 * range; groups sharing a phone get one operator key), then rescores every ad with the cross-ad
 * indicators (same phone with many names, in many cities, many ads a week), and alerts dossier owners
 * whose open dossier shares an identifier with an ad or its group.
 */
const refreshPlaces = async (db: Db, rows: Array<{ id: string; placeNormalised: string | null }>, places: Array<string | null>) => {
  const stale = new Map<string | null, string[]>();
  rows.forEach((r, i) => {
    const place = places[i] ?? null;
    if (r.placeNormalised === place) return;
    const list = stale.get(place);
    if (list) list.push(r.id);
    else stale.set(place, [r.id]);
  });
  for (const [place, ids] of stale) await updatePlaceNormalised(db, place, ids);
};

export const regroupAds = async (db: Db): Promise<{ ads: number; groups: number; operators: number; lexiconVersion: string }> => {
  const rows = await selectAdsForGrouping(db);
  // The lexicon in force (saved in the app, else the built-in one), once for the whole rescoring.
  const lexicon = await loadLexicon(db);
  // One spelling per place ("A'dam" = "Amsterdam") for group cities and "same phone in many cities";
  // an unknown place counts as written. Stored values are refreshed here, so a longer place list
  // reaches old ads at the next regrouping (no backfill migration needed).
  const places = rows.map((r) => normalisePlace(r.place));
  await refreshPlaces(db, rows, places);
  const cityOf = (i: number): string | null => places[i] ?? rows[i]?.place?.trim() ?? null;
  const tokens = rows.map((r) => tokeniseAd(r.text));
  const store = createTokenStore(rows.length);
  for (const t of tokens) addTokens(store, t.masked);
  const { labels } = groupAds(store);
  const members = new Map<number, number[]>();
  labels.forEach((root, i) => {
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const multi = [...members.values()].filter((m) => m.length > 1);
  const operators = joinOperators(multi.map((m) => ({ key: rows[m[0] as number]!.id, identifiers: [...new Set(m.flatMap((i) => rows[i]!.phones))] })));
  const groups: NewGroup[] = multi.map((m) => {
    const template = deriveTemplate(m.map((i) => tokens[i] as AdTokens));
    const dates = m.map((i) => rows[i]!.postedAt).filter((d): d is string => !!d).sort();
    return {
      template: template.segments,
      templateText: templateText(template.segments).slice(0, 5000),
      size: m.length,
      operatorKey: operators.get(rows[m[0] as number]!.id) ?? rows[m[0] as number]!.id,
      cities: [...new Set(m.map(cityOf).filter((p): p is string => !!p))].sort(),
      phones: [...new Set(m.flatMap((i) => rows[i]!.phones))].sort(),
      firstPostedAt: dates[0] ?? null,
      lastPostedAt: dates.at(-1) ?? null,
      adIds: m.map((i) => rows[i]!.id),
    };
  });
  await replaceGroups(db, groups);

  const facts = computeCrossAdFacts(
    rows.map((r, i) => ({ phones: r.phones, name: nameOf(tokens[i] as AdTokens), city: cityOf(i), postedAt: validDate(r.postedAt) ?? r.firstSeenAt })),
  );
  const scores = rows.map((r) => {
    const crossAd = factsForPhones(facts, r.phones);
    // A score stored with the lexicon in force (by storeAd, or the last regrouping) already holds the
    // text and phone indicators of this content: only the cross-ad ones are computed again. Otherwise
    // (a new lexicon version, an ad without a score) the ad is read again as storeAd reads it.
    const s =
      r.scoreVersion === lexicon.version && r.scoreFired
        ? rescoreCrossAd({ lexiconVersion: r.scoreVersion, total: 0, fired: r.scoreFired }, crossAd, lexicon)
        : scoreAd({ title: r.title, text: `${r.text}\n${r.contact ?? ''}`, phones: findAdPhones(`${r.title}\n${r.text}\n${r.contact ?? ''}`), crossAd }, lexicon);
    return { adId: r.id, lexiconVersion: s.lexiconVersion, total: s.total, fired: s.fired };
  });
  await upsertScores(db, scores);
  // New groups can join an ad to another ad that carries a dossier's identifier.
  await alertDossierMatches(db, null);

  return { ads: rows.length, groups: groups.length, operators: new Set(groups.map((g) => g.operatorKey)).size, lexiconVersion: lexicon.version };
};
