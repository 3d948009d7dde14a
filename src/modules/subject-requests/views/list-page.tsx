import type { View } from '../../../app/view.ts';
import { Alert } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { dayOf, deadlineInForce } from '../requests/deadline.ts';
import { isRequestKind } from '../requests/kinds.ts';
import type { readRequestList } from '../reads.ts';
import { requestText } from '../texts.ts';
import { countdownText } from './deadline-text.tsx';

type Row = Awaited<ReturnType<typeof readRequestList>>[number];

export const ListPage = ({ view, rows }: { view: View; rows: Row[] }) => {
  const t = pick(requestText, view.lang);
  const kind = (k: string) => (isRequestKind(k) ? t.kindShort[k] : k);

  return (
    <StaffLayout view={view} title={t.listTitle}>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inzageverzoeken/nieuw">
          {t.newLink}
        </a>
      </p>
      {rows.length === 0 ? (
        <Alert>{t.none}</Alert>
      ) : (
        <TableRegion label={t.listTitle}>
          <table class="vn-table" data-testid="requests">
            <thead>
              <tr>
                <th scope="col">{t.colReceived}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col">{t.colDeadline}</th>
                <th scope="col">{t.colState}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr data-testid="request" data-id={r.id}>
                  <td>
                    <a class="utrecht-link" href={`/inzageverzoeken/${r.id}`}>
                      {t.openRequest(r.receivedOn, kind(r.kind))}
                    </a>
                  </td>
                  <td>{kind(r.kind)}</td>
                  <td>
                    {deadlineInForce(r)}
                    {r.answeredAt ? null : <span data-testid="countdown"> ({countdownText(view, deadlineInForce(r))})</span>}
                    {r.extendedDeadlineOn ? ` — ${t.listExtended}` : null}
                    {r.extendedDeadlineOn && !r.extensionToldOn && !r.answeredAt ? <strong data-testid="tell">{`, ${t.listTell}`}</strong> : null}
                  </td>
                  <td>{r.answeredAt ? t.answeredOn(dayOf(r.answeredAt)) : t.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </StaffLayout>
  );
};
