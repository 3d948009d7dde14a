import type { View } from '../../../app/view.ts';
import { Alert } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { visibleText } from '../../../web/visible-text.ts';
import type { CaptureRequestRow } from '../queries.ts';
import { captureStatusText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { utc, withDossier } from './evidence-pages.tsx';

export type ShownCaptureState = { state: 'queued' | 'running' } | { state: 'failed'; message: string };

/** The page's own script: it asks /bewijs/<id>/stand and shows each new state without a reload. */
export const CAPTURE_STATUS_SCRIPT = '/assets/bewijs-stand.js';

/**
 * A capture that runs as a job, before its item exists: the state and what was asked for. Works
 * without JavaScript: a reload (or the link) shows the newest state, and once done this same
 * address shows the item. With JavaScript, /assets/bewijs-stand.js asks the state endpoint and
 * swaps in the new page when it changes (no meta refresh: it would reload under the user's hands).
 */
export const CaptureStatusPage = ({ view, request, shown }: { view: View; request: CaptureRequestRow; shown: ShownCaptureState }) => {
  const t = pick(captureStatusText, view.lang);
  const label = shown.state === 'queued' ? t.queued : shown.state === 'running' ? t.running : t.failed;

  return (
    <StaffLayout view={view} title={`${t.title}: ${label}`} scripts={shown.state === 'failed' ? [] : [CAPTURE_STATUS_SCRIPT]}>
      {/* Announces a change made by the script; outside what it replaces (empty without it). */}
      <p id="capture-live" class="visually-hidden" role="status" />
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
      <TableRegion label={t.title}>
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
      </TableRegion>
      {shown.state === 'failed' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href={withDossier('/bewijs/webpagina', request.dossierId)}>
            {t.retry}
          </a>
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph" id="capture-hint">
            {t.refreshHint}
          </p>
          <p
            class="utrecht-paragraph"
            data-capture-status={`/bewijs/${request.id}/stand`}
            data-capture-state={shown.state}
            data-auto-hint={t.autoHint}
          >
            <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`/bewijs/${request.id}`}>
              {t.refresh}
            </a>
          </p>
        </>
      )}
    </StaffLayout>
  );
};
