import type { View } from '../../../app/view.ts';
import { Alert, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type FilterValues, TEXT_LIMIT } from '../parse-log-filter.ts';
import type { auditEvents } from '../schema.ts';
import { logText } from '../texts.ts';
import type { ChainReport } from '../verify-audit-chain.ts';
import { DateFields, detailsText, LogTime, Pagination } from './log-parts.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

type AuditRow = typeof auditEvents.$inferSelect;

type Props = {
  view: View;
  values: FilterValues;
  errors?: FieldErrors;
  chain: ChainReport;
  rows: AuditRow[];
  page: number;
  hasNext: boolean;
};

export const ChainStatus = ({ view, chain }: { view: View; chain: ChainReport }) => {
  const t = pick(logText, view.lang);
  if (chain.ok) {
    return (
      <Alert type="ok">
        <span data-testid="chain-status">{t.chainOk(chain.count)}</span> {t.chainHead}{' '}
        <code data-testid="chain-head">{chain.headHash}</code>. {t.chainHeadWhy}
      </Alert>
    );
  }

  return (
    <Alert type="error">
      <span data-testid="chain-status">{t.chainBroken(chain.brokenAt)}</span> {t.chainWhy[chain.reason]}
    </Alert>
  );
};

export const AuditLogPage = ({ view, values, errors = {}, chain, rows, page, hasNext }: Props) => {
  const t = pick(logText, view.lang);

  return (
    <StaffLayout view={view} title={t.auditTitle}>
      <h1 class="utrecht-heading-1">{t.auditTitle}</h1>
      <p class="utrecht-paragraph">{t.auditIntro}</p>
      <ChainStatus view={view} chain={chain} />
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <form method="get" action="/logboek/audit" novalidate>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t.filters}</legend>
          <div class="vn-filters">
            <DateFields lang={view.lang} values={values} errors={errors} />
            <TextField name="gebruiker" label={t.user} value={values.gebruiker} error={errors.gebruiker} maxlength={TEXT_LIMIT} />
            <TextField name="actie" label={t.action} hint={t.actionHint} value={values.actie} error={errors.actie} maxlength={TEXT_LIMIT} />
            <TextField name="soort" label={t.targetType} value={values.soort} error={errors.soort} maxlength={TEXT_LIMIT} />
            <TextField name="nummer" label={t.targetId} value={values.nummer} error={errors.nummer} maxlength={TEXT_LIMIT} />
          </div>
          {errors.pagina ? <p class="vn-field-error" id="pagina">{errors.pagina}</p> : null}
          <SubmitButton>{t.search}</SubmitButton> <a class="utrecht-link" href="/logboek/audit">{t.clear}</a>
        </fieldset>
      </form>
      <p class="utrecht-paragraph">{t.timeZone}</p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={t.auditTitle}>
          <table class="vn-table" data-testid="audit-table">
            <caption class="visually-hidden">{t.count(rows.length, page)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSeq}</th>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colActor}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colTarget}</th>
                <th scope="col">{t.colDetails}</th>
                <th scope="col">{t.colIp}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr class={!chain.ok && chain.brokenAt === r.seq ? 'vn-row-broken' : undefined}>
                  <td>{r.seq}</td>
                  <td>
                    <LogTime lang={view.lang} at={r.at} />
                  </td>
                  <td>{r.actorLabel}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>{r.targetType ? `${r.targetType} ${r.targetId ?? ''}` : ''}</td>
                  <td>
                    <code>{detailsText(r.details)}</code>
                  </td>
                  <td>{r.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Pagination lang={view.lang} base="/logboek/audit" values={values} page={page} hasNext={hasNext} />
    </StaffLayout>
  );
};
