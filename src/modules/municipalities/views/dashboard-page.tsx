import { MUNICIPALITY_OPTIONS, municipalityName } from '../../../app/cbs-municipalities.ts';
import type { Problem } from '../../../app/result.ts';
import type { View } from '../../../app/view.ts';
import { Alert, ErrorSummary, SelectField, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { STALE_MINUTES } from '../dashboard/figure-cache.ts';
import { NATIONAL_CONTEXT } from '../dashboard/figure-catalogue.ts';
import type { Dashboard, FigureView } from '../dashboard/load-dashboard.ts';
import { formatTotal } from '../dashboard/suppress.ts';
import { dashboardText } from '../texts-staff.ts';
import { BarChart } from './bar-chart.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

export const dashboardTitle = (lang: 'nl' | 'en', d: Dashboard): string => {
  const t = pick(dashboardText, lang);
  if (d.area.kind === 'municipality') return t.titleMunicipality(municipalityName(d.area.code));
  if (d.area.kind === 'region') return t.titleRegion(d.area.name);

  return t.titleNational;
};

const th = (text: string, scope: 'col' | 'row' = 'col') => (
  <th class="utrecht-table__header-cell" scope={scope}>
    {text}
  </th>
);
const td = (text: string) => <td class="utrecht-table__cell vn-num">{text}</td>;

const FigureDetail = ({ lang, f }: { lang: 'nl' | 'en'; f: FigureView }) => {
  const t = pick(dashboardText, lang);
  const label = f.label[lang];
  const places = f.places.filter((p) => p.total.n > 0).sort((a, b) => b.total.n - a.total.n);

  return (
    <>
      {f.chart ? (
        <>
          <h3 class="utrecht-heading-3" id={`${f.key}-maanden`}>{t.perMonth(label)}</h3>
          <BarChart id={`chart-${f.key.replace(/\./g, '-')}`} title={t.perMonth(label)} desc={t.chartDesc} bars={f.months.map((m) => ({ label: m.month, total: m.total, text: formatTotal(m.total, lang) }))} />
          <TableRegion labelledBy={`${f.key}-maanden`}>
            <table class="utrecht-table vn-table-compact" aria-labelledby={`${f.key}-maanden`}>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {th(t.month)}
                  {th(label)}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {f.months.map((m) => (
                  <tr class="utrecht-table__row">
                    {th(m.month, 'row')}
                    {td(formatTotal(m.total, lang))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
      {f.byPlace && f.places.length > 0 ? (
        <>
          <h3 class="utrecht-heading-3" id={`${f.key}-plaatsen`}>{t.perPlace(label)}</h3>
          <TableRegion labelledBy={`${f.key}-plaatsen`}>
            <table class="utrecht-table vn-table-compact" aria-labelledby={`${f.key}-plaatsen`}>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {th(t.place)}
                  {th(label)}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {places.map((p) => (
                  <tr class="utrecht-table__row">
                    {th(`${municipalityName(p.code)}${p.code.startsWith('GM') ? ` (${p.code})` : ''}`, 'row')}
                    {td(formatTotal(p.total, lang))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <p class="vn-hint">{t.otherPlaces}</p>
        </>
      ) : null}
    </>
  );
};

export const DashboardPage = (p: { view: View; dashboard: Dashboard; values: Record<string, string>; problems: Problem[]; national: boolean; regions: readonly string[]; csvHref: string }) => {
  const lang = p.view.lang;
  const t = pick(dashboardText, lang);
  const d = p.dashboard;
  const title = dashboardTitle(lang, d);
  const err = (f: string) => p.problems.find((x) => x.field === f)?.message[lang];

  return (
    <StaffLayout view={p.view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <ErrorSummary title={t.errorTitle} errors={Object.fromEntries(p.problems.map((x) => [x.field ?? 'fouten', x.message[lang]]))} />
      {d.failed.length > 0 ? <Alert type="warning">{t.failed(d.failed.join(', '))}</Alert> : null}
      <form method="get" action="/cijfers" class="vn-filter" aria-label={t.filter}>
        <TextField name="van" label={t.from} value={p.values.van || d.months[0]} maxlength={7} error={err('van')} />
        <TextField name="tot" label={t.to} value={p.values.tot || d.months[d.months.length - 1]} maxlength={7} error={err('tot')} />
        {p.national ? (
          <>
            <SelectField name="gemeente" label={t.municipality} value={p.values.gemeente} error={err('gemeente')} options={[{ value: '', label: t.allCountry }, ...MUNICIPALITY_OPTIONS.map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }))]} />
            <SelectField name="regio" label={t.region} value={p.values.regio} error={err('regio')} options={[{ value: '', label: t.noRegion }, ...p.regions.map((r) => ({ value: r, label: r }))]} />
          </>
        ) : (
          <p class="vn-hint">{t.notYours}</p>
        )}
        <SubmitButton>{t.show}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={p.csvHref}>
          {t.csv}
        </a>
      </p>
      <p class="vn-hint">
        {t.computedAt(formatDateTime(lang, d.computedAt))} {t.stale(STALE_MINUTES)}
      </p>
      {d.sections.map((s) => (
        <section aria-labelledby={`sectie-${s.id}`}>
          <h2 class="utrecht-heading-2" id={`sectie-${s.id}`}>
            {s.title[lang]}
          </h2>
          <TableRegion labelledBy={`sectie-${s.id}`}>
            <table class="utrecht-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {th(t.figure)}
                  {th(t.total)}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {s.figures.map((f) => (
                  <tr class="utrecht-table__row" id={f.key}>
                    {th(f.label[lang], 'row')}
                    {td(f.hasData ? formatTotal(f.total, lang) : t.noData)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {s.figures.filter((f) => f.hasData).map((f) => (
            <FigureDetail lang={lang} f={f} />
          ))}
        </section>
      ))}
      <section aria-labelledby="context">
        <h2 class="utrecht-heading-2" id="context">
          {t.context}
        </h2>
        <ul class="utrecht-unordered-list">
          {NATIONAL_CONTEXT.map((c) => (
            <li>
              <strong>{c.value}</strong> {c.text[lang]}. {t.source}: {c.source}.
            </li>
          ))}
        </ul>
      </section>
    </StaffLayout>
  );
};
