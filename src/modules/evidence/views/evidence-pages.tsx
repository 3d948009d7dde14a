import type { Child } from 'hono/jsx';
import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type SeenElsewhere, identifierText, WhereElseSeenLinks } from '../../identifiers/index.ts';
import { EVIDENCE_LIMITS } from '../limits.ts';
import type { ArtefactRow, EvidenceRow } from '../queries.ts';
import { evidenceText } from '../texts.ts';
import { captureNoteText } from './capture-note-text.ts';
import { visibleText } from '../../../web/visible-text.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

/** UTC on purpose: evidence times are compared across organisations and with server logs. */
export const utc = (d: Date | null | undefined) => (d ? `${d.toISOString().replace('T', ' ').slice(0, 19)} UTC` : '');

const kindLabel = (lang: View['lang'], kind: string) => {
  const t = pick(evidenceText, lang);

  return kind === 'web_capture' ? t.kindCapture : t.kindUpload;
};

export const withDossier = (path: string, dossierId: string | null) => (dossierId ? `${path}?dossier=${encodeURIComponent(dossierId)}` : path);

export const EvidenceListPage = ({ view, rows, page, hasNext, dossierId = null }: { view: View; rows: EvidenceRow[]; page: number; hasNext: boolean; dossierId?: string | null }) => {
  const t = pick(evidenceText, view.lang);

  return (
    <StaffLayout view={view} title={t.listTitle}>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      {dossierId ? <p class="utrecht-paragraph">{t.forDossier}</p> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--primary-action" href={withDossier('/bewijs/webpagina', dossierId)}>
          {t.captureLink}
        </a>{' '}
        <a class="utrecht-button-link utrecht-button-link--secondary-action" href={withDossier('/bewijs/bestand', dossierId)}>
          {t.uploadLink}
        </a>
      </p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.listEmpty}</p>
      ) : (
        <TableRegion label={t.listTitle}>
          <table class="utrecht-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.colTitle}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colKind}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colCaptured}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colBy}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/bewijs/${r.id}`}>
                      {visibleText(r.title)}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{kindLabel(view.lang, r.kind)}</td>
                  <td class="utrecht-table__cell">{utc(r.capturedAt)}</td>
                  <td class="utrecht-table__cell">{r.addedByLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p class="utrecht-paragraph">
        {page > 1 ? (
          <a class="utrecht-link" href={`/bewijs?pagina=${page - 1}`}>
            {t.previous}
          </a>
        ) : null}{' '}
        {hasNext ? (
          <a class="utrecht-link" href={`/bewijs?pagina=${page + 1}`}>
            {t.next}
          </a>
        ) : null}
      </p>
    </StaffLayout>
  );
};

export type CaptureValues = { url: string; title: string; source: string };

export const CapturePage = ({
  view,
  values,
  errors = {},
  dossierId,
}: {
  view: View;
  values: CaptureValues;
  errors?: FieldErrors;
  dossierId: string | null;
}) => {
  const t = pick(evidenceText, view.lang);
  const c = pick(common, view.lang);

  return (
    <StaffLayout view={view} title={t.captureTitle}>
      <h1 class="utrecht-heading-1">{t.captureTitle}</h1>
      <ErrorSummary title={c.errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">{t.captureIntro}</p>
      <form method="post" action={withDossier('/bewijs/webpagina', dossierId)} novalidate>
        <CsrfField token={view.csrf} />
        <TextField name="url" type="url" label={t.url} hint={t.urlHint} value={values.url} error={errors.url} maxlength={EVIDENCE_LIMITS.urlChars} required />
        <TextField name="title" label={t.title} hint={t.titleHintOptional} value={values.title} error={errors.title} maxlength={EVIDENCE_LIMITS.titleChars} />
        <TextArea name="source" label={t.source} hint={t.sourceHint} value={values.source} error={errors.source} maxlength={EVIDENCE_LIMITS.sourceChars} rows={3} />
        <p class="vn-hint">{t.capturing}</p>
        <SubmitButton>{t.captureSubmit}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

export type UploadValues = { title: string; source: string };

export const UploadPage = ({
  view,
  values,
  errors = {},
  dossierId,
}: {
  view: View;
  values: UploadValues;
  errors?: FieldErrors;
  dossierId: string | null;
}) => {
  const t = pick(evidenceText, view.lang);
  const c = pick(common, view.lang);
  const action = withDossier('/bewijs/bestand', dossierId);
  // Multipart bodies are read after the CSRF check runs, so the token travels in the query string.
  const withToken = `${action}${action.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(view.csrf)}`;

  return (
    <StaffLayout view={view} title={t.uploadTitle}>
      <h1 class="utrecht-heading-1">{t.uploadTitle}</h1>
      <ErrorSummary title={c.errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">{t.uploadIntro}</p>
      <form method="post" action={withToken} enctype="multipart/form-data" novalidate>
        <div class={`utrecht-form-field${errors.bestand ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="bestand">
            {t.file}
          </label>
          <p class="vn-hint" id="bestand-hint">
            {t.fileHint(String(EVIDENCE_LIMITS.uploadBytes / 1024 / 1024))}
          </p>
          {errors.bestand ? (
            <p class="vn-field-error" id="bestand-error">
              {errors.bestand}
            </p>
          ) : null}
          <input class="utrecht-textbox" type="file" id="bestand" name="bestand" aria-describedby={errors.bestand ? 'bestand-hint bestand-error' : 'bestand-hint'} />
        </div>
        <TextField name="title" label={t.title} value={values.title} error={errors.title} maxlength={EVIDENCE_LIMITS.titleChars} required />
        <TextArea name="source" label={t.source} hint={t.sourceHint} value={values.source} error={errors.source} maxlength={EVIDENCE_LIMITS.sourceChars} rows={3} />
        <SubmitButton>{t.uploadSubmit}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

const Row = ({ label, children }: { label: string; children?: Child }) => (
  <tr class="utrecht-table__row">
    <th class="utrecht-table__header-cell" scope="row">
      {label}
    </th>
    <td class="utrecht-table__cell">{children}</td>
  </tr>
);

export const EvidenceItemPage = ({
  view,
  item,
  artefacts,
  note,
  openErrors = {},
  openValues = { part: 'original', reason: '' },
  packageReason = '',
  whereElse,
  dossierTitle = null,
  keptUntil = null,
}: {
  view: View;
  item: EvidenceRow;
  /** Until when the item is kept (the retention schedule, issue 19), in both languages. */
  keptUntil?: { text: { nl: string; en: string } } | null;
  /** The title of the item's dossier, which the viewer may open (checked when the item was loaded). */
  dossierTitle?: string | null;
  artefacts: ArtefactRow[];
  note?: string;
  /** The identifier index's "where else seen" for this item (showWhereElseSeen). */
  whereElse?: { items: SeenElsewhere[]; more: number; linkIdentifiers: boolean };
  openErrors?: FieldErrors;
  openValues?: { part: string; reason: string };
  packageReason?: string;
}) => {
  const t = pick(evidenceText, view.lang);
  const c = pick(common, view.lang);
  const details = item.details as { finalUrl?: string; blockedCount?: number; notes?: string[]; rendered?: boolean };
  const parts = [
    { value: 'original', label: item.kind === 'web_capture' ? t.originalWarc : t.original },
    ...artefacts.map((a) => ({ value: a.id, label: t.artefactKinds[a.kind] ?? a.kind })),
  ];

  return (
    <StaffLayout view={view} title={`${t.itemTitle}: ${visibleText(item.title)}`}>
      <h1 class="utrecht-heading-1">{visibleText(item.title)}</h1>
      {note ? <Alert type="warning">{note}</Alert> : null}
      {item.locked ? (
        <Alert type="warning">
          {t.locked} {t.lockDecision}: {item.lockDecision ?? ''}
        </Alert>
      ) : null}
      <TableRegion label={t.itemTitle}>
        <table class="utrecht-table">
          <tbody class="utrecht-table__body">
            <Row label={t.kind}>{kindLabel(view.lang, item.kind)}</Row>
            <Row label={t.captured}>{utc(item.capturedAt)}</Row>
            <Row label={t.addedBy}>{item.addedByLabel}</Row>
            <Row label={t.sourceLabel}>{visibleText(item.sourceDescription)}</Row>
            {item.sourceUrl ? <Row label={t.url2}>{item.sourceUrl}</Row> : null}
            {details.finalUrl && details.finalUrl !== item.sourceUrl ? <Row label={t.finalUrl}>{details.finalUrl}</Row> : null}
            <Row label={t.tool}>{`${item.tool} ${item.toolVersion}`}</Row>
            <Row label={t.mediaType}>{item.mediaType}</Row>
            <Row label={t.size}>{t.bytes(String(item.sizeBytes))}</Row>
            <Row label={t.hash}>
              <code>{item.sha256}</code>
            </Row>
            <Row label={t.dossier}>{item.dossierId ? <a class="utrecht-link" href={`/dossiers/${item.dossierId}`}>{dossierTitle ?? item.dossierId}</a> : t.noDossier}</Row>
          </tbody>
        </table>
      </TableRegion>
      {keptUntil ? (
        <p class="utrecht-paragraph" data-testid="kept-until">
          {pick(keptUntil.text, view.lang)}
        </p>
      ) : null}
      {artefacts.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.artefacts}</h2>
          <ul class="utrecht-unordered-list">
            {artefacts.map((a) => (
              <li>
                {t.artefactKinds[a.kind] ?? a.kind} ({t.bytes(String(a.sizeBytes))}) — {t.hash} <code>{a.sha256}</code>
              </li>
            ))}
          </ul>
          {typeof details.blockedCount === 'number' ? <p class="utrecht-paragraph">{t.blockedCount(String(details.blockedCount))}</p> : null}
        </>
      ) : null}
      {whereElse && whereElse.items.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{pick(identifierText, view.lang).whereElseTitle}</h2>
          <WhereElseSeenLinks lang={view.lang} {...whereElse} />
        </>
      ) : null}
      {details.notes && details.notes.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.notes}</h2>
          <ul class="utrecht-unordered-list">
            {details.notes.map((n) => (
              <li>{captureNoteText(view.lang, n)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.locked ? null : (
        <>
          <h2 class="utrecht-heading-2" id="openen">
            {t.openTitle}
          </h2>
          <ErrorSummary title={c.errorSummaryTitle} errors={openErrors} />
          <p class="utrecht-paragraph">{t.openIntro}</p>
          <form method="post" action={`/bewijs/${item.id}/openen`} novalidate>
            <CsrfField token={view.csrf} />
            <SelectField name="part" label={t.openPart} options={parts} value={openValues.part} />
            <TextField name="reason" label={t.reason} hint={t.reasonHint} value={openValues.reason} error={openErrors.reason} maxlength={500} required />
            <SubmitButton secondary>{t.openSubmit}</SubmitButton>
          </form>
          <h2 class="utrecht-heading-2" id="pakket">
            {t.packageTitle}
          </h2>
          <p class="utrecht-paragraph">{t.packageIntro}</p>
          <form method="post" action={`/bewijs/${item.id}/pakket`} novalidate>
            <CsrfField token={view.csrf} />
            <TextField name="packageReason" label={t.reason} hint={t.reasonHint} value={packageReason} error={openErrors.packageReason} maxlength={500} required />
            <SubmitButton secondary>{t.packageSubmit}</SubmitButton>
          </form>
        </>
      )}
    </StaffLayout>
  );
};
