import type { View } from '../../../app/view.ts';
import { ErrorSummary, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type SearchResult, QUERY_MAX } from './search-cases.ts';
import { casesText } from '../texts.ts';
import { labelsFor } from '../views/parts.tsx';

export const SearchPage = ({ view, q, result, error }: { view: View; q: string; result?: SearchResult; error?: string }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const empty = result && result.dossiers.length === 0 && result.reports.length === 0;

  return (
    <StaffLayout view={view} title={t.searchTitle}>
      <h1 class="utrecht-heading-1">{t.searchTitle}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={{ q: error }} />
      <form method="get" action="/dossiers/zoeken" role="search">
        <TextField name="q" type="search" label={t.searchLabel} value={q} error={error} maxlength={QUERY_MAX} />
        <SubmitButton>{t.search}</SubmitButton>
      </form>
      {empty ? <p class="utrecht-paragraph">{t.noResults}</p> : null}
      {result && result.dossiers.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.navDossiers}</h2>
          <ul class="utrecht-unordered-list" data-testid="dossier-results">
            {result.dossiers.map((d) => (
              <li>
                {t.resultDossier}:{' '}
                <a class="utrecht-link" href={`/dossiers/${d.id}`}>
                  {d.title}
                </a>{' '}
                · {l.status[d.status]} · {formatDateTime(view.lang, d.updatedAt)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result && result.reports.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.resultReport}</h2>
          <ul class="utrecht-unordered-list" data-testid="report-results">
            {result.reports.map((r) => (
              <li>
                {t.resultReport}:{' '}
                <a class="utrecht-link" href={`/meldingen/${r.id}`}>
                  {r.number}
                </a>{' '}
                · {formatDateTime(view.lang, r.createdAt)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </StaffLayout>
  );
};
