import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { personHref, WhereElseSeenLinks } from '../../identifiers/index.ts';
import type { DossierWhereElse } from './load-where-else.ts';
import { linksText } from '../people/texts-links.ts';
import { labelsFor, Section } from '../views/parts.tsx';

export const WHERE_ELSE_SECTION_ID = 'elders-gezien';

/**
 * "Also seen elsewhere" on the dossier page: one block for the dossier's own texts, one per person.
 * A person has no page of its own, so its block links back to its card on the people page (#persoon-<id>), which is
 * where the identifier index links a person too.
 */
export const WhereElseSection = ({ view, dossierId, whereElse }: { view: View; dossierId: string; whereElse: DossierWhereElse }) => {
  const t = pick(linksText, view.lang);
  const l = labelsFor(view.lang);

  return (
    <Section id={WHERE_ELSE_SECTION_ID} title={t.whereElseTitle}>
      <p class="utrecht-paragraph">{t.whereElseIntro}</p>
      {whereElse.blocks.length === 0 ? <p class="utrecht-paragraph">{t.whereElseNone}</p> : null}
      {whereElse.blocks.map((b) => (
        <div data-testid={b.subject ? `elders-persoon-${b.subject.id}` : 'elders-dossier'}>
          <h3 class="utrecht-heading-3">
            {b.subject ? (
              <>
                <a class="utrecht-link" href={personHref(dossierId, b.subject.id)}>
                  {b.subject.name || '—'}
                </a>{' '}
                · {l.role[b.subject.role] ?? b.subject.role}
              </>
            ) : (
              t.dossierItself
            )}
          </h3>
          <WhereElseSeenLinks lang={view.lang} items={b.items} more={b.more} linkIdentifiers={whereElse.linkIdentifiers} testId={b.subject ? `where-else-persoon-${b.subject.id}` : 'where-else-dossier'} />
        </div>
      ))}
    </Section>
  );
};
