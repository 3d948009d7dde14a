import type { View } from '../../../../app/view.ts';
import { pick } from '../../../../web/i18n.ts';
import type { DossierPageData } from '../../dossier/load-dossier-page.ts';
import { casesText } from '../../texts.ts';
import { labelsFor, Section } from '../parts.tsx';
import { base } from './shared.tsx';

export const Plan = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;

  return (
    <Section id="plan" title={t.sectionPlan}>
      <p class="utrecht-paragraph">{t.planIntro}</p>
      {data.plan.map((s) => (
        <div id={`stap-${s.step}`} class="vn-step">
          <h3 class="utrecht-heading-3">{l.step[String(s.step)]}</h3>
          <p class="utrecht-paragraph">
            <strong>{l.stepState[s.state]}</strong>
            {s.who ? ` · ${t.who}: ${s.who}` : ''}
            {s.doneOn ? ` · ${t.when}: ${s.doneOn}` : ''}
          </p>
          {s.decision ? <p class="utrecht-paragraph vn-pre">{s.decision}</p> : null}
          {canEdit ? (
            <a class="utrecht-link" href={`${base(data)}/stappen/${s.step}`}>
              {t.change}
            </a>
          ) : null}
        </div>
      ))}
    </Section>
  );
};
