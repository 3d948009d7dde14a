import type { AppContext } from '../../../app/context.ts';
import { figureFromCells } from '../../../app/figures.ts';
import type { Figure } from '../../../app/module.ts';
import { cachedFigures } from '../dashboard/figure-cache.ts';
import { amsterdamMonthStart, nextMonth } from '../dashboard/load-dashboard.ts';
import { monthsBetween, type DashboardQuery } from '../dashboard/parse-dashboard-query.ts';
import { addUp, type CellState, publishCells, type Total } from '../dashboard/suppress.ts';
import { countPartnerReferrals, countPartnerShares } from '../queries.ts';

/**
 * The figures of one chain partner organisation: the referrals it received and the dossiers shared
 * with it, per month, with the state each is in now. Counted for that organisation only (its id is
 * in the query, from the signed-in user), so nothing of another organisation is even counted.
 * Suppressed exactly like the municipality dashboards: every (figure, month) cell under 5 is "< 5",
 * a split that would give a small part away is withheld at that month, and every total is added up
 * from the shown cells only. No "nog geen gegevens" here: that would tell 0 apart from 1–4.
 */
const AREA = 'org';

type Part = { key: string; label: { nl: string; en: string }; parts: string[] };

export const REFERRAL_PARTS: Part[] = [
  { key: 'chain.partner.referrals.waiting', label: { nl: 'Wacht op uw antwoord', en: 'Waiting for your answer' }, parts: ['sent', 'received'] },
  { key: 'chain.partner.referrals.accepted', label: { nl: 'Aangenomen, nog geen terugkoppeling', en: 'Accepted, no feedback yet' }, parts: ['accepted'] },
  { key: 'chain.partner.referrals.declined', label: { nl: 'Afgewezen', en: 'Declined' }, parts: ['declined'] },
  { key: 'chain.partner.referrals.contact_made', label: { nl: 'Contact gelegd', en: 'Contact made' }, parts: ['contact_made'] },
  { key: 'chain.partner.referrals.care_started', label: { nl: 'Zorg gestart', en: 'Care started' }, parts: ['care_started'] },
  { key: 'chain.partner.referrals.no_contact', label: { nl: 'Geen contact gekregen', en: 'No contact' }, parts: ['no_contact'] },
  { key: 'chain.partner.referrals.closed', label: { nl: 'Afgesloten', en: 'Closed' }, parts: ['closed'] },
];

export const SHARE_PARTS: Part[] = [
  { key: 'chain.partner.shares.live', label: { nl: 'Nog in te zien', en: 'Still open to you' }, parts: ['live:read', 'live:unread'] },
  { key: 'chain.partner.shares.read', label: { nl: 'Door uw organisatie geopend', en: 'Opened by your organisation' }, parts: ['live:read', 'ended:read'] },
];

const REFERRALS = { key: 'chain.partner.referrals', label: { nl: 'Verwijzingen ontvangen', en: 'Referrals received' } };
const SHARES = { key: 'chain.partner.shares', label: { nl: 'Dossiers met u gedeeld', en: 'Dossiers shared with you' } };

const cellsOf = (rows: { month: string; part: string; n: number }[], parts?: string[]) =>
  rows.filter((r) => !parts || parts.includes(r.part)).map((r) => ({ municipality: AREA, month: r.month, n: r.n }));

export type PartnerColumn = { key: string; label: { nl: string; en: string }; total: Total; months: Map<string, CellState | undefined> };
export type PartnerTable = { id: string; title: { nl: string; en: string }; columns: PartnerColumn[] };
export type PartnerDashboard = { months: string[]; tables: PartnerTable[]; computedAt: Date };

export const partnerFigures = async (ctx: AppContext, organisationId: string, from: Date, to: Date): Promise<Figure[]> => {
  const referrals = await countPartnerReferrals(ctx.db, { organisationId, from, to });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(ctx.clock.now());
  const shares = await countPartnerShares(ctx.db, { organisationId, from, to, today });

  return [
    figureFromCells(REFERRALS.key, REFERRALS.label, cellsOf(referrals)),
    // The states of a referral together are all referrals: an exhaustive split.
    ...REFERRAL_PARTS.map((p) => figureFromCells(p.key, p.label, cellsOf(referrals, p.parts), { key: REFERRALS.key, split: 'status', exhaustive: true })),
    figureFromCells(SHARES.key, SHARES.label, cellsOf(shares)),
    // Two separate yes/no questions on the shares, each with an unpublished rest.
    ...SHARE_PARTS.map((p) => figureFromCells(p.key, p.label, cellsOf(shares, p.parts), { key: SHARES.key, split: p.key, exhaustive: false })),
  ];
};

export const loadPartnerDashboard = async (ctx: AppContext, organisationId: string, q: DashboardQuery): Promise<PartnerDashboard> => {
  const months = monthsBetween(q.from, q.to);
  const from = amsterdamMonthStart(q.from);
  const to = amsterdamMonthStart(nextMonth(q.to));
  const { figures, at } = await cachedFigures(ctx, `partner|${organisationId}|${q.from}|${q.to}`, async () => ({
    figures: (await partnerFigures(ctx, organisationId, from, to)).map((f) => ({ ...f, module: 'chain' })),
    failed: [],
  }));
  const cells = publishCells(figures, [AREA], months);
  const column = (key: string, label: { nl: string; en: string }): PartnerColumn => {
    const perMonth = new Map(months.map((m) => [m, cells.get(key)?.get(AREA)?.get(m)]));
    return { key, label, total: addUp([...perMonth.values()]), months: perMonth };
  };
  const table = (id: string, title: { nl: string; en: string }, head: typeof REFERRALS, parts: Part[]): PartnerTable => ({
    id,
    title,
    columns: [column(head.key, head.label), ...parts.map((p) => column(p.key, p.label))],
  });

  return {
    months,
    computedAt: new Date(at),
    tables: [
      table('verwijzingen', { nl: 'Verwijzingen naar uw organisatie en wat ermee gebeurde', en: 'Referrals to your organisation and what became of them' }, REFERRALS, REFERRAL_PARTS),
      table('gedeeld', { nl: 'Dossiers die met uw organisatie gedeeld zijn', en: 'Dossiers shared with your organisation' }, SHARES, SHARE_PARTS),
    ],
  };
};
