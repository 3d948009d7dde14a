import type { View } from '../../../app/view.ts';
import { ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { ACCESS_ACTIONS } from '../log-access.ts';
import { type FilterValues, filterQuery, TEXT_LIMIT } from '../parse-log-filter.ts';
import type { accessLog } from '../schema.ts';
import { logText } from '../texts.ts';
import { DateFields, LogTime, Pagination } from './log-parts.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

type AccessRow = typeof accessLog.$inferSelect;

type Props = {
  view: View;
  values: FilterValues;
  errors?: FieldErrors;
  rows: AccessRow[];
  page: number;
  hasNext: boolean;
};

export const AccessLogPage = ({ view, values, errors = {}, rows, page, hasNext }: Props) => {
  const t = pick(logText, view.lang);
  const actionLabel = (a: string) => (a in t.actions ? t.actions[a as keyof typeof t.actions] : a);
  const actionOptions = [{ value: '', label: t.anyAction }, ...ACCESS_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))];

  return (
    <StaffLayout view={view} title={t.accessTitle}>
      <h1 class="utrecht-heading-1">{t.accessTitle}</h1>
      <p class="utrecht-paragraph">{t.accessIntro}</p>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <form method="get" action="/logboek/inzage" novalidate>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t.filters}</legend>
          <div class="vn-filters">
            <DateFields lang={view.lang} values={values} errors={errors} />
            <TextField name="gebruiker" label={t.user} value={values.gebruiker} error={errors.gebruiker} maxlength={TEXT_LIMIT} />
            <TextField name="soort" label={t.recordType} hint={t.recordTypeHint} value={values.soort} error={errors.soort} maxlength={TEXT_LIMIT} />
            <TextField name="nummer" label={t.recordId} value={values.nummer} error={errors.nummer} maxlength={TEXT_LIMIT} />
            <SelectField name="actie" label={t.accessAction} options={actionOptions} value={values.actie} error={errors.actie} />
          </div>
          {errors.pagina ? <p class="vn-field-error" id="pagina">{errors.pagina}</p> : null}
          <SubmitButton>{t.search}</SubmitButton> <a class="utrecht-link" href="/logboek/inzage">{t.clear}</a>
        </fieldset>
      </form>
      <p class="utrecht-paragraph">{t.timeZone}</p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={t.accessTitle}>
          <table class="vn-table" data-testid="access-table">
            <caption class="visually-hidden">{t.count(rows.length, page)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colActor}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colRecord}</th>
                <th scope="col">{t.colReason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <LogTime lang={view.lang} at={r.at} />
                  </td>
                  <td>{r.userLabel}</td>
                  <td>{actionLabel(r.action)}</td>
                  <td>
                    {r.recordType} {r.recordId}
                    <br />
                    <a class="utrecht-link" href={`/logboek/inzage${filterQuery({ soort: r.recordType, nummer: r.recordId })}`}>
                      {t.whoRead}
                    </a>
                  </td>
                  <td>{r.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Pagination lang={view.lang} base="/logboek/inzage" values={values} page={page} hasNext={hasNext} />
    </StaffLayout>
  );
};
