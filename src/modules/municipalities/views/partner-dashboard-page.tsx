import type { Problem } from '../../../app/result.ts';
import type { View } from '../../../app/view.ts';
import { ErrorSummary, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { STALE_MINUTES } from '../dashboard/figure-cache.ts';
import { formatCell, formatTotal } from '../dashboard/suppress.ts';
import type { PartnerDashboard, PartnerTable } from '../partner/load-partner-dashboard.ts';
import { dashboardText, partnerDashboardText } from '../texts-staff.ts';
import { BarChart } from './bar-chart.tsx';

const th = (text: string, scope: 'col' | 'row' = 'col') => (
  <th class="utrecht-table__header-cell" scope={scope}>
    {text}
  </th>
);
const td = (text: string) => <td class="utrecht-table__cell vn-num">{text}</td>;

/** One table per subject: a row per month, a column per state; the total row is added up from shown cells. */
const MonthTable = ({ lang, table, months }: { lang: 'nl' | 'en'; table: PartnerTable; months: string[] }) => {
  const t = pick(dashboardText, lang);
  const head = table.columns[0];

  return (
    <section aria-labelledby={`sectie-${table.id}`}>
      <h2 class="utrecht-heading-2" id={`sectie-${table.id}`}>
        {table.title[lang]}
      </h2>
      {head ? (
        <BarChart
          id={`chart-${table.id}`}
          title={t.perMonth(head.label[lang])}
          desc={t.chartDesc}
          bars={months.map((m) => {
            const c = head.months.get(m);
            const total = { exact: c?.kind === 'exact', n: c?.kind === 'exact' ? c.n : 0, anySmall: c?.kind !== 'exact', cells: 1 };
            return { label: m, total, text: formatCell(c, lang) };
          })}
        />
      ) : null}
      <TableRegion labelledBy={`sectie-${table.id}`}>
        <table class="utrecht-table vn-table-compact" aria-labelledby={`sectie-${table.id}`}>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {th(t.month)}
              {table.columns.map((c) => th(c.label[lang]))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {months.map((m) => (
              <tr class="utrecht-table__row">
                {th(m, 'row')}
                {table.columns.map((c) => td(formatCell(c.months.get(m), lang)))}
              </tr>
            ))}
            <tr class="utrecht-table__row" id={`${table.id}-totaal`}>
              {th(pick(partnerDashboardText, lang).total, 'row')}
              {table.columns.map((c) => td(formatTotal(c.total, lang)))}
            </tr>
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
};

export const PartnerDashboardPage = (p: { view: View; name: string; dashboard: PartnerDashboard; values: Record<string, string>; problems: Problem[] }) => {
  const lang = p.view.lang;
  const t = pick(dashboardText, lang);
  const pt = pick(partnerDashboardText, lang);
  const d = p.dashboard;
  const title = pt.title(p.name);
  const err = (f: string) => p.problems.find((x) => x.field === f)?.message[lang];

  return (
    <StaffLayout view={p.view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{pt.intro}</p>
      <ErrorSummary title={t.errorTitle} errors={Object.fromEntries(p.problems.map((x) => [x.field ?? 'fouten', x.message[lang]]))} />
      <form method="get" action="/cijfers/keten" class="vn-filter" aria-label={pt.filter}>
        <TextField name="van" label={t.from} value={p.values.van || d.months[0]} maxlength={7} error={err('van')} />
        <TextField name="tot" label={t.to} value={p.values.tot || d.months[d.months.length - 1]} maxlength={7} error={err('tot')} />
        <p class="vn-hint">{pt.notYours}</p>
        <SubmitButton>{t.show}</SubmitButton>
      </form>
      <p class="vn-hint">
        {t.computedAt(formatDateTime(lang, d.computedAt))} {t.stale(STALE_MINUTES)}
      </p>
      {d.tables.map((table) => (
        <MonthTable lang={lang} table={table} months={d.months} />
      ))}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/keten">
          {pt.toInbox}
        </a>
      </p>
    </StaffLayout>
  );
};
