import type { View } from '../../../app/view.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { type ExpiringLine, SOON_DAYS } from '../expiry/expiring-soon.ts';
import { retentionText } from '../texts.ts';
import { HeldDossierLinks } from './held-dossier-links.tsx';

/** The privacy officer's forecast: per kind of record, what passes its period soon, and why. */
export const SoonPage = ({ view, lines }: { view: View; lines: ExpiringLine[] }) => {
  const t = pick(retentionText, view.lang);

  return (
    <StaffLayout view={view} title={t.soonTitle}>
      <h1 class="utrecht-heading-1">{t.soonTitle}</h1>
      <p class="utrecht-paragraph">{t.soonIntro(SOON_DAYS)}</p>
      <TableRegion labelledBy="binnenkort-kop">
        <table class="vn-table" data-testid="soon">
          <caption class="visually-hidden" id="binnenkort-kop">
            {t.soonTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.colType}</th>
              <th scope="col">{t.colNow}</th>
              <th scope="col">{t.colSoon(SOON_DAYS)}</th>
              <th scope="col">{t.colAction}</th>
              <th scope="col">{t.colWhy}</th>
              <th scope="col">{t.colHeld}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr data-testid="soon-row" data-key={l.line.rule.key}>
                <th scope="row">{pick(l.line.rule.label, view.lang)}</th>
                <td data-testid="now">{l.failed ? t.ruleFailed : String(l.now)}</td>
                <td data-testid="within">{l.failed ? t.ruleFailed : t.countOf(l.soon, l.atLeast)}</td>
                <td>{l.line.action === 'review' ? t.wouldDo.review : t.actions[l.line.action]}</td>
                <td>{t.why(t.days(l.line.days), pick(l.line.legalBasis, view.lang))}</td>
                <td data-testid="held">
                  <HeldDossierLinks view={view} held={l.held} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bewaartermijnen">
          {t.back}
        </a>
      </p>
    </StaffLayout>
  );
};
