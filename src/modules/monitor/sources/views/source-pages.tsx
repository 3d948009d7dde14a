import { parseRefusal } from '../../../../app/outbound/guard.ts';
import { describeRefusal } from '../../../../app/outbound/texts.ts';
import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { SourceFormValues } from '../parse-source-form.ts';
import type { SourceRow } from '../../queries/sources.ts';
import { TEST_SITE_RULES } from '../selector-rules.ts';
import { monitorAdminText } from '../../texts.ts';

const SELECTOR_INPUTS = ['title', 'text', 'place', 'age', 'price', 'date', 'contact', 'images'] as const;
const NUMBER_INPUTS = ['intervalMinutes', 'maxRequestsPerMinute', 'maxConcurrency', 'delayMs'] as const;

/** The fields of a source, shared by the register and edit forms. */
export const SourceFields = ({ lang, values, errors }: { lang: View['lang']; values: SourceFormValues; errors: FieldErrors }) => {
  const t = pick(monitorAdminText, lang);
  return (
    <>
      <TextField name="name" label={t.fields.name} value={values.name} error={errors.name} maxlength={120} required />
      <TextArea name="startUrls" label={t.fields.startUrls} value={values.startUrls} error={errors.startUrls} rows={3} />
      <TextArea
        name="allowedUrlPatterns"
        label={t.fields.allowedUrlPatterns}
        hint={t.hints.allowedUrlPatterns}
        value={values.allowedUrlPatterns}
        error={errors.allowedUrlPatterns}
        rows={3}
      />
      <TextField name="adUrlPattern" label={t.fields.adUrlPattern} hint={t.hints.adUrlPattern} value={values.adUrlPattern} error={errors.adUrlPattern} maxlength={300} />
      {SELECTOR_INPUTS.map((name) => (
        <TextField
          name={name}
          label={t.fields[name]}
          hint={t.hints.selector(TEST_SITE_RULES[name] ?? '', name === 'title' || name === 'text')}
          value={values[name]}
          error={errors[name]}
          maxlength={200}
        />
      ))}
      {NUMBER_INPUTS.map((name) => (
        <TextField name={name} label={t.fields[name]} value={values[name]} error={errors[name]} inputmode="numeric" maxlength={9} />
      ))}
      <TextArea name="legalBasis" label={t.fields.legalBasis} value={values.legalBasis} error={errors.legalBasis} maxlength={2000} rows={3} />
    </>
  );
};

/** The example a user can start from: the test site's rules, with an allowed pattern for a fictitious site. */
export const EXAMPLE_SOURCE: SourceFormValues = {
  allowedUrlPatterns: '^https://advertenties\\.example\\.org/(ads|ad/)',
  ...TEST_SITE_RULES,
};

export const SourcesPage = ({
  view,
  sources,
  values = {},
  errors = {},
  example = false,
}: { view: View; sources: SourceRow[]; values?: SourceFormValues; errors?: FieldErrors; example?: boolean }) => {
  const t = pick(monitorAdminText, view.lang);

  return (
    <StaffLayout view={view} title={t.sourcesTitle}>
      <h1 class="utrecht-heading-1">{t.sourcesTitle}</h1>
      <p class="utrecht-paragraph">{t.sourcesIntro}</p>
      {sources.length === 0 ? <p class="utrecht-paragraph">{t.noSources}</p> : null}
      <ul class="vn-list">
        {sources.map((s) => (
          <li>
            <a href={`/monitor/bronnen/${s.id}`}>{s.name}</a>
            {s.enabled ? null : <strong> ({t.offInList})</strong>} · {t.lastCrawl}: {s.lastCrawlAt ? formatDateTime(view.lang, s.lastCrawlAt) : t.never}
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2" id="nieuwe-bron">
        {t.newSource}
      </h2>
      <ErrorSummary title={t.errorTitle} errors={errors} />
      {example ? (
        <Alert type="warning">
          {t.exampleNotice}{' '}
          <a class="utrecht-link" href="/monitor/bronnen#nieuwe-bron">
            {t.exampleClear}
          </a>
        </Alert>
      ) : (
        <p class="utrecht-paragraph">
          {t.exampleIntro}{' '}
          <a class="utrecht-link" href="/monitor/bronnen?voorbeeld=1#nieuwe-bron" data-example>
            {t.exampleButton}
          </a>
        </p>
      )}
      <form method="post" action="/monitor/bronnen" novalidate>
        <CsrfField token={view.csrf} />
        <SourceFields lang={view.lang} values={values} errors={errors} />
        <SubmitButton>{t.save}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

/** A page the outbound guard refused says why in plain words; other errors are shown as recorded. */
const problemText = (lastError: string | null, lang: View['lang']): string => {
  if (!lastError) return '–';
  const refusal = parseRefusal(lastError);

  return refusal ? describeRefusal(refusal, lang) : lastError;
};

export type SourceStatus = { counts: Record<string, number>; problems: Array<{ url: string; status: string; lastError: string | null }> };

export const SourcePage = ({
  view,
  source,
  status,
  jobsOn,
  message,
  approveError,
  basis,
}: {
  view: View;
  source: SourceRow;
  status: SourceStatus;
  jobsOn: boolean;
  message?: string;
  approveError?: string;
  basis?: string;
}) => {
  const t = pick(monitorAdminText, view.lang);
  const isSupervisor = view.user?.roles.includes('supervisor') ?? false;
  const settings: Array<[string, string]> = [
    [t.fields.startUrls, source.startUrls.join('\n')],
    [t.fields.allowedUrlPatterns, source.allowedUrlPatterns.join('\n')],
    [t.fields.adUrlPattern, source.selectors.adUrlPattern],
    ...SELECTOR_INPUTS.map((k): [string, string] => [t.fields[k], source.selectors[k] ?? '–']),
    [t.fields.intervalMinutes, String(source.intervalMinutes)],
    [t.fields.maxRequestsPerMinute, String(source.maxRequestsPerMinute)],
    [t.fields.maxConcurrency, String(source.maxConcurrency)],
    [t.fields.delayMs, String(source.delayMs)],
    [t.fields.legalBasis, source.legalBasis],
    [t.enabledLabel, source.enabled ? t.enabledOn : t.enabledOff],
    [
      t.robots,
      source.robotsOverride
        ? t.robotsOverridden(source.robotsOverrideBasis ?? '')
        : source.robotsOverrideBasis
          ? t.robotsProposed(source.robotsOverrideBasis)
          : t.robotsRespected,
    ],
    [t.lastCrawl, source.lastCrawlAt ? formatDateTime(view.lang, source.lastCrawlAt) : t.never],
  ];

  return (
    <StaffLayout view={view} title={source.name}>
      <h1 class="utrecht-heading-1">{source.name}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {source.enabled ? null : <Alert type="warning">{t.disabledNotice}</Alert>}
      <h2 class="utrecht-heading-2">{t.settings}</h2>
      <dl class="vn-facts">
        {settings.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>
              {v.split('\n').map((line, i) => (
                <>
                  {i > 0 ? <br /> : null}
                  {line}
                </>
              ))}
            </dd>
          </>
        ))}
      </dl>
      <h2 class="utrecht-heading-2">{t.crawlStatus}</h2>
      <ul class="vn-list" id="crawl-status">
        {(['pending', 'in_progress', 'done', 'failed', 'skipped'] as const).map((k) => (
          <li data-status={k}>
            {t.status[k]}: {status.counts[k] ?? 0}
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{t.problems}</h3>
      {status.problems.length === 0 ? <p class="utrecht-paragraph">{t.noProblems}</p> : null}
      <ul class="vn-list">
        {status.problems.map((p) => (
          <li>
            <code>{p.url}</code> ({t.status[p.status as 'failed'] ?? p.status}): {problemText(p.lastError, view.lang)}
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a href={`/monitor/bronnen/${source.id}/wijzigen`}>{t.edit}</a>
      </p>
      {!source.enabled ? null : jobsOn ? (
        <form method="post" action={`/monitor/bronnen/${source.id}/crawlen`}>
          <CsrfField token={view.csrf} />
          <SubmitButton>{t.crawlNow}</SubmitButton>
        </form>
      ) : (
        <Alert type="warning">{t.jobsOff}</Alert>
      )}
      <form method="post" action={`/monitor/bronnen/${source.id}/${source.enabled ? 'uitzetten' : 'aanzetten'}`}>
        <CsrfField token={view.csrf} />
        <SubmitButton secondary>{source.enabled ? t.disable : t.enable}</SubmitButton>
      </form>
      {isSupervisor && !source.robotsOverride ? (
        <>
          <h2 class="utrecht-heading-2">{t.approveTitle}</h2>
          <p class="utrecht-paragraph">{t.approveHint}</p>
          <ErrorSummary title={t.errorTitle} errors={{ legalBasis: approveError }} />
          <form method="post" action={`/monitor/bronnen/${source.id}/robots`} novalidate>
            <CsrfField token={view.csrf} />
            <TextArea name="legalBasis" label={t.fields.legalBasis} value={basis ?? source.robotsOverrideBasis ?? undefined} error={approveError} maxlength={2000} rows={3} />
            <SubmitButton secondary>{t.approve}</SubmitButton>
          </form>
        </>
      ) : null}
    </StaffLayout>
  );
};
