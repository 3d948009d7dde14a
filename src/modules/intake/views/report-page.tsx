import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type SeenElsewhere, identifierText, WhereElseSeenLinks } from '../../identifiers/index.ts';
import { consentCountsForAge, ownConsentBandOfReport, REPORT_CONSENT_PURPOSE } from '../../../app/consent-age.ts';
import { CLOSE_REASONS, type DraftAnswers, type ReporterIdentity, STATUSES, STEP_SLUGS, STEPS } from '../answers.ts';
import type { ConsentRow, FileMeta, MessageRow, ReportRow } from '../queries.ts';
import { staffText } from '../triage/staff-texts.ts';
import { formText } from '../texts/texts.ts';
import { fieldTexts } from './fields.tsx';
import { visibleText } from '../../../web/visible-text.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

type Props = {
  view: View;
  report: ReportRow;
  /** "Bewaard tot …" (retention's keptUntil hook); null shows nothing. */
  keptUntil?: { text: { nl: string; en: string } } | null;
  identifiers: { kind: string; rawValue: string }[];
  consents: ConsentRow[];
  messages: MessageRow[];
  files: FileMeta[];
  staff: { id: string; name: string }[];
  /** undefined: not allowed to see; null: anonymous. */
  identity: ReporterIdentity | null | undefined;
  canChange: boolean;
  errors?: FieldErrors;
  notice?: string;
  messageDraft?: string;
  /** The kind chosen with a refused message (internal note when none). */
  messageKind?: string;
  /** The message form's token: a second post of this form adds no second message. */
  formToken?: string;
  /** The identifier index's "where else seen" for this report (showWhereElseSeen). */
  whereElse?: { items: SeenElsewhere[]; more: number; linkIdentifiers: boolean };
};

/** Who may open a dossier (the cases module's rule for /dossiers/nieuw); cases sits above intake, so a link only. */
const DOSSIER_CREATORS: readonly string[] = ['investigator', 'supervisor'];

const answerValue = (f: typeof formText.nl, name: string, answers: DraftAnswers): string => {
  const ft = fieldTexts(f, name);
  const v = answers[name];
  if (Array.isArray(v)) return v.map((o) => ft.options?.[o] ?? o).join('; ');
  if (!v) return '';

  return ft.options?.[v] ?? v;
};

export const ReportPage = ({ view, report, keptUntil = null, identifiers, consents, messages, files, staff, identity, canChange, errors = {}, notice, messageDraft, messageKind, formToken, whereElse }: Props) => {
  const t = pick(staffText, view.lang);
  const f = pick(formText, view.lang);
  const answers = report.answers as DraftAnswers;
  // A victim's own "ja" counts by the one age rule (src/app/consent-age.ts), as the dossier's handover check does.
  const ownBand = ownConsentBandOfReport(report.reporterKind, answers);
  const ownConsentCounts = (p: string) => {
    const purpose = REPORT_CONSENT_PURPOSE[p];
    return ownBand == null || purpose == null || consentCountsForAge('victim', purpose, ownBand).ok;
  };
  const current = new Map<string, ConsentRow>();
  for (const c of consents) current.set(c.purpose, c);
  const base = `/meldingen/${report.id}`;

  return (
    <StaffLayout view={view} title={t.reportTitle(report.number)}>
      <h1 class="utrecht-heading-1">
        {t.reportTitle(report.number)} {report.urgent ? <span class="vn-badge vn-badge--danger">{t.urgent}</span> : null}{' '}
        {report.minorAtRisk ? <span class="vn-badge">{t.minor}</span> : null}
      </h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <p class="utrecht-paragraph">
        {t.received}: {formatDateTime(view.lang, report.createdAt)} · {t.channels[report.channel] ?? report.channel} · {t.kinds[report.reporterKind] ?? report.reporterKind} ·{' '}
        {t.status}: <strong data-testid="report-status">{t.statuses[report.status] ?? report.status}</strong>
        {report.closeReason ? ` (${t.closeReasons[report.closeReason] ?? report.closeReason})` : ''}
      </p>
      {keptUntil ? (
        <p class="utrecht-paragraph" data-testid="kept-until">
          {pick(keptUntil.text, view.lang)}
        </p>
      ) : null}
      {view.user?.roles.some((r) => DOSSIER_CREATORS.includes(r)) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--secondary-action" href={`/dossiers/nieuw?meldingen=${encodeURIComponent(report.number)}`}>
            {t.makeDossier}
          </a>
        </p>
      ) : null}
      {report.filedBy ? <p class="utrecht-paragraph">{t.filedBy}{report.receiptMustChange ? `. ${t.mustChange}` : ''}</p> : null}

      {canChange ? (
        <div class="vn-filters">
          <form method="post" action={`${base}/toewijzen`}>
            <CsrfField token={view.csrf} />
            <label class="utrecht-form-label" for="assigneeId">
              {t.assign}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id="assigneeId" name="assigneeId">
              <option value="">{t.unassigned}</option>
              {staff.map((s) => (
                <option value={s.id} selected={report.assigneeId === s.id}>
                  {s.id === view.user?.id ? `${s.name} (${t.assignMe})` : s.name}
                </option>
              ))}
            </select>{' '}
            <SubmitButton secondary>{t.assignSave}</SubmitButton>
          </form>
          <form method="post" action={`${base}/status`}>
            <CsrfField token={view.csrf} />
            <label class="utrecht-form-label" for="status">
              {t.status}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id="status" name="status">
              {STATUSES.map((s) => (
                <option value={s} selected={report.status === s}>
                  {t.statuses[s]}
                </option>
              ))}
            </select>
            <label class="utrecht-form-label" for="closeReason">
              {t.closeReason}
            </label>
            {errors.closeReason ? (
              <p class="vn-field-error" id="closeReason-error">
                {errors.closeReason}
              </p>
            ) : null}
            <select class="utrecht-select utrecht-select--html-select" id="closeReason" name="closeReason">
              <option value="">{t.closeReasonNone}</option>
              {CLOSE_REASONS.map((r) => (
                <option value={r} selected={report.closeReason === r}>
                  {t.closeReasons[r]}
                </option>
              ))}
            </select>{' '}
            <SubmitButton secondary>{t.statusSave}</SubmitButton>
          </form>
        </div>
      ) : (
        <p class="utrecht-paragraph">{t.readOnly}</p>
      )}

      <h2 class="utrecht-heading-2">{t.identity}</h2>
      {identity === undefined ? (
        <p class="utrecht-paragraph">{t.identityHidden}</p>
      ) : identity === null ? (
        <p class="utrecht-paragraph">{t.identityAnonymous}</p>
      ) : (
        <dl data-testid="identity">
          {Object.entries(identity).map(([k, v]) => (
            <>
              <dt>{fieldTexts(f, k).label}</dt>
              <dd>{visibleText(fieldTexts(f, k).options?.[v] ?? v)}</dd>
            </>
          ))}
        </dl>
      )}

      <h2 class="utrecht-heading-2">{t.answers}</h2>
      <dl>
        {STEP_SLUGS.flatMap((slug) => STEPS[slug])
          .filter((s) => !s.onlyIf && answerValue(f, s.name, answers))
          .map((s) => (
            <>
              <dt>{fieldTexts(f, s.name).label}</dt>
              <dd class="vn-answer">{visibleText(answerValue(f, s.name, answers))}</dd>
            </>
          ))}
      </dl>

      <h2 class="utrecht-heading-2">{t.identifiers}</h2>
      {identifiers.length === 0 ? (
        // Numbers recognised in the free text are listed just below: then "none" would contradict them.
        <p class="utrecht-paragraph">{whereElse && whereElse.items.length > 0 ? t.identifiersNoneButFound : t.identifiersNone}</p>
      ) : (
        <TableRegion label={t.identifiers}>
          <table class="utrecht-table vn-table" data-testid="identifiers">
            <tbody class="utrecht-table__body">
              {identifiers.map((i) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {t.identifierKind[i.kind] ?? i.kind}
                  </th>
                  <td class="utrecht-table__cell">
                    <code>{i.rawValue}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      {whereElse ? (
        <>
          <h3 class="utrecht-heading-3">{pick(identifierText, view.lang).whereElseTitle}</h3>
          <WhereElseSeenLinks lang={view.lang} {...whereElse} />
        </>
      ) : null}

      <h2 class="utrecht-heading-2">{t.consent}</h2>
      {consents.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="consent-not-asked">
          <strong>{t.consentNotAsked(answers.path === 'kort')}</strong>
        </p>
      ) : null}
      <ul class="utrecht-unordered-list">
        {['police', 'care', 'zvh'].map((p) => (
          <li>
            {t.consentPurpose[p]}: <strong>{current.get(p)?.granted ? t.yes : t.no}</strong>
            {current.get(p)?.granted && !ownConsentCounts(p) ? <span data-testid="consent-age"> — {t.consentNotEnoughForAge}</span> : null}
          </li>
        ))}
      </ul>
      {consents.length > 3 ? (
        <>
          <h3 class="utrecht-heading-3">{t.consentHistory}</h3>
          <ul class="utrecht-unordered-list">
            {consents.map((c) => (
              <li>
                {formatDateTime(view.lang, c.createdAt)} · {t.consentPurpose[c.purpose]}: {c.granted ? t.yes : t.no} ({t.by[c.source] ?? c.source})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 class="utrecht-heading-2">{t.files}</h2>
      <p class="utrecht-paragraph">{t.fileWarning}</p>
      {files.length === 0 ? (
        <p class="utrecht-paragraph">{t.filesNone}</p>
      ) : (
        <ul class="vn-card-list">
          {files.map((file) => (
            <li data-testid="file">
              <p class="utrecht-paragraph">
                {file.detectedType.toUpperCase()} · {Math.ceil(file.size / 1024)} kB · SHA-256 <code>{file.sha256}</code>
              </p>
              {file.state === 'locked' ? (
                <p class="utrecht-paragraph">{t.fileLocked}</p>
              ) : (
                <>
                  <form method="post" action={`${base}/bestanden/${file.id}/openen`}>
                    <CsrfField token={view.csrf} />
                    <label class="utrecht-form-label" for={`reason-${file.id}`}>
                      {t.fileReason}
                    </label>
                    <input class="utrecht-textbox" id={`reason-${file.id}`} name="reason" maxlength={200} />{' '}
                    <SubmitButton secondary>{t.fileOpen}</SubmitButton>
                  </form>
                  {canChange ? (
                    <form method="post" action={`${base}/bestanden/${file.id}/misbruik`}>
                      <CsrfField token={view.csrf} />
                      <label class="utrecht-form-label" for={`note-${file.id}`}>
                        {t.fileAbuseNote}
                      </label>
                      <input class="utrecht-textbox" id={`note-${file.id}`} name="note" maxlength={500} />{' '}
                      <SubmitButton secondary>{t.fileAbuse}</SubmitButton>
                    </form>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 class="utrecht-heading-2">{t.messages}</h2>
      {messages.length === 0 ? (
        <p class="utrecht-paragraph">{t.messagesNone}</p>
      ) : (
        <ul class="vn-card-list">
          {messages.map((m) => (
            <li>
              <p class="vn-hint">
                {t.messageKind[m.kind] ?? m.kind} · {formatDateTime(view.lang, m.createdAt)}
              </p>
              <p class="utrecht-paragraph vn-message">{visibleText(m.body)}</p>
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <form method="post" action={`${base}/bericht`} novalidate>
          <CsrfField token={view.csrf} />
          {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t.messageTo}</legend>
            {(['staff', 'internal'] as const).map((k, i) => (
              <div class="utrecht-form-field utrecht-form-field--checkbox">
                <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`kind-${i}`} name="kind" value={k} checked={k === (messageKind === 'staff' ? 'staff' : 'internal')} />{' '}
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`kind-${i}`}>
                  {t.messageKind[k]}
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea name="body" label={t.messageField} value={messageDraft} error={errors.body} />
          <SubmitButton>{t.messageSend}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
