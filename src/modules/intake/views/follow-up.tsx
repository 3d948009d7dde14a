import type { ReporterNotice } from '../../../app/module.ts';
import type { View } from '../../../app/view.ts';
import { ReceiptCode } from './receipt-code.tsx';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../answers.ts';
import type { MessageRow } from '../queries.ts';
import { followUpText, formText } from '../texts/texts.ts';
import { followUpTextFor, formTextFor } from '../texts/texts-victim.ts';
import { visibleText } from '../../../web/visible-text.ts';
import { ConsentAgeNote } from './consent-age-note.tsx';
import type { AgeBand } from '../../../app/consent-age.ts';

export const ReceiptEntryPage = ({ view, typed, error, status }: { view: View; typed?: string; error?: string; status?: string }) => {
  const t = pick(followUpText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.title}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={{ bewijscode: error }} />
        {status ? <Alert type="ok">{status}</Alert> : null}
        <p class="utrecht-paragraph">{t.intro}</p>
        <form method="post" action="/mijn-melding" novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="bewijscode" label={t.receiptField} hint={t.receiptHint} value={typed} error={error} autocomplete="off" inputmode="numeric" maxlength={80} />
          <SubmitButton>{t.submit}</SubmitButton>
        </form>
        <p class="utrecht-paragraph">{t.lost}</p>
      </div>
    </PublicLayout>
  );
};

const SignOut = ({ view, reporterKind }: { view: View; reporterKind?: string }) => {
  const t = followUpTextFor(view.lang, reporterKind);

  return (
    <form method="post" action="/mijn-melding/afsluiten">
      <CsrfField token={view.csrf} />
      <p class="vn-hint">{t.signOutHint}</p>
      <SubmitButton secondary>{t.signOut}</SubmitButton>
    </form>
  );
};

type OverviewProps = {
  view: View;
  number: string;
  status: string;
  messages: MessageRow[];
  fileCount: number;
  /** What other modules did with the report, as far as the reporter's consent allows (handed over, referred). */
  updates?: ReporterNotice[];
  draft?: string;
  error?: string;
  notice?: string;
  /** The message form's token: a second post of this form adds no second message. */
  formToken: string;
  /** The opened report's reporter type: a victim is spoken to with "jij". */
  reporterKind?: string;
};

export const OverviewPage = ({ view, number, status, messages, fileCount, updates = [], draft, error, notice, formToken, reporterKind }: OverviewProps) => {
  const t = followUpTextFor(view.lang, reporterKind);
  const f = formTextFor(view.lang, reporterKind);

  return (
    <PublicLayout view={view} title={t.overviewTitle(number)}>
      <h1 class="utrecht-heading-1">{t.overviewTitle(number)}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={{ bericht: error }} />
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <h2 class="utrecht-heading-2">{t.statusLabel}</h2>
      <p class="utrecht-paragraph" data-testid="status">
        {t.status[status] ?? t.status.new}
      </p>
      {updates.length > 0 ? (
        <ul class="utrecht-unordered-list" data-testid="updates">
          {updates.map((u) => (
            <li>
              {formatDateTime(view.lang, u.at)} · {u.text[view.lang]}
            </li>
          ))}
        </ul>
      ) : null}
      <h2 class="utrecht-heading-2">{t.messagesTitle}</h2>
      {messages.length === 0 ? (
        <p class="utrecht-paragraph">{t.noMessages}</p>
      ) : (
        <ul class="vn-card-list">
          {messages.map((m) => (
            <li>
              <p class="vn-hint">
                {m.kind === 'staff' ? t.fromUs : t.fromYou} · {formatDateTime(view.lang, m.createdAt)}
              </p>
              <p class="utrecht-paragraph vn-message">{visibleText(m.body)}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t.answerTitle}</h2>
      <form method="post" action="/mijn-melding/bericht" novalidate>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="formToken" value={formToken} />
        <TextArea name="bericht" label={t.answerField} hint={t.answerHint} value={draft} error={error} />
        <SubmitButton>{t.answerSubmit}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2">{t.filesTitle}</h2>
      <p class="utrecht-paragraph">
        {f.filesCount(fileCount)} · <a class="utrecht-link" href="/mijn-melding/bestanden">{t.filesLink}</a>
      </p>
      <h2 class="utrecht-heading-2">{t.consentTitle}</h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn-melding/toestemming">
          {t.consentLink}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t.receiptTitle}</h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn-melding/nieuwe-code">
          {t.receiptLink}
        </a>
      </p>
      <SignOut view={view} reporterKind={reporterKind} />
    </PublicLayout>
  );
};

const FIELD: Record<ConsentPurpose, 'consentPolice' | 'consentCare' | 'consentZvh'> = { police: 'consentPolice', care: 'consentCare', zvh: 'consentZvh' };

export const ConsentPage = ({
  view,
  current,
  errors = {},
  reporterKind,
  ageBand = null,
}: {
  view: View;
  current: Record<ConsentPurpose, string>;
  errors?: FieldErrors;
  reporterKind?: string;
  /** The victim's own band when she or he reported (consent/own-consent-reach.ts); null otherwise. */
  ageBand?: AgeBand | null;
}) => {
  const t = followUpTextFor(view.lang, reporterKind);
  const f = formTextFor(view.lang, reporterKind);

  return (
    <PublicLayout view={view} title={t.consentTitle}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn-melding/overzicht">
          ← {f.back}
        </a>
      </p>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.consentTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <p class="utrecht-paragraph">{t.consentIntro}</p>
        <ConsentAgeNote lang={view.lang} band={ageBand} />
        <form method="post" action="/mijn-melding/toestemming" novalidate>
          <CsrfField token={view.csrf} />
          {CONSENT_PURPOSES.map((p) => {
            const ft = f.fields[FIELD[p]];
            return (
              <ChoiceGroup
                name={FIELD[p]}
                legend={ft.label}
                hint={ft.hint}
                type="radio"
                options={[
                  { value: 'yes', label: ft.options.yes },
                  { value: 'no', label: ft.options.no },
                ]}
                selected={[current[p]]}
                error={errors[FIELD[p]]}
              />
            );
          })}
          <SubmitButton>{t.consentSave}</SubmitButton>
        </form>
      </div>
    </PublicLayout>
  );
};

export const NewReceiptPage = ({ view, mustChange, receipt, reporterKind }: { view: View; mustChange: boolean; receipt: string | null; reporterKind?: string }) => {
  const t = followUpTextFor(view.lang, reporterKind);
  const f = formTextFor(view.lang, reporterKind);

  return (
    <PublicLayout view={view} title={t.receiptTitle}>
      {mustChange || receipt ? null : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/mijn-melding/overzicht">
            ← {f.back}
          </a>
        </p>
      )}
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.receiptTitle}</h1>
        {receipt ? (
          <>
            <p class="utrecht-paragraph">
              <ReceiptCode receipt={receipt} />
            </p>
            <Alert type="warning">
              <strong>{t.receiptNew}</strong>
            </Alert>
            <p class="utrecht-paragraph">
              <a class="vn-cta" href="/mijn-melding/overzicht">
                {t.receiptDone}
              </a>
            </p>
          </>
        ) : (
          <>
            <p class="utrecht-paragraph">{mustChange ? t.receiptMust : t.receiptIntro}</p>
            <form method="post" action="/mijn-melding/nieuwe-code">
              <CsrfField token={view.csrf} />
              <SubmitButton>{t.receiptButton}</SubmitButton>
            </form>
          </>
        )}
      </div>
    </PublicLayout>
  );
};
