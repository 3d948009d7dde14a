import type { View } from '../../../app/view.ts';
import { Alert, ErrorSummary } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { DossierPageData } from '../dossier/load-dossier-page.ts';
import type { FormState } from '../result.ts';
import { casesText } from '../texts.ts';
import { linksText } from '../people/texts-links.ts';
import { labelsFor, summaryErrors } from './parts.tsx';
import { WHERE_ELSE_SECTION_ID, WhereElseSection } from '../identifier-index/where-else-section.tsx';
import { Overview } from './dossier-page/overview.tsx';
import { Summary } from './dossier-page/summary.tsx';
import { People } from './dossier-page/people.tsx';
import { Signals } from './dossier-page/signals.tsx';
import { Plan } from './dossier-page/plan.tsx';
import { Evidence } from './dossier-page/evidence.tsx';
import { Tasks } from './dossier-page/tasks.tsx';
import { Notes } from './dossier-page/notes.tsx';
import { Timeline } from './dossier-page/timeline.tsx';
import { Consent } from './dossier-page/consent.tsx';
import { Sharing } from './dossier-page/sharing.tsx';
import { HandoverSection } from './dossier-page/handover.tsx';
import { ReferralSection } from './dossier-page/referral.tsx';

type Props = { view: View; data: DossierPageData; form?: FormState; flash?: string };

/** The dossier page: every section on one page with its own form, so it works without JavaScript. */
export const DossierPage = ({ view, data, form, flash }: Props) => {
  const t = pick(casesText, view.lang);
  const { dossier, canEdit, scope, via } = data.access;
  const full = scope === 'full';
  const staff = via !== 'partner';
  const sections = [
    ['overzicht', t.sectionOverview],
    ['samenvatting', t.summaryTitle],
    ['personen', t.sectionPeople],
    ['signalen', t.sectionSignals],
    ...(data.whereElse ? [[WHERE_ELSE_SECTION_ID, pick(linksText, view.lang).whereElseTitle]] : []),
    ...(full ? [['plan', t.sectionPlan], ['bewijs', t.sectionEvidence], ['taken', t.sectionTasks], ['notities', t.sectionNotes], ['tijdlijn', t.sectionTimeline]] : []),
    ...(staff ? [['toestemming', t.sectionConsent], ['overdracht', t.sectionHandover], ['doorverwijzing', t.sectionReferral], ['delen', t.sectionSharing]] : []),
  ];

  return (
    <StaffLayout view={view} title={dossier.title}>
      <h1 class="utrecht-heading-1">{dossier.title}</h1>
      {form ? <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={summaryErrors(form, view.lang)} /> : null}
      {flash ? <Alert type="ok">{flash}</Alert> : null}
      {!canEdit ? <Alert type="info">{t.readOnly}</Alert> : null}
      <AtAGlance view={view} data={data} />
      <nav aria-label={t.contents} class="vn-toc">
        <ul class="utrecht-unordered-list">
          {sections.map(([id, label]) => (
            <li>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
          {staff ? (
            <li>
              <a href={`/dossiers/${dossier.id}/verbanden`}>{t.linkChart}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <Overview view={view} data={data} form={form} />
      <Summary view={view} data={data} form={form} />
      <People view={view} data={data} form={form} />
      <Signals view={view} data={data} form={form} />
      {data.whereElse ? <WhereElseSection view={view} whereElse={data.whereElse} /> : null}
      {full ? <Plan view={view} data={data} /> : null}
      {full ? <Evidence view={view} data={data} /> : null}
      {full ? <Tasks view={view} data={data} form={form} /> : null}
      {full ? <Notes view={view} data={data} form={form} /> : null}
      {full ? <Timeline view={view} data={data} /> : null}
      {staff ? <Consent view={view} data={data} form={form} /> : null}
      {staff ? <HandoverSection view={view} data={data} form={form} /> : null}
      {staff ? <ReferralSection view={view} data={data} form={form} /> : null}
      {staff ? <Sharing view={view} data={data} form={form} /> : null}
      {data.extraSections.map((render) => render(view))}
    </StaffLayout>
  );
};

/**
 * The few facts a colleague needs first, each a link to its section: the page is long (issue 14),
 * so this and the contents list are what fits on the first screen.
 */
const AtAGlance = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { dossier, via, scope } = data.access;
  const staff = via !== 'partner';
  const people = data.subjects.filter((s) => !s.mergedInto).length;
  const openTasks = data.tasks.filter((row) => !row.task.doneAt).length;
  const ready = data.checklist.filter((i) => i.state === 'done').length;

  return (
    <dl class="vn-facts" data-testid="dossier-summary">
      <dt>{t.status}</dt>
      <dd>
        <a href="#overzicht">{l.status[dossier.status]}</a> · {l.priority[dossier.priority]}
      </dd>
      <dt>{t.atAGlance}</dt>
      <dd>
        {staff ? (
          <>
            <a href="#meldingen">{t.glanceReports(data.reports.length)}</a> ·{' '}
          </>
        ) : null}
        <a href="#personen">{t.glancePeople(people)}</a> · <a href="#signalen">{t.glanceSignals(data.signals.length)}</a>
        {scope === 'full' ? (
          <>
            {' '}
            · <a href="#taken">{t.glanceTasks(openTasks)}</a>
          </>
        ) : null}
      </dd>
      {staff ? (
        <>
          <dt>{t.sectionHandover}</dt>
          <dd>
            <a href="#overdracht">{t.checklistCount(ready, data.checklist.length)}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
};
