import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { casesLabels } from '../../../cases/index.ts';
import { identifierHref } from '../../../identifiers/index.ts';
import { operatorHref, operatorShortId } from '../../operators/load-operator-page.ts';
import { monitorAlertText, monitorText, operatorText } from '../../texts.ts';

/** One alert as its owner sees it; `dossier` is null when the viewer may not open that dossier now. */
export type AlertItem = {
  id: string;
  via: 'ad' | 'group';
  createdAt: Date;
  readAt: Date | null;
  ad: { id: string; title: string; place: string | null };
  identifier: { kind: string; key: string; display: string };
  dossier: { id: string; title: string; status: string } | null;
  /** The operator of the ad's template group, when it is in one. */
  operatorKey?: string | null;
};

export const AlertsPage = ({ view, alerts, message }: { view: View; alerts: AlertItem[]; message?: string }) => {
  const t = pick(monitorAlertText, view.lang);
  const tm = pick(monitorText, view.lang);
  const status = pick(casesLabels, view.lang).status;

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      <p class="utrecht-paragraph">{t.intro}</p>
      {alerts.length === 0 ? <p class="utrecht-paragraph">{t.empty}</p> : null}
      <ol class="vn-list" data-testid="monitor-alerts">
        {alerts.map((a) => (
          <li data-alert={a.id} data-read={a.readAt ? 'yes' : 'no'}>
            <h2 class="utrecht-heading-3">
              <span class={`vn-badge${a.readAt ? '' : ' vn-badge--danger'}`}>{a.readAt ? t.read : t.unread}</span>{' '}
              <a class="utrecht-link" href={`/monitor/advertenties/${a.ad.id}`}>
                {a.ad.title}
              </a>
            </h2>
            <dl class="vn-facts">
              <dt>{tm.place}</dt>
              <dd>{a.ad.place ?? '–'}</dd>
              <dt>{t.identifier}</dt>
              <dd>
                <a class="utrecht-link" href={identifierHref(a.identifier.kind, a.identifier.key)}>
                  {a.identifier.display}
                </a>
              </dd>
              {a.operatorKey ? (
                <>
                  <dt>{tm.operator}</dt>
                  <dd>
                    <a class="utrecht-link" href={operatorHref(a.operatorKey)} data-operator={a.operatorKey}>
                      {pick(operatorText, view.lang).name(operatorShortId(a.operatorKey))}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt>{t.via}</dt>
              <dd data-via={a.via}>{a.via === 'group' ? t.viaGroup : t.viaAd}</dd>
              <dt>{t.dossier}</dt>
              <dd>
                {a.dossier ? (
                  <>
                    <a class="utrecht-link" href={`/dossiers/${a.dossier.id}`}>
                      {a.dossier.title}
                    </a>{' '}
                    ({t.dossierStatus(status[a.dossier.status] ?? a.dossier.status)})
                  </>
                ) : (
                  t.noAccess
                )}
              </dd>
              <dt>{t.when}</dt>
              <dd>{formatDateTime(view.lang, a.createdAt)}</dd>
            </dl>
            {a.readAt ? null : (
              <form method="post" action={`/monitor/meldingen/${a.id}/gelezen`}>
                <CsrfField token={view.csrf} />
                <SubmitButton secondary>{t.markRead}</SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ol>
    </StaffLayout>
  );
};

/** A small link to the alert page, shown on /monitor when there is something new. */
export const UnreadAlertsLink = ({ view, count }: { view: View; count: number }) =>
  count > 0 ? (
    <p class="utrecht-paragraph" data-testid="monitor-alert-count">
      <a class="utrecht-link" href="/monitor/meldingen">
        <span class="vn-badge vn-badge--danger">{count}</span> {pick(monitorAlertText, view.lang).unreadLink(count)}
      </a>
    </p>
  ) : null;
