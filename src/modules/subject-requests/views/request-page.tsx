import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton } from '../../../web/components/form.tsx';
import { common } from '../../../web/texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { isDecision, isExecutionReason, isIdentityCheck, isRefusalGround, isRequestKind } from '../requests/kinds.ts';
import type { DecisionLine, OpenedRequest } from '../requests/open-request.ts';
import { requestText } from '../texts.ts';
import { DeadlineSection } from './deadline-section.tsx';

type Props = { view: View; opened: OpenedRequest; message?: string; errors?: FieldErrors; reason?: string };

const Lines = ({ items }: { items: string[] }) => (items.length === 0 ? '—' : items.join(', '));

export const RequestPage = ({ view, opened, message, errors, reason }: Props) => {
  const t = pick(requestText, view.lang);
  const { request, subject, decisions } = opened;
  const kind = isRequestKind(request.kind) ? t.kindShort[request.kind] : request.kind;
  const title = t.requestTitle(kind);
  const decisionName = (d: string) => (isDecision(d) ? t.decisions[d] : d);
  const execution = (d: DecisionLine) => {
    if (d.execution === 'refused') return `${t.executions.refused}: ${d.executionReason && isExecutionReason(d.executionReason) ? t.executionReasons[d.executionReason] : '—'}`;
    return d.execution === 'queued' ? t.executions.queued : d.execution === 'done' ? t.executions.done : t.executions.recorded;
  };
  const recordName = (l: DecisionLine) => `${t.recordTypes[l.recordType] ?? l.recordType} ${l.recordId.slice(0, 8)}`;
  const queued = decisions.filter((d) => d.execution === 'queued');

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors ?? {}} />
      {message ? <Alert type="ok">{message}</Alert> : null}
      <DeadlineSection view={view} opened={opened} errors={errors} reason={reason} />
      <h2 class="utrecht-heading-2">{t.personTitle}</h2>
      <dl class="vn-facts" data-testid="subject">
        <dt>{t.personName}</dt>
        <dd>{subject.name || '—'}</dd>
        <dt>{t.personPhones}</dt>
        <dd>
          <Lines items={subject.phones} />
        </dd>
        <dt>{t.personEmails}</dt>
        <dd>
          <Lines items={subject.emails} />
        </dd>
        <dt>{t.personHandles}</dt>
        <dd>
          <Lines items={subject.handles} />
        </dd>
        <dt>{t.personReport}</dt>
        <dd>{subject.reportNumber || '—'}</dd>
        <dt>{t.receivedOn}</dt>
        <dd>{request.receivedOn}</dd>
        <dt>{t.identityTitle}</dt>
        <dd>
          {isIdentityCheck(request.identityCheck) ? t.identityChecks[request.identityCheck] : request.identityCheck}
          {subject.identityNote ? ` — ${subject.identityNote}` : ''}
        </dd>
      </dl>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/inzageverzoeken/${request.id}/zoeken`}>
          {t.searchLink}
        </a>{' '}
        {t.searchNote}
      </p>
      <h2 class="utrecht-heading-2" id="besluiten">
        {t.decisionsTitle}
      </h2>
      {decisions.length === 0 ? (
        <p class="utrecht-paragraph">{t.noDecisions}</p>
      ) : (
        <TableRegion labelledBy="besluiten">
          <table class="vn-table" data-testid="decisions">
            <thead>
              <tr>
                <th scope="col">{t.colRecord}</th>
                <th scope="col">{t.colDecision}</th>
                <th scope="col">{t.colExecution}</th>
                <th scope="col">{t.colNote}</th>
                <th scope="col">{t.colWhen}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr data-testid="decision" data-record={`${d.recordType}:${d.recordId}`}>
                  <td>{recordName(d)}</td>
                  <td>
                    {decisionName(d.decision)}
                    {d.ground && isRefusalGround(d.ground) ? `: ${t.grounds[d.ground]}` : ''}
                  </td>
                  <td data-testid="execution">{execution(d)}</td>
                  <td>{d.note || '—'}</td>
                  <td>
                    {d.decidedBy}, {formatDateTime(view.lang, d.decidedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {queued.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.queuedTitle}</h2>
          <p class="utrecht-paragraph">{t.queuedIntro}</p>
          <ul class="utrecht-unordered-list" data-testid="queued" id="uitvoeren">
            {queued.map((d) => (
              <li data-record={`${d.recordType}:${d.recordId}`}>
                {recordName(d)}: {decisionName(d.decision)}
                {d.decision === 'erase' || d.decision === 'restrict' ? (
                  <form method="post" action={`/inzageverzoeken/${request.id}/uitvoeren`} aria-label={t.carryOutLegend(`${recordName(d)}: ${decisionName(d.decision)}`)}>
                    <CsrfField token={view.csrf} />
                    <input type="hidden" name="gegeven" value={`${d.recordType}:${d.recordId}`} />
                    <SubmitButton secondary>{t.carryOut}</SubmitButton>
                  </form>
                ) : (
                  ` — ${t.manualOnly}`
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{t.answerTitle}</h2>
      <p class="utrecht-paragraph">{t.answerIntro}</p>
      <form method="post" action={`/inzageverzoeken/${request.id}/antwoord`}>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="vorm" value="pdf" />
        <SubmitButton>{t.answerPdf}</SubmitButton>
      </form>
      <form method="post" action={`/inzageverzoeken/${request.id}/antwoord`}>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="vorm" value="json" />
        <SubmitButton secondary>{t.answerJson}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inzageverzoeken">
          {t.backToList}
        </a>
      </p>
    </StaffLayout>
  );
};
