import type { Child } from 'hono/jsx';
import type { View } from '../../../app/view.ts';
import { Alert, ErrorSummary } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { DossierPageData } from '../dossier/load-dossier-page.ts';
import { chainHref, type SectionPage, sectionHref, visiblePages } from '../dossier/sections.ts';
import type { FormState } from '../result.ts';
import { casesText } from '../texts.ts';
import { linksText } from '../people/texts-links.ts';
import { labelsFor, summaryErrors } from './parts.tsx';
import { WhereElseSection } from '../identifier-index/where-else-section.tsx';
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
import { HandoverSection } from './dossier-page/handover.tsx';
import { ToDo } from './dossier-page/to-do.tsx';

type Props = { view: View; data: DossierPageData; form?: FormState; flash?: string };

/** The label of each section page in the navigation and the page title. */
export const pageLabel = (lang: View['lang'], page: SectionPage): string => {
  const t = pick(casesText, lang);
  const labels: Record<SectionPage, string> = {
    overzicht: t.sectionOverview,
    samenvatting: t.navSummary,
    personen: t.sectionPeople,
    signalen: t.sectionSignals,
    'elders-gezien': pick(linksText, lang).whereElseTitle,
    plan: t.sectionPlan,
    bewijs: t.sectionEvidence,
    taken: t.sectionTasks,
    notities: t.sectionNotes,
    tijdlijn: t.sectionTimeline,
    toestemming: t.sectionConsent,
    overdracht: t.sectionHandover,
  };

  return labels[page];
};

const SECTION_VIEWS: Record<Exclude<SectionPage, 'overzicht'>, (p: Props) => Child> = {
  samenvatting: (p) => <Summary {...p} />,
  personen: (p) => <People {...p} />,
  signalen: (p) => <Signals {...p} />,
  'elders-gezien': (p) => (p.data.whereElse ? <WhereElseSection view={p.view} dossierId={p.data.access.dossier.id} whereElse={p.data.whereElse} /> : null),
  plan: (p) => <Plan {...p} />,
  bewijs: (p) => <Evidence {...p} />,
  taken: (p) => <Tasks {...p} />,
  notities: (p) => <Notes {...p} />,
  tijdlijn: (p) => <Timeline {...p} />,
  toestemming: (p) => <Consent {...p} />,
  overdracht: (p) => <HandoverSection {...p} />,
};

/**
 * One page of the dossier: the overview (key facts, what needs doing, status and team) or one
 * section with its own forms. Plain links between the pages, so it works without JavaScript; an
 * error summary at the top links to the form that came back.
 */
export const DossierPage = (props: Props) => {
  const { view, data, form, flash } = props;
  const t = pick(casesText, view.lang);
  const { dossier, canEdit } = data.access;
  const page = data.page;
  const title = page === 'overzicht' ? dossier.title : `${pageLabel(view.lang, page)} · ${dossier.title}`;

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{dossier.title}</h1>
      {form ? <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={summaryErrors(form, view.lang)} /> : null}
      {flash ? <Alert type="ok">{flash}</Alert> : null}
      {!canEdit ? <Alert type="info">{t.readOnly}</Alert> : null}
      <SectionNav view={view} data={data} />
      {page === 'overzicht' ? (
        <>
          <AtAGlance view={view} data={data} />
          <ToDo view={view} data={data} />
          <Overview view={view} data={data} form={form} />
          {data.extraSections.map((render) => render(view))}
        </>
      ) : (
        SECTION_VIEWS[page](props)
      )}
    </StaffLayout>
  );
};

/** Links to every page of the dossier this user may open; the current one is marked. */
const SectionNav = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const { dossier, via } = data.access;

  return (
    <nav aria-label={t.sectionNav} class="vn-toc" data-testid="dossier-nav">
      <ul class="utrecht-unordered-list">
        {visiblePages(data.access).map((p) => (
          <li>
            {p === data.page ? (
              <a href={sectionHref(dossier.id, p)} aria-current="page">
                <strong>{pageLabel(view.lang, p)}</strong>
              </a>
            ) : (
              <a href={sectionHref(dossier.id, p)}>{pageLabel(view.lang, p)}</a>
            )}
          </li>
        ))}
        {via !== 'partner' ? (
          <>
            <li>
              <a href={`/keten/dossiers/${dossier.id}`}>{t.navChain}</a>
            </li>
            <li>
              <a href={`/dossiers/${dossier.id}/verbanden`}>{t.linkChart}</a>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
};

/** The few facts a colleague needs first, each a link to the page that holds the details. */
const AtAGlance = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { dossier, via, scope } = data.access;
  const staff = via !== 'partner';
  const people = data.subjects.filter((s) => !s.mergedInto).length;
  const openTasks = data.tasks.filter((row) => !row.task.doneAt).length;
  const ready = data.checklist.filter((i) => i.state === 'done').length;
  const at = (p: SectionPage) => sectionHref(dossier.id, p);

  return (
    <dl class="vn-facts" data-testid="dossier-summary">
      <dt>{t.status}</dt>
      <dd>
        <a href="#overzicht">{l.status[dossier.status]}</a> · {l.priority[dossier.priority]}
      </dd>
      <dt>{t.suspicion}</dt>
      <dd>
        <a href={at('samenvatting')}>{l.suspicion[dossier.suspicion]}</a>
      </dd>
      <dt>{t.atAGlance}</dt>
      <dd>
        {staff ? (
          <>
            <a href="#meldingen">{t.glanceReports(data.reports.length)}</a> ·{' '}
          </>
        ) : null}
        <a href={at('personen')}>{t.glancePeople(people)}</a> · <a href={at('signalen')}>{t.glanceSignals(data.signals.length)}</a>
        {scope === 'full' ? (
          <>
            {' '}
            · <a href={at('taken')}>{t.glanceTasks(openTasks)}</a>
          </>
        ) : null}
      </dd>
      {staff ? (
        <>
          <dt>{t.sectionHandover}</dt>
          <dd>
            <a href={`${at('overdracht')}#overdracht-nodig`}>{t.checklistCount(ready, data.checklist.length)}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
};
