import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, SubmitButton } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { BatchRow } from '../queries.ts';
import type { RunResult } from '../run/run-retention.ts';
import { retentionText } from '../texts.ts';
import { HeldDossierLinks } from './held-dossier-links.tsx';

type Props = { view: View; result?: RunResult; queued?: boolean; batches: BatchRow[]; labels: Record<string, { nl: string; en: string }>; heldDossiers: number; canRun: boolean };

const ResultTable = ({ view, result }: { view: View; result: RunResult }) => {
  const t = pick(retentionText, view.lang);
  const when = formatDateTime(view.lang, result.at);

  return (
    <section aria-labelledby="uitkomst">
      <h2 class="utrecht-heading-2" id="uitkomst">
        {result.dryRun ? t.dryRunResult(when) : t.runResult(when)}
      </h2>
      <TableRegion labelledBy="uitkomst">
        <table class="vn-table" data-testid={result.dryRun ? 'dry-run' : 'run'}>
          <thead>
            <tr>
              <th scope="col">{t.colType}</th>
              <th scope="col">{t.colExpiredBefore}</th>
              <th scope="col">{t.colCount}</th>
              <th scope="col">{t.colAction}</th>
              <th scope="col">{t.colHeld}</th>
            </tr>
          </thead>
          <tbody>
            {result.rules.map((r) => (
              <tr data-testid="outcome" data-key={r.key}>
                <th scope="row">{pick(r.label, view.lang)}</th>
                <td>{formatDateTime(view.lang, r.expiredBefore)}</td>
                <td data-testid="count">{r.failed ? t.ruleFailed : t.countOf(r.count, r.atLeast)}</td>
                <td>{result.dryRun || r.action === 'review' ? t.wouldDo[r.action] : t.actions[r.action]}</td>
                <td data-testid="held-dossiers">
                  <HeldDossierLinks view={view} held={r.held} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
};

export const RunPage = ({ view, result, queued, batches, labels, heldDossiers, canRun }: Props) => {
  const t = pick(retentionText, view.lang);

  return (
    <StaffLayout view={view} title={t.runTitle}>
      <h1 class="utrecht-heading-1">{t.runTitle}</h1>
      <p class="utrecht-paragraph">{t.runIntro}</p>
      <p class="utrecht-paragraph" data-testid="held">
        {t.heldNote(heldDossiers)}{' '}
        <a class="utrecht-link" href="/bewaarplicht">
          {t.holdsLink}
        </a>
      </p>
      {queued ? <Alert type="ok">{t.runQueued}</Alert> : null}
      {result ? <ResultTable view={view} result={result} /> : null}
      {canRun ? (
        <div class="vn-inline-form">
          <form method="post" action="/bewaartermijnen/opschonen/proef">
            <CsrfField token={view.csrf} />
            <p class="vn-hint">{t.dryRunHint}</p>
            <SubmitButton secondary>{t.dryRunButton}</SubmitButton>
          </form>
          <form method="post" action="/bewaartermijnen/opschonen/nu">
            <CsrfField token={view.csrf} />
            <p class="vn-hint">{t.runHint}</p>
            <SubmitButton>{t.runButton}</SubmitButton>
          </form>
        </div>
      ) : null}
      <h2 class="utrecht-heading-2" id="verwijderregels">
        {t.recentTitle}
      </h2>
      {batches.length === 0 ? (
        <p class="utrecht-paragraph">{t.noBatches}</p>
      ) : (
        <TableRegion labelledBy="verwijderregels">
          <table class="vn-table" data-testid="batches">
            <thead>
              <tr>
                <th scope="col">{t.colWhen}</th>
                <th scope="col">{t.colRule}</th>
                <th scope="col">{t.colVersion}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colCount}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr data-testid="batch" data-key={b.ruleKey}>
                  <td>{formatDateTime(view.lang, b.at)}</td>
                  <td>{labels[b.ruleKey] ? pick(labels[b.ruleKey]!, view.lang) : b.ruleKey}</td>
                  <td>{t.version(b.ruleVersion)}</td>
                  <td>{b.action in t.actions ? t.actions[b.action as keyof typeof t.actions] : b.action}</td>
                  <td>{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bewaartermijnen">
          {t.back}
        </a>
      </p>
    </StaffLayout>
  );
};
