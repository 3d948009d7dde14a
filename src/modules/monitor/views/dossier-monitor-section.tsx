import type { View } from '../../../app/view.ts';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { identifierHref } from '../../identifiers/index.ts';
import { type DossierMonitor, loadDossierMonitor } from '../alerts/load-dossier-monitor.ts';
import { monitorAlertText } from '../texts.ts';
import { Section } from '../../../web/components/section.tsx';
import type { DossierSection } from '../../../app/module.ts';

/**
 * "Online monitor" on the dossier page: crawled ads that share an identifier with this dossier (the
 * ad itself or its template group), and ads someone added to it from the review queue, with why.
 */
const MonitorSection = ({ view, monitor }: { view: View; monitor: DossierMonitor }) => {
  const t = pick(monitorAlertText, view.lang);

  return (
    <Section id="online-monitor" title={t.sectionTitle}>
      <h3 class="utrecht-heading-3">{t.sectionMatches}</h3>
      {monitor.matches.length === 0 ? <p class="utrecht-paragraph">{t.sectionMatchesNone}</p> : null}
      <ul class="utrecht-unordered-list" data-testid="monitor-matches">
        {monitor.matches.map((m) => (
          <li>
            <a class="utrecht-link" href={`/monitor/advertenties/${m.adId}`}>
              {m.title}
            </a>
            {m.place ? ` (${m.place})` : ''} ·{' '}
            <a class="utrecht-link" href={identifierHref(m.kind, m.key)}>
              {m.display}
            </a>{' '}
            · {m.via === 'group' ? t.viaGroup : t.viaAd} · {formatDateTime(view.lang, m.createdAt)}
          </li>
        ))}
      </ul>
      <h3 class="utrecht-heading-3">{t.sectionReviews}</h3>
      {monitor.reviews.length === 0 ? <p class="utrecht-paragraph">{t.sectionReviewsNone}</p> : null}
      <ul class="utrecht-unordered-list" data-testid="monitor-reviews">
        {monitor.reviews.map((r) => (
          <li>
            <a class="utrecht-link" href={`/monitor/advertenties/${r.adId}`}>
              {r.title}
            </a>
            {r.place ? ` (${r.place})` : ''} · {t.decidedBy(r.decidedBy, formatDateTime(view.lang, r.decidedAt))} · {t.why}: {r.reason}
          </li>
        ))}
      </ul>
    </Section>
  );
};

/** The section in the monitor's dossierSections hook (the dossier page shows it to staff). */
export const dossierMonitorSection: DossierSection = {
  id: 'online-monitor',
  load: async (ctx, dossierId) => {
    const monitor = await loadDossierMonitor(ctx.db, dossierId);

    return (view) => <MonitorSection view={view} monitor={monitor} />;
  },
};
