import type { View } from '../../../app/view.ts';
import { Alert, type FieldErrors, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { type FilterValues, TEXT_LIMIT } from '../log-pages/parse-log-filter.ts';
import type { auditEvents } from '../schema.ts';
import { logText } from '../texts.ts';
import type { ChainReport } from '../chain/verify-audit-chain.ts';
import { LogPage } from './log-page.tsx';
import { detailsText, LogTime } from './log-parts.tsx';

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
        {chain.cutSeq > 0 ? <> <span data-testid="chain-cut">{t.chainCut(chain.cutSeq)}</span></> : null}
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
    <LogPage
      view={view}
      title={t.auditTitle}
      intro={t.auditIntro}
      base="/logboek/audit"
      values={values}
      errors={errors}
      status={<ChainStatus view={view} chain={chain} />}
      filters={
        <>
          <TextField name="actie" label={t.action} hint={t.actionHint} value={values.actie} error={errors.actie} maxlength={TEXT_LIMIT} />
          <TextField name="soort" label={t.targetType} value={values.soort} error={errors.soort} maxlength={TEXT_LIMIT} />
          <TextField name="nummer" label={t.targetId} value={values.nummer} error={errors.nummer} maxlength={TEXT_LIMIT} />
        </>
      }
      testId="audit-table"
      columns={[t.colSeq, t.colTime, t.colActor, t.colAction, t.colTarget, t.colDetails, t.colIp]}
      rows={rows}
      row={(r) => (
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
      )}
      page={page}
      hasNext={hasNext}
    />
  );
};
