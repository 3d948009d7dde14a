import type { View } from '../../../../app/view.ts';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import type { DossierPageData } from '../../dossier/load-dossier-page.ts';
import { casesText } from '../../texts.ts';
import { Section } from '../parts.tsx';

/** Evidence lives in the evidence module; the dossier lists it with the hash taken at capture. */
export const Evidence = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);

  return (
    <Section id="bewijs" title={t.sectionEvidence}>
      {data.evidence.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.evidence.map((e) => (
          <li>
            <a class="utrecht-link" href={`/bewijs/${e.id}`}>
              {e.title}
            </a>{' '}
            · {formatDateTime(view.lang, e.capturedAt)} · {e.addedByLabel} · SHA-256 <code>{e.sha256}</code>
            {e.locked ? ` · ${t.evidenceLocked}` : ''}
          </li>
        ))}
      </ul>
      {data.access.canEdit ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/bewijs?dossier=${data.access.dossier.id}`}>
            {t.addEvidence}
          </a>
        </p>
      ) : null}
    </Section>
  );
};
