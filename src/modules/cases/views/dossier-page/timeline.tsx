import type { View } from '../../../../app/view.ts';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import type { DossierPageData } from '../../dossier/load-dossier-page.ts';
import { casesText } from '../../texts.ts';
import { labelsFor, Section } from '../parts.tsx';
import { eventText } from './event-text.ts';

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
          const text = group === 'event' ? eventText(e.text, view.lang) : e.text;
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
