import type { View } from '../../../app/view.ts';
import { Alert } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { visibleText } from '../../../web/visible-text.ts';
import type { CaptureRequestRow } from '../queries.ts';
import { captureStatusText } from '../texts.ts';
import { utc, withDossier } from './evidence-pages.tsx';

export type ShownCaptureState = { state: 'queued' | 'running' } | { state: 'failed'; message: string };

/**
 * A capture that runs as a job, before its item exists: the state and what was asked for. Works
 * without JavaScript: a reload (or the link) shows the newest state, and once done this same
 * address shows the item.
 */
export const CaptureStatusPage = ({ view, request, shown }: { view: View; request: CaptureRequestRow; shown: ShownCaptureState }) => {
  const t = pick(captureStatusText, view.lang);
  const label = shown.state === 'queued' ? t.queued : shown.state === 'running' ? t.running : t.failed;

  return (
    <StaffLayout view={view} title={`${t.title}: ${label}`}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {shown.state === 'failed' ? (
        <Alert type="error">
          <p class="utrecht-paragraph">
            <strong>{t.failed}.</strong> {shown.message}
          </p>
        </Alert>
      ) : (
        <Alert type="info">
          <p class="utrecht-paragraph">
            <strong data-testid="capture-state">{label}.</strong> {shown.state === 'queued' ? t.queuedText : t.runningText}
          </p>
        </Alert>
      )}
      <div class="vn-table-wrap">
        <table class="utrecht-table">
          <tbody class="utrecht-table__body">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.state}</th>
              <td class="utrecht-table__cell">{label}</td>
            </tr>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.url}</th>
              <td class="utrecht-table__cell">{visibleText(request.url)}</td>
            </tr>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.titleLabel}</th>
              <td class="utrecht-table__cell">{request.title ? visibleText(request.title) : t.noTitle}</td>
            </tr>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.requestedAt}</th>
              <td class="utrecht-table__cell">{utc(request.requestedAt)}</td>
            </tr>
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">{t.by}</th>
              <td class="utrecht-table__cell">{request.requestedByLabel}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {shown.state === 'failed' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href={withDossier('/bewijs/webpagina', request.dossierId)}>
            {t.retry}
          </a>
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.refreshHint}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`/bewijs/${request.id}`}>
              {t.refresh}
            </a>
          </p>
        </>
      )}
    </StaffLayout>
  );
};
