import { StaffLayout } from '../../../web/layout.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { visibleText } from '../../../web/visible-text.ts';
import type { View } from '../../../app/view.ts';
import type { SharedDossier } from '../sharing/open-shared-dossier.ts';
import { casesLabels } from '../../cases/index.ts';
import { chainText } from '../texts.ts';
import { dayText } from './day.tsx';
import { Table } from './parts.tsx';

const v = visibleText;

/**
 * What a partner sees of a shared dossier: exactly the shared sections. A section that was not
 * shared was never read (its data is null), so this page cannot show it.
 */
export const SharedPage = ({ view, data }: { view: View; data: SharedDossier }) => {
  const t = pick(chainText, view.lang);
  const l = pick(casesLabels, view.lang) as unknown as Record<string, Record<string, string>>;
  const label = (list: string, code: string) => l[list]?.[code] ?? code;
  const s = data.share;
  const title = data.head ? v(data.head.title) : t.sharedTitle;

  return (
    <StaffLayout view={view} title={t.sharedTitle}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/keten">
          {t.backToInbox}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t.sharedIntro(dayText(view.lang, s.endsOn))}</p>
      <p class="utrecht-paragraph">
        <strong>{t.sharedFor}:</strong> {v(s.reason)}
      </p>
      {data.head ? (
        <section id="samenvatting" aria-labelledby="samenvatting-titel">
          <h2 class="utrecht-heading-2" id="samenvatting-titel">
            {t.section.summary}
          </h2>
          <p class="utrecht-paragraph vn-pre">{data.head.summary ? v(data.head.summary) : t.noItems}</p>
        </section>
      ) : null}
      {data.people ? (
        <section id="personen" aria-labelledby="personen-titel">
          <h2 class="utrecht-heading-2" id="personen-titel">
            {t.section.people}
          </h2>
          {data.people.length === 0 ? (
            <p class="utrecht-paragraph">{t.noItems}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {data.people.map((p) => (
                <li data-person={p.id}>
                  {v(p.name) || '—'} ({label('role', p.role)}){p.age !== null ? `, ${p.age}` : p.ageEstimate ? `, ${v(p.ageEstimate)}` : ''}
                  {p.place ? `, ${v(p.place)}` : ''}
                  {p.description ? ` — ${v(p.description)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {data.signals ? (
        <section id="signalen" aria-labelledby="signalen-titel">
          <h2 class="utrecht-heading-2" id="signalen-titel">
            {t.section.signals}
          </h2>
          {data.signals.length === 0 ? (
            <p class="utrecht-paragraph">{t.noItems}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {data.signals.map((x) => (
                <li data-signal={x.id}>
                  {x.observedOn ? `${x.observedOn}: ` : ''}
                  <strong>{label('kind', x.kind)}:</strong> 
                  {v(x.text)} — {v(x.source)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {data.assessment ? (
        <section id="weging" aria-labelledby="weging-titel">
          <h2 class="utrecht-heading-2" id="weging-titel">
            {t.section.assessment}
          </h2>
          <ul class="utrecht-unordered-list">
            {data.assessment.criteria.map((c) => (
              <li>
                {label('criterion', c.criterion)}: {label('criterionState', c.state)}
                {c.evidence ? ` — ${v(c.evidence)}` : ''}
              </li>
            ))}
            {data.assessment.risks.map((r) => (
              <li>
                {label('risk', r.risk)}: {label('severity', r.severity)}
                {r.reason ? ` — ${v(r.reason)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.plan ? (
        <section id="plan" aria-labelledby="plan-titel">
          <h2 class="utrecht-heading-2" id="plan-titel">
            {t.section.plan}
          </h2>
          {data.plan.length === 0 ? (
            <p class="utrecht-paragraph">{t.noItems}</p>
          ) : (
            <ol class="utrecht-ordered-list">
              {data.plan.map((p) => (
                <li>
                  {label('step', String(p.step))}: {label('stepState', p.state)}
                  {p.decision ? ` — ${v(p.decision)}` : ''}
                  {p.doneOn ? ` (${p.doneOn})` : ''}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      {data.timeline ? (
        <section id="tijdlijn" aria-labelledby="tijdlijn-titel">
          <h2 class="utrecht-heading-2" id="tijdlijn-titel">
            {t.section.timeline}
          </h2>
          <Table id="tijdlijn-tabel" heading={t.section.timeline} head={[t.colWhen, t.colStatus]} rows={data.timeline.map((e) => [formatDateTime(view.lang, e.at), label('event', e.kind)])} />
        </section>
      ) : null}
    </StaffLayout>
  );
};

export const EndedPage = ({ view }: { view: View }) => {
  const t = pick(chainText, view.lang);
  return (
    <StaffLayout view={view} title={t.endedTitle}>
      <h1 class="utrecht-heading-1">{t.endedTitle}</h1>
      <p class="utrecht-paragraph">{t.endedText}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/keten">
          {t.backToInbox}
        </a>
      </p>
    </StaffLayout>
  );
};
