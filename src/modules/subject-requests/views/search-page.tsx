import type { View } from '../../../app/view.ts';
import { CsrfField, ErrorSummary, type FieldErrors, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { dayOf } from '../requests/deadline.ts';
import type { FoundRecord } from '../search/find-records.ts';
import { DECISIONS, isDecision, REFUSAL_GROUNDS } from '../requests/kinds.ts';
import type { DecisionLine } from '../requests/open-request.ts';
import { common } from '../../../web/texts.ts';
import { requestText } from '../texts.ts';

export type DecisionValues = { record: string; decision: string; ground: string; note: string };

type Props = { view: View; requestId: string; records: FoundRecord[]; current: DecisionLine[]; errors?: FieldErrors; values?: DecisionValues };

/** The search results, each with its own decision form (ids numbered per record, so labels stay unique). */
export const SearchPage = ({ view, requestId, records, current, errors = {}, values }: Props) => {
  const t = pick(requestText, view.lang);
  const via = (v: string) => (v === 'name' ? t.viaName : v === 'report_number' ? t.personReport : v === 'reporter_contact' ? t.viaReporterContact : v === 'contact' ? t.personHandles : v);
  const currentOf = (r: FoundRecord) => current.find((d) => d.recordType === r.type && d.recordId === r.id);

  return (
    <StaffLayout view={view} title={t.searchTitle}>
      <h1 class="utrecht-heading-1">{t.searchTitle}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph" data-testid="found">
        {records.length === 0 ? t.searchNone : t.searchIntro(records.length)}
      </p>
      {records.map((r, i) => {
        const key = `${r.type}:${r.id}`;
        const label = t.recordLabel(t.recordTypes[r.type] ?? r.type, dayOf(r.at));
        const mine = values && values.record === key ? values : undefined;
        const now = currentOf(r);
        const chosen = mine?.decision ?? now?.decision ?? '';
        return (
          <section class="vn-card" data-testid="record" data-record={key} aria-labelledby={`rec-${i}`}>
            <h2 class="utrecht-heading-3" id={`rec-${i}`}>
              {i + 1}. {label}
            </h2>
            <p class="utrecht-paragraph">
              {t.foundVia}: {r.via.map(via).join(', ')}
            </p>
            <p class="utrecht-paragraph" data-testid="role">
              {r.role === 'reporter' ? t.roleReporter : t.roleNamed}
            </p>
            {now && isDecision(now.decision) ? <p class="utrecht-paragraph">{t.current(t.decisions[now.decision])}</p> : null}
            <form method="post" action={`/inzageverzoeken/${requestId}/besluiten`} novalidate>
              <CsrfField token={view.csrf} />
              <input type="hidden" name="gegeven" value={key} />
              <fieldset class="utrecht-form-fieldset" id={`besluit-${i}`}>
                <legend class="utrecht-form-fieldset__legend">{t.decisionLegend(label)}</legend>
                {errors[`besluit-${i}`] ? (
                  <p class="vn-field-error" id={`besluit-${i}-error`}>
                    {errors[`besluit-${i}`]}
                  </p>
                ) : null}
                {DECISIONS.map((d) => (
                  <div class="utrecht-form-field utrecht-form-field--radio">
                    <input class="utrecht-radio-button" type="radio" name="besluit" id={`besluit-${i}-${d}`} value={d} checked={chosen === d} />
                    <label class="utrecht-form-label utrecht-form-label--radio" for={`besluit-${i}-${d}`}>
                      {t.decisions[d]}
                    </label>
                  </div>
                ))}
              </fieldset>
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for={`grond-${i}`}>
                  {t.groundLabel}
                </label>
                <select class="utrecht-select" id={`grond-${i}`} name="grond">
                  <option value="">—</option>
                  {REFUSAL_GROUNDS.map((g) => (
                    <option value={g} selected={(mine?.ground ?? now?.ground ?? '') === g}>
                      {t.grounds[g]}
                    </option>
                  ))}
                </select>
              </div>
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for={`notitie-${i}`}>
                  {t.noteLabel}
                </label>
                <textarea class="utrecht-textarea" id={`notitie-${i}`} name="notitie" rows={2} maxlength={2000}>
                  {mine?.note ?? ''}
                </textarea>
              </div>
              <SubmitButton secondary>{t.decide}</SubmitButton>
            </form>
          </section>
        );
      })}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/inzageverzoeken/${requestId}`}>
          {t.back}
        </a>
      </p>
    </StaffLayout>
  );
};
