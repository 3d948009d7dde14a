import type { View } from '../../../app/view.ts';
import { Alert } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { ScheduleLine } from '../load-schedule.ts';
import { retentionText } from '../texts.ts';

export const SchedulePage = ({ view, lines, canChange }: { view: View; lines: ScheduleLine[]; canChange: boolean }) => {
  const t = pick(retentionText, view.lang);

  return (
    <StaffLayout view={view} title={t.scheduleTitle}>
      <h1 class="utrecht-heading-1">{t.scheduleTitle}</h1>
      <p class="utrecht-paragraph">{t.scheduleIntro}</p>
      <Alert type="info">{t.defaultsNote}</Alert>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/bewaartermijnen/opschonen">
          {t.runTitle}
        </a>
        {' · '}
        <a class="utrecht-link" href="/bewaartermijnen/binnenkort">
          {t.soonLink}
        </a>
      </p>
      <TableRegion label={t.scheduleTitle}>
        <table class="vn-table" data-testid="schedule">
          <caption class="visually-hidden">{t.scheduleTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colType}</th>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col">{t.colAction}</th>
              <th scope="col">{t.colBasis}</th>
              <th scope="col">{t.colVersion}</th>
              {canChange ? <th scope="col">{t.colChange}</th> : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr data-testid="schedule-row" data-key={l.rule.key}>
                <th scope="row">{pick(l.rule.label, view.lang)}</th>
                <td data-testid="period">{t.days(l.days)}</td>
                <td>{t.actions[l.action]}</td>
                <td>{pick(l.legalBasis, view.lang)}</td>
                <td>{t.version(l.version)}</td>
                {canChange ? (
                  <td>
                    {/* The name starts with the visible word (axe: label-content-name-mismatch); a visually hidden
                        span would be positioned outside the scrolling table and widen the page on a phone. */}
                    <a class="utrecht-link" href={`/bewaartermijnen/${encodeURIComponent(l.rule.key)}`} aria-label={`${t.colChange}: ${pick(l.rule.label, view.lang)}`}>
                      {t.colChange}
                    </a>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </StaffLayout>
  );
};
