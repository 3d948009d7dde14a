import type { AppContext } from '../../../app/context.ts';
import { dossierSections } from '../../../app/registry.ts';
import { canHandOver, type HandOverCheck } from '../handover/can-hand-over.ts';
import { handoverChecklist } from '../handover/handover-checklist.ts';
import { loadDossierWhereElse } from '../identifier-index/load-where-else.ts';
import { listAssignees, listInvestigators } from '../queries/access.ts';
import { listConsents, listExceptions } from '../queries/consent.ts';
import { listCriteria, listPlanSteps, listRisks, listSignals } from '../queries/assessment.ts';
import { listDossierReports } from '../queries/reports.ts';
import { listDossierEvidence, listHandovers, listReferrals } from '../queries/handover.ts';
import { listNotes, listTasks } from '../queries/tasks-notes.ts';
import { listPartnerOrganisations, listShares } from '../queries/sharing.ts';
import { listSubjects } from '../queries/people.ts';
import { selectTimeline } from '../queries/timeline.ts';
import { userNames } from '../queries/names.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../vocab.ts';

const TIMELINE_LIMIT = 500;

/** Everything the dossier page shows, limited to what this user's access allows. */
export const loadDossierPage = async (ctx: AppContext, access: DossierAccess) => {
  const id = access.dossier.id;
  const full = access.scope === 'full';
  const staff = access.via !== 'partner';
  const [assignees, reports, subjects, signals, criteria, plan, risks] = await Promise.all([
    listAssignees(ctx.db, id),
    staff ? listDossierReports(ctx.db, id) : Promise.resolve([]),
    listSubjects(ctx.db, id),
    listSignals(ctx.db, id),
    listCriteria(ctx.db, id),
    listPlanSteps(ctx.db, id),
    listRisks(ctx.db, id),
  ]);
  const [tasks, notes, allTimeline, evidence] = full
    ? await Promise.all([listTasks(ctx.db, id), listNotes(ctx.db, id), selectTimeline(ctx.db, id, TIMELINE_LIMIT), listDossierEvidence(ctx.db, id)])
    : [[], [], [], []];
  const [consents, exceptions, shares, investigators, organisations, handovers, referrals] = staff
    ? await Promise.all([
        listConsents(ctx.db, id),
        listExceptions(ctx.db, id),
        listShares(ctx.db, id),
        listInvestigators(ctx.db),
        listPartnerOrganisations(ctx.db),
        listHandovers(ctx.db, id),
        listReferrals(ctx.db, id),
      ])
    : [[], [], [], [], [], [], []];
  // Report messages are the reporter's own words and may name them: partners never see them.
  const timeline = staff ? allTimeline : allTimeline.filter((e) => !e.kind.startsWith('message:'));
  const handOver = {} as Record<ConsentPurpose, HandOverCheck>;
  if (staff) for (const p of CONSENT_PURPOSES) handOver[p] = await canHandOver(ctx.db, access.dossier, p);
  const checklist = staff ? handoverChecklist({ status: access.dossier.status, check: handOver.police_om, exceptions, handovers }) : [];
  // Sections of other modules (the online monitor's matches and added ads): staff only, each module
  // reads its own data (the dossierSections hook).
  const extraSections = staff ? (await Promise.all(dossierSections().map((s) => s.load(ctx, id)))).filter((s) => s !== null) : [];
  const names = await userNames(ctx.db, [
    ...consents.flatMap((c) => [c.recordedBy, c.withdrawnBy ?? '']),
    ...exceptions.flatMap((e) => [e.requestedBy, e.decidedBy ?? '']),
    ...notes.map((n) => n.note.updatedBy ?? ''),
    ...handovers.flatMap((h) => [h.requestedBy, h.approvedBy ?? '']),
  ]);

  // Issue 5: where else this dossier's identifiers were seen (own component; staff with full access only).
  const whereElse = full && staff ? await loadDossierWhereElse(ctx, access, subjects) : null;

  return { whereElse, access, assignees, reports, subjects, signals, criteria, plan, risks, tasks, notes, timeline, evidence, consents, exceptions, shares, investigators, organisations, handovers, referrals, handOver, checklist, names, extraSections };
};

export type DossierPageData = Awaited<ReturnType<typeof loadDossierPage>>;
