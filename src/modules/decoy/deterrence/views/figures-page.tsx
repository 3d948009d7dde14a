import type { View } from '../../../../app/view.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { DeterrenceFigures } from '../deterrence-figures.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { TableRegion } from '../../../../web/components/table-region.tsx';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1).replace('.', ',')} %`);

/** A bar chart as server-rendered SVG; the table under it holds the same figures (works without JS). */
const Bars = ({ id, title, bars }: { id: string; title: string; bars: { label: string; value: number }[] }) => {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = 24 * bars.length + 8;
  return (
    <svg role="img" aria-labelledby={`${id}-t`} viewBox={`0 0 400 ${h}`} width="100%" height={h} class="vn-chart">
      <title id={`${id}-t`}>{title}</title>
      {bars.map((b, i) => (
        <g>
          <rect x="150" y={8 + i * 24} width={Math.round((240 * b.value) / max)} height="16" fill="#1f4e79" />
          <text x="0" y={20 + i * 24} font-size="12" fill="#1b1f24">
            {`${b.label.slice(0, 22)}: ${b.value}`}
          </text>
        </g>
      ))}
    </svg>
  );
};

export const FiguresPage = ({ view, figures }: { view: View; figures: DeterrenceFigures }) => {
  const en = view.lang === 'en';
  const t = figures.totals;
  const title = en ? 'Deterrence measured' : 'Afschrikking gemeten';
  const cell = (v: string | number) => <td class="utrecht-table__cell">{v}</td>;
  const head = (v: string) => <th class="utrecht-table__header-cell">{v}</th>;

  return (
    <StaffLayout view={view} title={title}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {en
          ? 'Counts only. Anchors: about half continued after the disclosure (WATCH 2017); help-link click-through 0.018 % (reThink) to 0.73 % (Google); 82 % no repeat after a warning (reThink).'
          : 'Alleen aantallen. Ankers: ongeveer de helft ging door na het noemen van de leeftijd (WATCH 2017); doorklik naar hulp 0,018 % (reThink) tot 0,73 % (Google); 82 % geen herhaling na een waarschuwing (reThink).'}
      </p>
      <dl class="vn-facts" id="totals">
        <dt>{en ? 'Responses' : 'Reacties'}</dt>
        <dd data-figure="responses">{t.responses}</dd>
        <dt>{en ? 'Stopped after the disclosure' : 'Gestopt na de leeftijd'}</dt>
        <dd data-figure="stopped-after-disclosure">{`${t.stoppedAfterDisclosure} / ${t.disclosed} (${pct(t.stoppedAfterDisclosure, t.disclosed)})`}</dd>
        <dt>{en ? 'Continued after the disclosure' : 'Doorgegaan na de leeftijd'}</dt>
        <dd data-figure="continued">{`${t.continued} / ${t.disclosed} (${pct(t.continued, t.disclosed)})`}</dd>
        <dt>{en ? 'Stopped after the warning' : 'Gestopt na de waarschuwing'}</dt>
        <dd data-figure="stopped-after-warning">{`${t.stoppedAfterWarning} / ${t.warnings} (${pct(t.stoppedAfterWarning, t.warnings)})`}</dd>
        <dt>{en ? 'No repeat within 90 days of the warning' : 'Geen herhaling binnen 90 dagen na de waarschuwing'}</dt>
        <dd data-figure="no-repeat-90">{`${t.warnings - t.warnedWithRepeat90} / ${t.warnings} (${pct(t.warnings - t.warnedWithRepeat90, t.warnings)})`}</dd>
        <dt>{en ? 'Police notifications' : 'Politiemeldingen'}</dt>
        <dd data-figure="notifications">{t.notifications}</dd>
        <dt>{en ? 'Police outcomes' : 'Wat de politie deed'}</dt>
        <dd data-figure="police-outcomes">{Object.entries(t.policeOutcomes).map(([k, v]) => `${k}: ${v}`).join(', ') || '–'}</dd>
      </dl>
      <h2 class="utrecht-heading-2">{en ? 'Per decoy' : 'Per lokprofiel'}</h2>
      <Bars id="per-decoy" title={en ? 'Responses per decoy' : 'Reacties per lokprofiel'} bars={figures.decoys.map((d) => ({ label: d.name, value: d.responses }))} />
      <TableRegion label={en ? 'Per decoy' : 'Per lokprofiel'}>
        <table class="utrecht-table" id="per-decoy-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {head(en ? 'Decoy' : 'Lokprofiel')}
              {head(en ? 'Responses' : 'Reacties')}
              {head(en ? 'Per day' : 'Per dag')}
              {head(en ? 'Stopped after disclosure' : 'Gestopt na leeftijd')}
              {head(en ? 'Continued' : 'Doorgegaan')}
              {head(en ? 'Warnings' : 'Waarschuwingen')}
              {head(en ? 'Notifications' : 'Meldingen')}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {figures.decoys.map((d) => (
              <tr class="utrecht-table__row" data-profile={d.profileId}>
                {cell(d.name)}
                {cell(d.responses)}
                {cell(d.daysLive ? (d.responses / d.daysLive).toFixed(1).replace('.', ',') : '–')}
                {cell(`${d.stoppedAfterDisclosure} (${pct(d.stoppedAfterDisclosure, d.disclosed)})`)}
                {cell(`${d.continued} (${pct(d.continued, d.disclosed)})`)}
                {cell(d.warnings)}
                {cell(d.notifications)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <h2 class="utrecht-heading-2">{en ? 'Per warning variant' : 'Per waarschuwingsvariant'}</h2>
      <Bars id="per-variant" title={en ? 'Help-link visits per variant' : 'Bezoeken hulplink per variant'} bars={figures.variants.map((v) => ({ label: `${v.variant} v${v.version}`, value: v.helpVisits }))} />
      <TableRegion label={en ? 'Per warning variant' : 'Per waarschuwingsvariant'}>
        <table class="utrecht-table" id="per-variant-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {head('Variant')}
              {head(en ? 'Warnings' : 'Waarschuwingen')}
              {head(en ? 'Help-link visits' : 'Bezoeken hulplink')}
              {head(en ? 'Click-through' : 'Doorklik')}
              {head(en ? 'Stopped after warning' : 'Gestopt na waarschuwing')}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {figures.variants.map((v) => (
              <tr class="utrecht-table__row" data-variant={v.scriptVersionId}>
                {cell(`${v.variant} v${v.version}`)}
                {cell(v.warnings)}
                {cell(v.helpVisits)}
                {cell(pct(v.helpVisits, v.warnings))}
                {cell(`${v.stoppedAfterWarning} (${pct(v.stoppedAfterWarning, v.warnings)})`)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </StaffLayout>
  );
};
