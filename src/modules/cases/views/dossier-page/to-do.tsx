import { pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { sectionHref } from '../../dossier/sections.ts';
import { Section } from '../parts.tsx';
import type { SectionProps } from './shared.tsx';

/**
 * What needs doing in this dossier, each line a link to the page where it is done: open tasks,
 * reports whose reporter was not asked for consent, exceptions and handovers waiting for a second
 * person, and the handover checklist's count. Staff only: a partner only reads.
 */
export const ToDo = ({ view, data }: Pick<SectionProps, 'view' | 'data'>) => {
  const t = pick(casesText, view.lang);
  const { dossier, via, scope } = data.access;
  if (via === 'partner') return null;
  const at = (page: Parameters<typeof sectionHref>[1], anchor?: string) => `${sectionHref(dossier.id, page)}${anchor ? `#${anchor}` : ''}`;
  const openTasks = scope === 'full' ? data.tasks.filter((row) => !row.task.doneAt).length : 0;
  const notAsked = data.reports.filter((r) => !r.consentAsked).length;
  const exceptions = data.exceptions.filter((e) => !e.decision);
  const handovers = data.handovers.filter((h) => !h.approvedAt);
  const ready = data.checklist.filter((i) => i.state === 'done').length;
  const lines: { href: string; text: string }[] = [
    ...(data.subjects.length === 0 ? [{ href: at('personen', 'personen-nieuw'), text: t.todoNoPeople }] : []),
    ...(openTasks > 0 ? [{ href: at('taken'), text: t.glanceTasks(openTasks) }] : []),
    ...(notAsked > 0 ? [{ href: at('toestemming'), text: t.todoConsentNotAsked(notAsked) }] : []),
    ...(exceptions.length > 0 ? [{ href: at('toestemming', `uitzondering-${exceptions[0]!.id}`), text: t.todoExceptions(exceptions.length) }] : []),
    ...(handovers.length > 0 ? [{ href: at('overdracht', `overdracht-${handovers[0]!.id}`), text: t.todoHandovers(handovers.length) }] : []),
    ...(dossier.status === 'decision' && ready < data.checklist.length && handovers.length === 0
      ? [{ href: at('overdracht', 'overdracht-nodig'), text: t.todoHandoverReady(ready, data.checklist.length) }]
      : []),
  ];

  return (
    <Section id="te-doen" title={t.todoTitle}>
      {lines.length === 0 ? (
        <p class="utrecht-paragraph">{t.todoNothing}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="dossier-to-do">
          {lines.map((line) => (
            <li>
              <a class="utrecht-link" href={line.href}>
                {line.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};
