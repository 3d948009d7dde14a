import type { AppContext } from '../../../app/context.ts';
import { hasAccess } from '../../accounts/index.ts';
import { logAccess } from '../../audit/index.ts';
import { IDENTIFIER_ROLES, type SeenElsewhere } from '../../identifiers/index.ts';
import type { TemplateSegment } from '../grouping/derive-template.ts';
import type { FiredIndicator } from '../indicators/score-ad.ts';
import { selectAdsOfGroups } from '../queries/ad-page.ts';
import { selectGroupsOfOperator, selectOperatorAlerts, selectOperatorCities, selectOperatorPhones, selectTopAdsOfOperator } from '../queries/operators.ts';
import { showOperatorPhones } from './show-operator-phones.ts';

/** An operator of thousands of ads still makes a page of bounded size and cost. */
export const OPERATOR_PAGE_LIMITS = { groups: 30, adsEach: 5, phones: 20, cities: 60, topAds: 20, alerts: 50 } as const;

/** The short name of an operator on screen: its key is the id of its first ad, so 8 hex digits tell operators apart. */
export const operatorShortId = (key: string): string => key.replace(/-/g, '').slice(0, 8);
export const operatorHref = (key: string): string => `/monitor/aanbieders/${encodeURIComponent(key)}`;

export type OperatorPageData = {
  key: string;
  groups: Array<{
    id: string;
    template: TemplateSegment[];
    size: number;
    cities: string[];
    phones: string[];
    firstPostedAt: string | null;
    lastPostedAt: string | null;
    ads: Array<{ id: string; title: string; place: string | null }>;
  }>;
  groupCount: number;
  adCount: number;
  firstPostedAt: string | null;
  lastPostedAt: string | null;
  phones: { items: SeenElsewhere[]; total: number; linkIdentifiers: boolean };
  cities: { values: string[]; total: number };
  topAds: Array<{ id: string; title: string; place: string | null; placeNormalised: string | null; total: number | null; fired: FiredIndicator[] }>;
  /** Alerts the viewer owns or whose dossier the viewer may open; `dossier` null = not named (no access now). */
  alerts: Array<{
    adId: string;
    adTitle: string;
    kind: string;
    key: string;
    display: string;
    via: 'ad' | 'group';
    createdAt: Date;
    dossier: { id: string; title: string; status: string } | null;
  }>;
};

type Viewer = { id: string; name: string; roles: readonly string[] };
/** The viewer's dossier access (cases' own check, which logs the read), or null without access. */
export type OpenDossier = (id: string) => Promise<{ title: string; status: string } | null>;

/**
 * Everything the page of one operator shows: its groups (groups joined by a shared phone number, see
 * grouping/join-operators.ts), phones with where else they were seen, places, time range, its
 * highest-scored ads and the alerts on them. Null for an unknown key. The view is written to the
 * access log, as is each phone shown.
 */
export const loadOperatorPage = async (ctx: AppContext, key: string, viewer: Viewer, openDossier: OpenDossier): Promise<OperatorPageData | null> => {
  const groups = await selectGroupsOfOperator(ctx.db, key, OPERATOR_PAGE_LIMITS.groups);
  if (groups.count === 0) return null;
  await logAccess(ctx.db, { user: viewer, recordType: 'operator', recordId: key, action: 'view' });
  const [members, phones, cities, topAds, alertRows] = await Promise.all([
    selectAdsOfGroups(
      ctx.db,
      groups.rows.map((g) => g.id),
      OPERATOR_PAGE_LIMITS.adsEach,
    ),
    selectOperatorPhones(ctx.db, key, OPERATOR_PAGE_LIMITS.phones),
    selectOperatorCities(ctx.db, key, OPERATOR_PAGE_LIMITS.cities),
    selectTopAdsOfOperator(ctx.db, key, OPERATOR_PAGE_LIMITS.topAds),
    selectOperatorAlerts(ctx.db, key, viewer.id, OPERATOR_PAGE_LIMITS.alerts),
  ]);

  const dossiers = new Map<string, Awaited<ReturnType<OpenDossier>>>();
  for (const id of new Set(alertRows.map((a) => a.dossierId))) dossiers.set(id, await openDossier(id));
  const alerts: OperatorPageData['alerts'] = alertRows
    .filter((a) => a.own || dossiers.get(a.dossierId))
    .map((a) => {
      const d = dossiers.get(a.dossierId);
      return { adId: a.adId, adTitle: a.adTitle, kind: a.kind, key: a.key, display: a.display, via: a.via, createdAt: a.createdAt, dossier: d ? { id: a.dossierId, ...d } : null };
    });

  return {
    key,
    groups: groups.rows.map((g) => ({
      id: g.id,
      template: g.template,
      size: g.size,
      cities: g.cities,
      phones: g.phones,
      firstPostedAt: g.firstPostedAt,
      lastPostedAt: g.lastPostedAt,
      ads: members.filter((m) => m.groupId === g.id),
    })),
    groupCount: groups.count,
    adCount: groups.ads,
    firstPostedAt: groups.firstPostedAt,
    lastPostedAt: groups.lastPostedAt,
    phones: {
      items: await showOperatorPhones(ctx, { phones: phones.values, viewer, operatorKey: key }),
      total: phones.total,
      linkIdentifiers: hasAccess(IDENTIFIER_ROLES, viewer.roles),
    },
    cities,
    topAds: topAds.map((a) => ({ ...a, fired: a.fired ?? [] })),
    alerts,
  };
};
