import type { Child } from 'hono/jsx';
import type { View } from '../../../app/view.ts';
import { ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type FilterValues, TEXT_LIMIT } from '../log-pages/parse-log-filter.ts';
import { logText } from '../texts.ts';
import { DateFields, Pagination } from './log-parts.tsx';

type Props<T> = {
  view: View;
  title: string;
  intro: string;
  /** The page's own path: the filter form's action, the clear link and the pagination. */
  base: string;
  values: FilterValues;
  errors: FieldErrors;
  /** Shown between the intro and the filter form (the audit log's chain status). */
  status?: Child;
  /** The filters after the dates and the user, which differ per log. */
  filters: Child;
  testId: string;
  columns: string[];
  rows: T[];
  row: (r: T) => Child;
  page: number;
  hasNext: boolean;
};

/**
 * The frame both log pages share: a GET filter form (works without JavaScript) with dates and user,
 * the rows in a table region, and previous/next links that keep the filter.
 */
export const LogPage = <T,>({ view, title, intro, base, values, errors, status, filters, testId, columns, rows, row, page, hasNext }: Props<T>) => {
  const t = pick(logText, view.lang);

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{intro}</p>
      {status}
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <form method="get" action={base} novalidate>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t.filters}</legend>
          <div class="vn-filters">
            <DateFields lang={view.lang} values={values} errors={errors} />
            <TextField name="gebruiker" label={t.user} value={values.gebruiker} error={errors.gebruiker} maxlength={TEXT_LIMIT} />
            {filters}
          </div>
          {errors.pagina ? <p class="vn-field-error" id="pagina">{errors.pagina}</p> : null}
          <SubmitButton>{t.search}</SubmitButton> <a class="utrecht-link" href={base}>{t.clear}</a>
        </fieldset>
      </form>
      <p class="utrecht-paragraph">{t.timeZone}</p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={title}>
          <table class="vn-table" data-testid={testId}>
            <caption class="visually-hidden">{t.count(rows.length, page)}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map(row)}</tbody>
          </table>
        </TableRegion>
      )}
      <Pagination lang={view.lang} base={base} values={values} page={page} hasNext={hasNext} />
    </StaffLayout>
  );
};
