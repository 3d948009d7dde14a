import { listHref } from './parse-list-query.ts';

// The ads list's filters travel to an ad page and back as ?terug=<the list's query string>.
// Only the query of /monitor is carried, never a path or an address: the way back is rebuilt here
// from known keys, so a crafted ?terug= can never lead anywhere but /monitor (no open redirect).

const LIST_PATH = '/monitor';
const KEYS = ['plaats', 'minscore', 'signaal', 'bron', 'pagina'] as const;
const MAX_QUERY = 600;
const MAX_VALUE = 100;

/** The link from the ads list to one ad, carrying the list's filters and page. */
export const adHrefFromList = (adId: string, form: Record<string, string>, page: number): string => {
  const query = listHref(LIST_PATH, form, page).slice(LIST_PATH.length + 1);
  const base = `/monitor/advertenties/${adId}`;
  return query ? `${base}?terug=${encodeURIComponent(query)}` : base;
};

/** The way back to the ads list from ?terug=: /monitor with the known filters, or plain /monitor. */
export const backToListHref = (terug: unknown): string => {
  if (typeof terug !== 'string' || terug.length === 0 || terug.length > MAX_QUERY) return LIST_PATH;
  const given = new URLSearchParams(terug);
  const kept = new URLSearchParams();
  for (const key of KEYS) {
    const values = given.getAll(key);
    // One value per key, as the list's own form sends; anything else is not the list's query.
    if (values.length > 1) return LIST_PATH;
    const value = values[0];
    if (value === undefined || value === '') continue;
    if (value.length > MAX_VALUE) return LIST_PATH;
    kept.set(key, value);
  }
  const qs = kept.toString();
  return qs ? `${LIST_PATH}?${qs}` : LIST_PATH;
};
