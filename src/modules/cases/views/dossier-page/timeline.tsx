import type { View } from '../../../../app/view.ts';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import type { DossierPageData } from '../../dossier/load-dossier-page.ts';
import { casesText } from '../../texts.ts';
import { labelsFor, Section } from '../parts.tsx';

export const Timeline = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);

  return (
    <Section id="tijdlijn" title={t.sectionTimeline}>
      {data.timeline.length === 0 ? <p class="utrecht-paragraph">{t.timelineEmpty}</p> : null}
      <ol class="utrecht-ordered-list vn-timeline">
        {data.timeline.map((e) => {
          const [group, sub] = e.kind.split(':');
          const label = group === 'event' ? l.event[sub ?? ''] ?? sub : l.event[group ?? ''] ?? group;
          const text = group === 'event' ? eventText(e.text) : e.text;
          return (
            <li>
              <time datetime={e.at.toISOString()}>{formatDateTime(view.lang, e.at)}</time> · <strong>{label}</strong>
              {group === 'signal' && sub ? ` (${l.category[sub] ?? sub})` : ''}
              {text ? <span class="vn-pre"> — {text}</span> : null}
              {e.actor ? <span class="vn-hint"> · {e.actor}</span> : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
};

/** Event details are stored as JSON; show the plain values (status names, purposes), not ids. */
export const eventText = (json: string): string => {
  try {
    const details = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(details)
      .filter(([k, v]) => v !== null && v !== '' && !['subject', 'note', 'task', 'signal', 'consent', 'exception', 'share', 'kept', 'merged'].includes(k))
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');
  } catch {
    return '';
  }
};
