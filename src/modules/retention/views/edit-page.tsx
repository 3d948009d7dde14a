import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { allowedActions, type ScheduleLine } from '../load-schedule.ts';
import { retentionText } from '../texts.ts';

export type EditValues = { days: string; action: string; legalBasis: string; reason: string };

export type HistoryRow = { version: number; days: number; action: string; legalBasis: string; reason: string; changedAt: Date; changedBy: string };

export const editValues = (line: ScheduleLine, lang: View['lang']): EditValues => ({ days: String(line.days), action: line.action, legalBasis: pick(line.legalBasis, lang), reason: '' });

type Props = { view: View; line: ScheduleLine; values: EditValues; history: HistoryRow[]; errors?: FieldErrors; message?: string; stale?: boolean };

export const EditPage = ({ view, line, values, history, errors = {}, message, stale }: Props) => {
  const t = pick(retentionText, view.lang);
  const label = pick(line.rule.label, view.lang);
  const title = t.editTitle(label);
  const actionName = (a: string) => (a in t.actions ? t.actions[a as keyof typeof t.actions] : a);

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {stale ? <Alert type="error">{t.stale}</Alert> : null}
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">
        {t.version(line.version)}: {t.days(line.days)}, {actionName(line.action)}.
      </p>
      <p class="utrecht-paragraph">{t.editIntro}</p>
      <form method="post" action={`/bewaartermijnen/${encodeURIComponent(line.rule.key)}`} novalidate>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="versie" value={String(line.version)} />
        <TextField name="dagen" label={t.daysLabel} hint={t.daysHint} value={values.days} error={errors.dagen} inputmode="numeric" maxlength={5} />
        <SelectField name="actie" label={t.actionLabel} value={values.action} error={errors.actie} options={allowedActions(line.rule).map((a) => ({ value: a, label: t.actions[a] }))} />
        <TextArea name="grondslag" label={t.basisLabel} hint={t.basisHint} value={values.legalBasis} error={errors.grondslag} maxlength={1000} rows={3} />
        <TextArea name="reden" label={t.reasonLabel} hint={t.reasonHint} value={values.reason} error={errors.reden} maxlength={2000} rows={3} />
        <SubmitButton>{t.save}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2" id="geschiedenis">
        {t.historyTitle}
      </h2>
      {history.length === 0 ? (
        <p class="utrecht-paragraph">{t.noHistory}</p>
      ) : (
        <TableRegion labelledBy="geschiedenis">
          <table class="vn-table" data-testid="history">
            <thead>
              <tr>
                <th scope="col">{t.colVersion}</th>
                <th scope="col">{t.colPeriod}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colBasis}</th>
                <th scope="col">{t.colReason}</th>
                <th scope="col">{t.colWho}</th>
                <th scope="col">{t.colWhen}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr>
                  <td>{h.version}</td>
                  <td>{t.days(h.days)}</td>
                  <td>{actionName(h.action)}</td>
                  <td>{h.legalBasis}</td>
                  <td>{h.reason}</td>
                  <td>{h.changedBy}</td>
                  <td>{formatDateTime(view.lang, h.changedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bewaartermijnen">
          {t.back}
        </a>
      </p>
    </StaffLayout>
  );
};
