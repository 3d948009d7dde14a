import type { View } from '../../../app/view.ts';
import { type FieldErrors, SelectField, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { ACCESS_ACTIONS } from '../access-log/log-access.ts';
import { type FilterValues, filterQuery, TEXT_LIMIT } from '../log-pages/parse-log-filter.ts';
import type { accessLog } from '../schema.ts';
import { logText } from '../texts.ts';
import { LogPage } from './log-page.tsx';
import { LogTime } from './log-parts.tsx';

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
    <LogPage
      view={view}
      title={t.accessTitle}
      intro={t.accessIntro}
      base="/logboek/inzage"
      values={values}
      errors={errors}
      filters={
        <>
          <TextField name="soort" label={t.recordType} hint={t.recordTypeHint} value={values.soort} error={errors.soort} maxlength={TEXT_LIMIT} />
          <TextField name="nummer" label={t.recordId} value={values.nummer} error={errors.nummer} maxlength={TEXT_LIMIT} />
          <SelectField name="actie" label={t.accessAction} options={actionOptions} value={values.actie} error={errors.actie} />
        </>
      }
      testId="access-table"
      columns={[t.colTime, t.colActor, t.colAction, t.colRecord, t.colReason]}
      rows={rows}
      row={(r) => (
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
      )}
      page={page}
      hasNext={hasNext}
    />
  );
};
