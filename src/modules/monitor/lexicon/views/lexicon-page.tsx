import type { View } from '../../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { isOriginIndicator, type Lexicon } from '../../indicators/lexicon.ts';
import { LEXICON_V1 } from '../../indicators/lexicon-v1.ts';
import type { RescoreStatus } from '../load-rescore-status.ts';
import { lexiconText } from '../../texts.ts';
import { decimal } from '../../views/format-number.ts';
import { TableRegion } from '../../../../web/components/table-region.tsx';

export type LexiconHistoryRow = { version: string; reason: string; createdAt: Date; byName: string | null; byEmail: string | null };

/** Typed form values, per field name (`weight-<id>`, `patterns-<id>`, `shownOnly-<id>`, `reason`). */
export type LexiconFormValues = Record<string, string>;

const fmtWeight = (lang: View['lang'], w: number) => decimal(lang, w);

export const lexiconFormValues = (lexicon: Lexicon, lang: View['lang']): LexiconFormValues => {
  const out: LexiconFormValues = {};
  for (const i of lexicon.indicators) {
    out[`weight-${i.id}`] = fmtWeight(lang, i.weight);
    out[`patterns-${i.id}`] = i.patterns.join('\n');
    out[`shownOnly-${i.id}`] = i.shownOnly ? 'yes' : '';
  }
  return out;
};

const computed = (kind: string) => kind === 'derived' || kind === 'cross-ad';

/** Whether the scores are still being recalculated with the version in force, or done and when. */
const ScoresStatus = ({ view, status }: { view: View; status: RescoreStatus }) => {
  const t = pick(lexiconText, view.lang);
  const text =
    status.all === 0
      ? t.statusNone
      : status.running
        ? t.statusRunning(status.version, status.older, status.all)
        : status.older > 0
          ? t.statusStalled(status.older, status.all)
          : t.statusDone(status.version, status.all, status.finished ? formatDateTime(view.lang, status.finished.at) : null);
  return (
    <section aria-labelledby="scores-status-title" id="scores-status" data-running={status.running ? 'yes' : 'no'} data-older={status.older}>
      <h2 class="utrecht-heading-2" id="scores-status-title">
        {t.scoresTitle}
      </h2>
      <Alert type={status.running || status.older > 0 ? 'warning' : 'info'}>{text}</Alert>
    </section>
  );
};

export const LexiconPage = ({
  view,
  lexicon,
  builtIn,
  history,
  status,
  values,
  errors = {},
  message,
  stale,
}: {
  view: View;
  lexicon: Lexicon;
  builtIn: boolean;
  history: LexiconHistoryRow[];
  status: RescoreStatus;
  values: LexiconFormValues;
  errors?: FieldErrors;
  message?: string;
  stale?: string;
}) => {
  const t = pick(lexiconText, view.lang);
  const label = (l: { nl: string; en: string }) => (view.lang === 'en' ? l.en : l.nl);
  const isSupervisor = view.user?.roles.includes('supervisor') ?? false;

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {stale ? <Alert type="warning">{t.stale(stale)}</Alert> : null}
      <h2 class="utrecht-heading-2" id="in-force" data-version={lexicon.version}>
        {t.inForce(lexicon.version)}
        {builtIn ? ` (${t.builtIn})` : ''}
      </h2>
      <ScoresStatus view={view} status={status} />
      <TableRegion labelledBy="in-force">
        <table class="utrecht-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell">{t.indicator}</th>
              <th class="utrecht-table__header-cell">{t.kind}</th>
              <th class="utrecht-table__header-cell">{t.weight}</th>
              <th class="utrecht-table__header-cell">{t.shownOnly}</th>
              <th class="utrecht-table__header-cell">{t.patterns}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {lexicon.indicators.map((i) => (
              <tr class="utrecht-table__row" data-indicator={i.id}>
                <th class="utrecht-table__header-cell" scope="row">
                  {label(i.label)}
                </th>
                <td class="utrecht-table__cell">{t.kinds[i.kind]}</td>
                <td class="utrecht-table__cell" data-weight>
                  {fmtWeight(view.lang, i.weight)}
                </td>
                <td class="utrecht-table__cell">{i.shownOnly ? t.yes : t.no}</td>
                <td class="utrecht-table__cell">{computed(i.kind) ? t.noPatterns : i.patterns.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p class="utrecht-paragraph">{t.originWhy}</p>
      <h2 class="utrecht-heading-2">{t.history}</h2>
      <TableRegion label={t.history}>
        <table class="utrecht-table" id="history">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell">{t.version}</th>
              <th class="utrecht-table__header-cell">{t.when}</th>
              <th class="utrecht-table__header-cell">{t.who}</th>
              <th class="utrecht-table__header-cell">{t.why}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {history.map((h) => (
              <tr class="utrecht-table__row" data-version={h.version}>
                <td class="utrecht-table__cell">{h.version}</td>
                <td class="utrecht-table__cell">{formatDateTime(view.lang, h.createdAt)}</td>
                <td class="utrecht-table__cell">{h.byName ?? h.byEmail ?? '–'}</td>
                <td class="utrecht-table__cell">{h.reason}</td>
              </tr>
            ))}
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{LEXICON_V1.version}</td>
              <td class="utrecht-table__cell">–</td>
              <td class="utrecht-table__cell">–</td>
              <td class="utrecht-table__cell">{t.builtIn}</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
      {isSupervisor ? (
        <>
          <h2 class="utrecht-heading-2">{t.editTitle}</h2>
          <p class="utrecht-paragraph">{t.editHint}</p>
          <ErrorSummary title={t.errorTitle} errors={errors} />
          <form method="post" action="/monitor/lexicon" novalidate>
            <CsrfField token={view.csrf} />
            <input type="hidden" name="basedOn" value={lexicon.version} />
            {lexicon.indicators.map((i) => (
              <fieldset class="utrecht-form-fieldset" data-indicator={i.id}>
                <legend class="utrecht-form-fieldset__legend utrecht-form-label">{label(i.label)}</legend>
                {isOriginIndicator(i.id) ? <p class="vn-hint">{t.originWhy}</p> : null}
                <TextField name={`weight-${i.id}`} label={t.weightField(label(i.label))} value={values[`weight-${i.id}`]} error={errors[`weight-${i.id}`]} maxlength={6} />
                {computed(i.kind) ? null : (
                  <TextArea name={`patterns-${i.id}`} label={t.patternsField(label(i.label))} value={values[`patterns-${i.id}`]} error={errors[`patterns-${i.id}`]} rows={4} />
                )}
                <ChoiceGroup
                  name={`shownOnly-${i.id}`}
                  legend={t.shownOnlyField(label(i.label))}
                  options={[{ value: 'yes', label: t.shownOnly }]}
                  selected={values[`shownOnly-${i.id}`] === 'yes' ? ['yes'] : []}
                />
              </fieldset>
            ))}
            <TextArea name="reason" label={t.reason} value={values.reason} error={errors.reason} maxlength={2000} rows={3} />
            <SubmitButton>{t.save}</SubmitButton>
          </form>
        </>
      ) : null}
    </StaffLayout>
  );
};
