import { z } from 'zod';
import { normalisePlace } from '../places/normalise-place.ts';

/** Rows per page on /monitor and /monitor/groepen. */
export const LIST_PAGE_SIZE = 50;
/** Pages beyond this are not offered: offset paging past 50,000 rows is slow and nobody reads that far. */
export const MAX_PAGE = 1000;

export type AdFilters = { place?: string; minScore?: number; indicator?: string; sourceId?: string };
export type GroupFilters = { city?: string; minSize?: number; multiOnly?: boolean };

/** An empty field of the GET form means "no filter". */
const empty = z.literal('');
const page = z.union([empty, z.string().regex(/^[1-9]\d{0,6}$/)]).optional();
const place = z.union([empty, z.string().max(100).regex(/^[\p{L}\p{N} '’.,()/-]+$/u)]).optional();

const ZAdQuery = z.object({
  pagina: page,
  plaats: place,
  minscore: z.union([empty, z.string().regex(/^\d{1,3}([.,]\d{1,2})?$/)]).optional(),
  signaal: z.union([empty, z.string().regex(/^[a-z0-9-]{2,60}$/)]).optional(),
  bron: z.union([empty, z.uuid()]).optional(),
});

const ZGroupQuery = z.object({
  pagina: page,
  plaats: place,
  mingrootte: z.union([empty, z.string().regex(/^\d{1,6}$/)]).optional(),
  meer: z.union([empty, z.literal('1')]).optional(),
});

export type ParsedList<F> = {
  filters: F;
  /** The page asked for (1-based, before clamping to the last page). */
  page: number;
  /** True when something in the query string was not understood: the page is shown unfiltered. */
  invalid: boolean;
  /** The values as typed, for the form (only when valid). */
  form: Record<string, string>;
};

const trimmed = (s: string | undefined) => (s ? s.trim() : '');

/** One spelling for a place typed in a filter: the list's name when known, else as typed. */
export const placeKey = (typed: string): string => normalisePlace(typed) ?? typed.trim();

const toPage = (s: string | undefined) => (s ? Number(s) : 1);

/**
 * The ads list's query string. Unknown keys are ignored; a value that is not understood (an array,
 * a number that is not one, a strange place name) gives the unfiltered first page, never an error.
 * `known` limits indicators and sources to those that exist.
 */
export const parseAdQuery = (query: unknown, known: { indicators: readonly string[]; sources: readonly string[] }): ParsedList<AdFilters> => {
  const parsed = ZAdQuery.safeParse(query ?? {});
  const q = parsed.success ? parsed.data : null;
  const indicator = trimmed(q?.signaal);
  const sourceId = trimmed(q?.bron);
  if (!q || (indicator && !known.indicators.includes(indicator)) || (sourceId && !known.sources.includes(sourceId))) {
    return { filters: {}, page: 1, invalid: true, form: {} };
  }
  const filters: AdFilters = {};
  const placeTyped = trimmed(q.plaats);
  if (placeTyped) filters.place = placeKey(placeTyped);
  if (q.minscore) filters.minScore = Number(q.minscore.replace(',', '.'));
  if (indicator) filters.indicator = indicator;
  if (sourceId) filters.sourceId = sourceId;

  return { filters, page: toPage(q.pagina), invalid: false, form: { plaats: placeTyped, minscore: q.minscore ?? '', signaal: indicator, bron: sourceId } };
};

/** The groups list's query string, with the same rules as parseAdQuery. */
export const parseGroupQuery = (query: unknown): ParsedList<GroupFilters> => {
  const parsed = ZGroupQuery.safeParse(query ?? {});
  if (!parsed.success) return { filters: {}, page: 1, invalid: true, form: {} };
  const q = parsed.data;
  const filters: GroupFilters = {};
  const placeTyped = trimmed(q.plaats);
  if (placeTyped) filters.city = placeKey(placeTyped);
  if (q.mingrootte) filters.minSize = Number(q.mingrootte);
  if (q.meer === '1') filters.multiOnly = true;

  return { filters, page: toPage(q.pagina), invalid: false, form: { plaats: placeTyped, mingrootte: q.mingrootte ?? '', meer: q.meer ?? '' } };
};

/** The page actually shown: at most the last one (page 1 when there is nothing). */
export const clampPage = (asked: number, total: number): { page: number; pages: number; beyond: boolean } => {
  const pages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / LIST_PAGE_SIZE)));
  return { page: Math.min(asked, pages), pages, beyond: asked > pages };
};

/** The query string of a list link: the current filters with another page (empty values left out). */
export const listHref = (path: string, form: Record<string, string>, page: number): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) if (v) params.set(k, v);
  if (page > 1) params.set('pagina', String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};
