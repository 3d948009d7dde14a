import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { PageRow } from '../queries.ts';
import { staffText } from '../staff-texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

export type DayCount = { code: string; day: string; visits: number; reportsBegun: number; reportsSent: number };

const W = 600;
const H = 200;

/** Bars per day (visits, begun, sent side by side), drawn on the server: no JavaScript, no library. */
const Chart = ({ title, days }: { title: string; days: { day: string; visits: number; begun: number; sent: number }[] }) => {
  const max = Math.max(1, ...days.map((d) => d.visits));
  const slot = W / Math.max(days.length, 1);
  const bar = Math.max(1, slot / 4);
  const y = (n: number) => H - 20 - (n / max) * (H - 40);

  return (
    <svg class="vn-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="grafiek-titel">
      <title id="grafiek-titel">{title}</title>
      {days.map((d, i) => {
        const x = i * slot + bar / 2;
        return (
          <g>
            <rect class="visits" x={x} y={y(d.visits)} width={bar} height={H - 20 - y(d.visits)} />
            <rect class="begun" x={x + bar} y={y(d.begun)} width={bar} height={H - 20 - y(d.begun)} />
            <rect class="sent" x={x + 2 * bar} y={y(d.sent)} width={bar} height={H - 20 - y(d.sent)} />
            {days.length <= 31 && i % Math.ceil(days.length / 8) === 0 ? (
              <text x={x} y={H - 5}>
                {d.day.slice(5)}
              </text>
            ) : null}
          </g>
        );
      })}
      <text x={0} y={12}>
        {String(max)}
      </text>
    </svg>
  );
};

export const CampaignFiguresPage = ({ view, page, codes, counts }: { view: View; page: PageRow; codes: string[]; counts: DayCount[] }) => {
  const t = pick(staffText, view.lang);
  const byDay = new Map<string, { day: string; visits: number; begun: number; sent: number }>();
  for (const c of counts) {
    const d = byDay.get(c.day) ?? { day: c.day, visits: 0, begun: 0, sent: 0 };
    d.visits += c.visits;
    d.begun += c.reportsBegun;
    d.sent += c.reportsSent;
    byDay.set(c.day, d);
  }
  const days = [...byDay.values()];
  const total = (k: 'visits' | 'reportsBegun' | 'reportsSent') => counts.reduce((n, c) => n + c[k], 0);

  return (
    <StaffLayout view={view} title={t.figuresTitle(page.slug)}>
      <h1 class="utrecht-heading-1">{t.figuresTitle(page.slug)}</h1>
      <p class="utrecht-paragraph">{t.figuresIntro}</p>
      <p class="utrecht-paragraph">
        {t.landingPaths}: {codes.map((c) => `/c/${c}`).join(', ') || t.noPaths}
      </p>
      {counts.length === 0 ? (
        <p class="utrecht-paragraph">{t.noCounts}</p>
      ) : (
        <>
          <Chart title={t.chartTitle} days={days} />
          <TableRegion label={t.chartTitle}>
            <table class="utrecht-table">
              <caption>{t.figures}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t.colDay}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colPath}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colVisits}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colBegun}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t.colSent}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {counts.map((c) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{c.day}</td>
                    <td class="utrecht-table__cell">/c/{c.code}</td>
                    <td class="utrecht-table__cell">{c.visits}</td>
                    <td class="utrecht-table__cell">{c.reportsBegun}</td>
                    <td class="utrecht-table__cell">{c.reportsSent}</td>
                  </tr>
                ))}
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row" colspan={2}>
                    {t.total}
                  </th>
                  <td class="utrecht-table__cell">{total('visits')}</td>
                  <td class="utrecht-table__cell">{total('reportsBegun')}</td>
                  <td class="utrecht-table__cell">{total('reportsSent')}</td>
                </tr>
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </StaffLayout>
  );
};
