import type { View } from '../../../app/view.ts';
import { ReceiptCode } from './receipt-code.tsx';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { isOfficeOpen } from '../../public-site/index.ts';
import { type DraftAnswers, STEP_SLUGS, STEPS, type StepSlug, text } from '../answers.ts';
import { MAX_FILE_MB, MAX_FILES } from '../report-form/file-types.ts';
import type { ShownFile } from '../report-form/shown-files.ts';
import { formText } from '../texts/texts.ts';
import { shortText, shortTextFor } from '../texts/texts-short.ts';
import { formTextFor } from '../texts/texts-victim.ts';
import { fieldTexts, SpecField } from './fields.tsx';
import { ConsentAgeNote } from './consent-age-note.tsx';
import { consentNoteBand } from '../consent/own-consent-reach.ts';
import { visibleText } from '../../../web/visible-text.ts';

const BackLink = ({ href, label }: { href: string; label: string }) => (
  <p class="utrecht-paragraph">
    <a class="utrecht-link" href={href}>
      ← {label}
    </a>
  </p>
);

/** The page after a step of the full path. */
export const nextStepPath = (slug: StepSlug): string => {
  const next = STEP_SLUGS[STEP_SLUGS.indexOf(slug) + 1];

  return next ? `/melden/${next}` : '/melden/controle';
};

export const previousPath = (slug: StepSlug, answers: DraftAnswers): string => {
  const i = STEP_SLUGS.indexOf(slug);
  if (i <= 0) return '/melden';
  const prev = STEP_SLUGS[i - 1]!;
  if (prev === 'gevaar' && text(answers, 'dangerNow') === 'yes') return '/melden/bel-112';

  return `/melden/${prev}`;
};

/** Where a draft goes on: the short path's first page or the full path's first question. */
export type DraftPath = 'kort' | 'uitgebreid';

/**
 * The first page: a clear choice between the short way (three pages) and the full guided path
 * (issue 14, finding 1). Both are plain forms, so the choice works without JavaScript.
 */
export const StartPage = ({ view, draftPath }: { view: View; draftPath: DraftPath | null }) => {
  const t = pick(formText, view.lang);
  const s = pick(shortText, view.lang);

  return (
    <PublicLayout view={view} title={t.startTitle}>
      <h1 class="utrecht-heading-1">{t.startTitle}</h1>
      <Alert type="warning">
        <strong>{t.startDanger}</strong>
      </Alert>
      {s.startIntro.map((p) => (
        <p class="utrecht-paragraph">{p}</p>
      ))}
      {isOfficeOpen(view.now) ? null : <p class="utrecht-paragraph">{t.closedNow}</p>}
      {draftPath ? (
        <>
          <h2 class="utrecht-heading-2">{s.continueTitle}</h2>
          <form method="post" action={draftPath === 'kort' ? '/melden/kort/start' : '/melden/start'}>
            <CsrfField token={view.csrf} />
            <SubmitButton>{s.continueLink}</SubmitButton>
          </form>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{s.chooseTitle}</h2>
      <section aria-labelledby="kort-titel">
        <h3 class="utrecht-heading-3" id="kort-titel">
          {s.shortTitle}
        </h3>
        <p class="utrecht-paragraph">{s.shortText}</p>
        <form method="post" action="/melden/kort/start">
          <CsrfField token={view.csrf} />
          <SubmitButton>{s.shortTitle}</SubmitButton>
        </form>
      </section>
      <section aria-labelledby="uitgebreid-titel">
        <h3 class="utrecht-heading-3" id="uitgebreid-titel">
          {s.fullTitle}
        </h3>
        <p class="utrecht-paragraph">{s.fullText}</p>
        <form method="post" action="/melden/start">
          <CsrfField token={view.csrf} />
          <SubmitButton secondary>{s.fullTitle}</SubmitButton>
        </form>
      </section>
    </PublicLayout>
  );
};

type StepProps = { view: View; slug: StepSlug; values: DraftAnswers; errors?: FieldErrors; fromCheck: boolean; reporterKind: string };

/** One question page (GOV.UK pattern): a heading, the fields of the step, one button. */
export const StepPage = ({ view, slug, values, errors = {}, fromCheck, reporterKind }: StepProps) => {
  const t = formTextFor(view.lang, reporterKind);
  const title = t.steps[slug];
  const n = STEP_SLUGS.indexOf(slug) + 1;
  const specs = STEPS[slug];
  const kindHint = slug === 'wat' ? (t.kindHints as Record<string, string>)[reporterKind] : undefined;
  const action = `/melden/${slug}${fromCheck ? '?terug=controle' : ''}`;
  const conditional = specs.filter((s) => s.onlyIf);
  // A step without a required question can be skipped from the step itself: a plain link onwards
  // that saves nothing (issue 14, finding 1).
  const skipHref = specs.some((s) => s.required) ? null : fromCheck ? '/melden/controle' : nextStepPath(slug);

  return (
    <PublicLayout view={view} title={Object.keys(errors).length ? `${pick(common, view.lang).errorSummaryTitle}: ${title}` : title} languageForm="stap">
      <BackLink href={fromCheck ? '/melden/controle' : previousPath(slug, values)} label={t.back} />
      <div class="vn-narrow">
        <p class="vn-hint">{t.stepOf(n, STEP_SLUGS.length)}</p>
        <h1 class="utrecht-heading-1">{title}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {kindHint ? <p class="utrecht-paragraph">{kindHint}</p> : null}
        {slug === 'toestemming' ? <ConsentAgeNote lang={view.lang} band={consentNoteBand(reporterKind, values)} /> : null}
        <form method="post" action={action} novalidate id="stap">
          <CsrfField token={view.csrf} />
          {specs
            .filter((s) => !s.onlyIf)
            .map((spec) => (
              <SpecField t={t} spec={spec} values={values} errors={errors} />
            ))}
          {conditional.length > 0 ? (
            // Shown only while "not anonymous" is chosen (theme.css, :has(), no JavaScript); the server
            // drops these fields anyway when "anonymous" is posted.
            <fieldset class="utrecht-form-fieldset vn-if-contact">
              <legend class="utrecht-form-fieldset__legend utrecht-form-label">{fieldTexts(t, 'anonymous').options?.no}</legend>
              {conditional.map((spec) => (
                <SpecField t={t} spec={spec} values={values} errors={errors} />
              ))}
            </fieldset>
          ) : null}
          <SubmitButton>{fromCheck ? t.saveButton : t.continueButton}</SubmitButton>
        </form>
        {skipHref ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={skipHref}>
              {shortTextFor(view.lang, reporterKind).skip}
            </a>
          </p>
        ) : null}
      </div>
    </PublicLayout>
  );
};

export const Danger112Page = ({ view, fromCheck, reporterKind }: { view: View; fromCheck: boolean; reporterKind?: string }) => {
  const t = formTextFor(view.lang, reporterKind);

  return (
    <PublicLayout view={view} title={t.danger112Title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.danger112Title}</h1>
        <p class="utrecht-paragraph">
          <a class="vn-cta" href="tel:112">
            {t.danger112Call}
          </a>
        </p>
        {t.danger112.map((p) => (
          <p class="utrecht-paragraph">{p}</p>
        ))}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={fromCheck ? '/melden/controle' : '/melden/wat'}>
            {t.danger112Continue}
          </a>
        </p>
      </div>
    </PublicLayout>
  );
};

type FilesProps = {
  view: View;
  files: ShownFile[];
  error?: string;
  message?: string;
  /** Where the upload form posts (the CSRF token goes in its query string: multipart bodies are read later). */
  action: string;
  removeAction: string | null;
  backHref: string;
  nextHref: string | null;
  nextLabel: string;
  title?: string;
  /** The files step of the guided form (not the follow-up): it says which question it is, like the other steps. */
  formStep?: boolean;
  /** The victim is spoken to with "jij" (texts-victim.ts). */
  reporterKind?: string;
};

const TYPE_NAMES: Record<string, string> = { pdf: 'PDF', jpeg: 'JPG', png: 'PNG', gif: 'GIF', webp: 'WebP', heic: 'HEIC', text: 'TXT' };

/** "chat.png (afbeelding, PNG, 2 kB)", or "Afbeelding 1 (PNG, 2 kB)" when the name is not known. */
export const fileLabel = (t: typeof formText.nl, f: ShownFile, n: number): string => {
  const kind = t.fileKinds[f.detectedType as keyof typeof t.fileKinds] ?? t.fileKinds.text;
  const size = t.fileSize(Math.max(1, Math.ceil(f.size / 1024)));
  const type = TYPE_NAMES[f.detectedType];
  if (f.name) return `${f.name} (${[kind, type, size].filter(Boolean).join(', ')})`;

  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${n} (${[type, size].filter(Boolean).join(', ')})`;
};

export const FilesPage = ({ view, files, error, message, action, removeAction, backHref, nextHref, nextLabel, title, formStep, reporterKind }: FilesProps) => {
  const t = formTextFor(view.lang, reporterKind);
  const heading = title ?? t.steps.bestanden;
  const sep = action.includes('?') ? '&' : '?';

  return (
    <PublicLayout view={view} title={heading}>
      <BackLink href={backHref} label={t.back} />
      <div class="vn-narrow">
        {formStep ? <p class="vn-hint">{t.stepOf(STEP_SLUGS.indexOf('bestanden') + 1, STEP_SLUGS.length)}</p> : null}
        <h1 class="utrecht-heading-1">{heading}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={{ bestand: error }} />
        {message ? <Alert type="ok">{message}</Alert> : null}
        <p class="utrecht-paragraph">{t.filesIntro}</p>
        <Alert type="warning">
          <strong>{t.filesNever}</strong>
        </Alert>
        <p class="utrecht-paragraph">{t.filesLimits(MAX_FILES, MAX_FILE_MB)}</p>
        <p class="utrecht-paragraph">{t.filesStored}</p>
        <h2 class="utrecht-heading-2">{t.filesList}</h2>
        {files.length === 0 ? (
          <p class="utrecht-paragraph">{t.filesNone}</p>
        ) : (
          <ol class="utrecht-ordered-list">
            {files.map((f, i) => (
              <li>
                {fileLabel(t, f, i + 1)}{' '}
                {removeAction ? (
                  <form method="post" action={removeAction} class="vn-inline-form">
                    <CsrfField token={view.csrf} />
                    <input type="hidden" name="fileId" value={f.id} />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                      {t.filesRemove}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {files.length < MAX_FILES ? (
          <form method="post" action={`${action}${sep}_csrf=${encodeURIComponent(view.csrf)}`} enctype="multipart/form-data">
            <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
              <label class="utrecht-form-label" for="bestand">
                {t.filesField}
              </label>
              {error ? (
                <p class="vn-field-error" id="bestand-error">
                  {error}
                </p>
              ) : null}
              <input class="utrecht-textbox" type="file" id="bestand" name="bestand" aria-describedby={error ? 'bestand-error' : undefined} />
            </div>
            <SubmitButton secondary>{t.filesUpload}</SubmitButton>
            {nextHref ? (
              // Onwards is a button of the same form: a file chosen but not yet added goes along
              // instead of being dropped (issue 14, finding 3). The route adds it, then goes on.
              <p class="utrecht-paragraph">
                <button type="submit" class="utrecht-button utrecht-button--primary-action" formaction={`${action}${sep}verder=1&_csrf=${encodeURIComponent(view.csrf)}`}>
                  {nextLabel}
                </button>
              </p>
            ) : null}
          </form>
        ) : null}
        {nextHref && files.length >= MAX_FILES ? (
          <p class="utrecht-paragraph">
            <a class="vn-cta" href={nextHref}>
              {nextLabel}
            </a>
          </p>
        ) : null}
      </div>
    </PublicLayout>
  );
};

const answerText = (t: typeof formText.nl, name: string, answers: DraftAnswers): string => {
  const ft = fieldTexts(t, name);
  const v = answers[name];
  if (Array.isArray(v)) return v.map((o) => ft.options?.[o] ?? o).join('; ');
  if (!v) return '';

  return ft.options?.[v] ?? v;
};

export const CheckPage = ({ view, answers, fileCount, missing }: { view: View; answers: DraftAnswers; fileCount: number; missing: StepSlug[] }) => {
  const t = formTextFor(view.lang, text(answers, 'reporterKind'));
  const anonymous = text(answers, 'anonymous') !== 'no';
  const send = (
    <form method="post" action="/melden/versturen">
      <CsrfField token={view.csrf} />
      <SubmitButton>{t.submitButton}</SubmitButton>
    </form>
  );

  return (
    <PublicLayout view={view} title={t.checkTitle}>
      <BackLink href="/melden/toestemming" label={t.back} />
      <h1 class="utrecht-heading-1">{t.checkTitle}</h1>
      {missing.length > 0 ? (
        <div class="vn-error-summary" role="alert">
          <h2 class="utrecht-heading-2">{t.checkMissing}</h2>
          <ul class="utrecht-unordered-list">
            {missing.map((slug) => (
              <li>
                <a href={`/melden/${slug}?terug=controle`}>{t.steps[slug]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.checkIntro}</p>
          {/* The page is long on a phone: who is done need not scroll to the end to send. */}
          <p class="utrecht-paragraph">{t.submitText}</p>
          {send}
        </>
      )}
      {STEP_SLUGS.map((slug) => (
        <section>
          <h2 class="utrecht-heading-2">{t.steps[slug]}</h2>
          <dl>
            {slug === 'bestanden' ? (
              <>
                <dt>{t.steps.bestanden}</dt>
                <dd>{t.filesCount(fileCount)}</dd>
              </>
            ) : (
              STEPS[slug]
                .filter((s) => !(s.onlyIf && anonymous))
                .map((s) => (
                  <>
                    <dt>{fieldTexts(t, s.name).label}</dt>
                    <dd class="vn-answer">{visibleText(answerText(t, s.name, answers)) || t.notAnswered}</dd>
                  </>
                ))
            )}
          </dl>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/melden/${slug}?terug=controle`}>
              {t.change}
              <span class="visually-hidden"> {t.steps[slug]}</span>
            </a>
          </p>
        </section>
      ))}
      {missing.length === 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.submitTitle}</h2>
          <p class="utrecht-paragraph">{t.submitText}</p>
          {send}
        </>
      ) : null}
    </PublicLayout>
  );
};

type ReceiptProps = { view: View; receipt: string | null; number: string | null; reporterKind?: string };

export const ReceiptPage = ({ view, receipt, number, reporterKind }: ReceiptProps) => {
  const t = formTextFor(view.lang, reporterKind);
  const s = shortTextFor(view.lang, reporterKind);

  return (
    <PublicLayout view={view} title={t.receiptTitle}>
      <h1 class="utrecht-heading-1">{t.receiptTitle}</h1>
      {number ? <p class="utrecht-paragraph">{t.receiptNumber(number)}</p> : null}
      {receipt ? (
        <>
          <h2 class="utrecht-heading-2">{t.receiptLabel}</h2>
          <p class="utrecht-paragraph">
            <ReceiptCode receipt={receipt} />
          </p>
          <Alert type="warning">
            <strong>{t.receiptKeep}</strong>
          </Alert>
          <p class="utrecht-paragraph">{t.receiptUse}</p>
          <p class="utrecht-paragraph">{t.receiptLeave}</p>
          {/* Adding details now opens the existing follow-up with the code just shown: the same check
              as typing it on "Mijn melding", so nobody without the code on screen gets in (README). */}
          <h2 class="utrecht-heading-2">{s.addTitle}</h2>
          <p class="utrecht-paragraph">{s.addNow}</p>
          <form method="post" action="/mijn-melding">
            <CsrfField token={view.csrf} />
            <input type="hidden" name="bewijscode" value={receipt} />
            <SubmitButton>{s.addNowButton}</SubmitButton>
          </form>
          <p class="utrecht-paragraph">{s.addLater}</p>
        </>
      ) : (
        <p class="utrecht-paragraph">{t.receiptGone}</p>
      )}
      {isOfficeOpen(view.now) ? null : <p class="utrecht-paragraph">{t.closedNow}</p>}
      <h2 class="utrecht-heading-2">{t.nextTitle}</h2>
      <ul class="utrecht-unordered-list">
        {t.next.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </PublicLayout>
  );
};

export const MessagePage = ({ view, title, body, startNew }: { view: View; title: string; body: string; startNew: boolean }) => {
  const t = pick(formText, view.lang);

  return (
    <PublicLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{body}</p>
      {startNew ? (
        <form method="post" action="/melden/start?nieuw=1">
          <CsrfField token={view.csrf} />
          <SubmitButton>{t.newReport}</SubmitButton>
        </form>
      ) : null}
    </PublicLayout>
  );
};

