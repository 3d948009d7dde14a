import type { View } from '../../../app/view.ts';
import { CsrfField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { CHANNELS, REPORTER_KINDS, STATUSES } from '../answers.ts';
import type { QueueFilter } from '../queries.ts';
import { staffText } from '../triage/staff-texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

type Row = {
  id: string;
  number: string;
  channel: string;
  reporterKind: string;
  urgent: boolean;
  urgentReason: string | null;
  minorAtRisk: boolean;
  status: string;
  assigneeId: string | null;
  anonymous: boolean;
  createdAt: Date;
  /** A reporter message this viewer has not seen yet. */
  unread: boolean;
};

type Alert = { id: string; reportId: string; reason: string; number: string; createdAt: Date };

type Props = {
  view: View;
  rows: Row[];
  filter: QueueFilter;
  staff: { id: string; name: string }[];
  alerts: Alert[] | null;
  canFile: boolean;
};

const Select = ({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) => (
  <div class="utrecht-form-field">
    <label class="utrecht-form-label" for={name}>
      {label}
    </label>
    <select class="utrecht-select utrecht-select--html-select" id={name} name={name}>
      {options.map(([v, l]) => (
        <option value={v} selected={(value ?? '') === v}>
          {l}
        </option>
      ))}
    </select>
  </div>
);

export const QueuePage = ({ view, rows, filter, staff, alerts, canFile }: Props) => {
  const t = pick(staffText, view.lang);
  const names = new Map(staff.map((s) => [s.id, s.name]));

  return (
    <StaffLayout view={view} title={t.queueTitle}>
      <h1 class="utrecht-heading-1">{t.queueTitle}</h1>
      {alerts ? (
        <section aria-labelledby="signalen">
          <h2 class="utrecht-heading-2" id="signalen">
            {t.alertsTitle} <span class={`vn-badge${alerts.length ? ' vn-badge--danger' : ''}`} data-testid="alert-count">{alerts.length}</span>
          </h2>
          {alerts.length === 0 ? (
            <p class="utrecht-paragraph">{t.alertsNone}</p>
          ) : (
            <ul class="vn-card-list">
              {alerts.map((a) => (
                <li>
                  <a class="utrecht-link" href={`/meldingen/${a.reportId}`}>
                    {a.number}
                  </a>{' '}
                  · {t.alertReason[a.reason] ?? a.reason} · {formatDateTime(view.lang, a.createdAt)}{' '}
                  <form method="post" action={`/meldingen/signalen/${a.id}/gezien`} class="vn-inline-form">
                    <CsrfField token={view.csrf} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {t.alertSeen}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <p class="utrecht-paragraph">{t.queueIntro}</p>
      {canFile ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/meldingen/nieuw">
            {t.newReport}
          </a>
        </p>
      ) : null}
      <form method="get" action="/meldingen" class="vn-filters">
        <Select name="kanaal" label={t.col.channel} value={filter.channel} options={[['', t.all], ...CHANNELS.map((c): [string, string] => [c, t.channels[c] ?? c])]} />
        <Select name="melder" label={t.col.kind} value={filter.reporterKind} options={[['', t.all], ...REPORTER_KINDS.map((k): [string, string] => [k, t.kinds[k] ?? k])]} />
        <Select name="status" label={t.col.status} value={filter.status} options={[['', t.allOpen], ...STATUSES.map((s): [string, string] => [s, t.statuses[s] ?? s])]} />
        <Select
          name="behandelaar"
          label={t.col.assignee}
          value={filter.assignee}
          options={[['', t.all], ['none', t.unassigned], ...staff.map((s): [string, string] => [s.id, s.name])]}
        />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t.filter}
        </button>
      </form>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={t.queueTitle}>
          <table class="utrecht-table vn-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.col.number}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.urgency}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.received}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.channel}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.kind}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.status}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.assignee}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.col.unread}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((r) => (
                <tr class="utrecht-table__row" data-testid="queue-row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/meldingen/${r.id}`}>
                      {r.number}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">
                    {r.urgent ? <span class="vn-badge vn-badge--danger">{t.urgent}</span> : null} {r.minorAtRisk ? <span class="vn-badge">{t.minor}</span> : null}
                  </td>
                  <td class="utrecht-table__cell">{formatDateTime(view.lang, r.createdAt)}</td>
                  <td class="utrecht-table__cell">{t.channels[r.channel] ?? r.channel}</td>
                  <td class="utrecht-table__cell">
                    {t.kinds[r.reporterKind] ?? r.reporterKind}
                    {r.anonymous ? ` (${t.anonymous})` : ''}
                  </td>
                  <td class="utrecht-table__cell">{t.statuses[r.status] ?? r.status}</td>
                  <td class="utrecht-table__cell">{r.assigneeId ? (names.get(r.assigneeId) ?? '?') : t.unassigned}</td>
                  <td class="utrecht-table__cell">
                    {r.unread ? (
                      <span class="vn-badge vn-badge--danger" data-testid="queue-unread">
                        {t.unreadAnswer}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </StaffLayout>
  );
};
