import type { AppContext } from '../../../app/context.ts';
import { dossierSections, keptUntil as readKeptUntil } from '../../../app/registry.ts';
import type { KeptUntil } from '../../../app/module.ts';
import { canHandOver, type HandOverCheck } from '../handover/can-hand-over.ts';
import { handoverChecklist } from '../handover/handover-checklist.ts';
import { loadDossierWhereElse } from '../identifier-index/load-where-else.ts';
import { listAssignees, listInvestigators } from '../queries/access.ts';
import { listConsents, listExceptions } from '../queries/consent.ts';
import { listCriteria, listPlanSteps, listRisks, listSignals } from '../queries/assessment.ts';
import { listDossierReports } from '../queries/reports.ts';
import { listDossierEvidence, listHandovers } from '../queries/handover.ts';
import { listNotes, listTasks } from '../queries/tasks-notes.ts';
import { listShares } from '../queries/sharing.ts';
import { listSubjects } from '../queries/people.ts';
import { selectTimeline } from '../queries/timeline.ts';
import { userNames } from '../queries/names.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../vocab.ts';
import type { SectionPage } from './sections.ts';

const TIMELINE_LIMIT = 500;

/** Runs a list query only when the page shows it. */
const when = <T>(show: boolean, query: () => Promise<T[]>): Promise<T[]> => (show ? query() : Promise.resolve([]));

/**
 * What one page of the dossier shows, limited to what this user's access allows: each section page
 * queries only its own section (and the overview the few counts it summarises). The caller has
 * checked that this user may open the page (sections.ts maySee).
 */
export const loadDossierPage = async (ctx: AppContext, access: DossierAccess, page: SectionPage = 'overzicht') => {
  const id = access.dossier.id;
  const full = access.scope === 'full';
  const staff = access.via !== 'partner';
  const on = (...pages: SectionPage[]) => pages.includes(page);
  const overview = on('overzicht');
  const [assignees, reports, subjects, signals, criteria, plan, risks] = await Promise.all([
    when(overview, () => listAssignees(ctx.db, id)),
    when(staff && on('overzicht', 'toestemming'), () => listDossierReports(ctx.db, id)),
    when(on('overzicht', 'personen', 'signalen', 'elders-gezien'), () => listSubjects(ctx.db, id)),
    when(on('overzicht', 'signalen'), () => listSignals(ctx.db, id)),
    when(on('signalen'), () => listCriteria(ctx.db, id)),
    when(on('plan'), () => listPlanSteps(ctx.db, id)),
    when(on('signalen'), () => listRisks(ctx.db, id)),
  ]);
  const [tasks, notes, allTimeline, evidence] = full
    ? await Promise.all([
        when(on('overzicht', 'taken'), () => listTasks(ctx.db, id)),
        when(on('notities'), () => listNotes(ctx.db, id)),
        when(on('tijdlijn'), () => selectTimeline(ctx.db, id, TIMELINE_LIMIT)),
        when(on('bewijs'), () => listDossierEvidence(ctx.db, id)),
      ])
    : [[], [], [], []];
  const [consents, exceptions, shares, investigators, handovers] = staff
    ? await Promise.all([
        when(on('toestemming'), () => listConsents(ctx.db, id)),
        when(on('overzicht', 'toestemming', 'overdracht'), () => listExceptions(ctx.db, id)),
        // Shares made with the old cases form: listed on the consent page while they still answer.
        when(on('toestemming'), async () => (await listShares(ctx.db, id)).filter((s) => !s.revokedAt)),
        when(on('overzicht', 'taken'), () => listInvestigators(ctx.db)),
        when(on('overzicht', 'overdracht'), () => listHandovers(ctx.db, id)),
      ])
    : [[], [], [], [], []];
  // Report messages are the reporter's own words and may name them: partners never see them.
  const timeline = staff ? allTimeline : allTimeline.filter((e) => !e.kind.startsWith('message:'));
  const handOver = {} as Partial<Record<ConsentPurpose, HandOverCheck>>;
  if (staff && on('toestemming')) for (const p of CONSENT_PURPOSES) handOver[p] = await canHandOver(ctx.db, access.dossier, p);
  if (staff && on('overzicht', 'overdracht')) handOver.police_om = await canHandOver(ctx.db, access.dossier, 'police_om');
  const checklist = staff && on('overzicht', 'overdracht') ? handoverChecklist({ dossierId: id, status: access.dossier.status, check: handOver.police_om, exceptions, handovers }) : [];
  // Sections of other modules (the online monitor's matches, the chain's shares and referrals on the
  // overview; the chain's routing advice on the handover page): staff only, each module reads its own
  // data (the dossierSections hook).
  const extra = staff && on('overzicht', 'overdracht') ? dossierSections().filter((s) => (s.page ?? 'overzicht') === page) : [];
  const extraSections = (await Promise.all(extra.map((s) => s.load(ctx, id)))).filter((s) => s !== null);
  // "Bewaard tot …" (retention's keptUntil hook): a finished dossier its outcome's period from the last change; an open one has no end yet.
  const keptUntil = staff && overview ? await dossierKeptUntil(ctx, access.dossier) : null;
  const names = await userNames(ctx.db, [
    ...consents.flatMap((c) => [c.recordedBy, c.withdrawnBy ?? '']),
    ...exceptions.flatMap((e) => [e.requestedBy, e.decidedBy ?? '']),
    ...notes.map((n) => n.note.updatedBy ?? ''),
    ...handovers.flatMap((h) => [h.requestedBy, h.approvedBy ?? '']),
  ]);

  // Issue 5: where else this dossier's identifiers were seen (own page; staff with full access only).
  const whereElse = full && staff && on('elders-gezien') ? await loadDossierWhereElse(ctx, access, subjects) : null;

  return { page, whereElse, access, assignees, reports, subjects, signals, criteria, plan, risks, tasks, notes, timeline, evidence, consents, exceptions, shares, investigators, handovers, handOver, checklist, names, extraSections, keptUntil };
};

export type DossierPageData = Awaited<ReturnType<typeof loadDossierPage>>;

const OUTCOMES = ['closed', 'referred', 'handed_over'];

const dossierKeptUntil = async (ctx: AppContext, dossier: { id: string; status: string; updatedAt: Date }): Promise<KeptUntil | null> => {
  const finished = OUTCOMES.includes(dossier.status);
  const kept = await readKeptUntil(ctx, { ruleKey: `cases.dossier.${finished ? dossier.status : 'closed'}`, from: finished ? dossier.updatedAt : null, dossierId: dossier.id });
  if (kept || finished) return kept;
  return { on: null, held: false, review: false, text: { nl: 'Bewaard zolang het dossier loopt; de bewaartermijn begint bij het afsluiten.', en: 'Kept while the dossier is open; the retention period starts when it is finished.' } };
};
