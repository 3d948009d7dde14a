// The public face of the cases module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { actorFrom } from './actor.ts';
export { listChangeableDossiers } from './dossier/list-changeable-dossiers.ts';
export type { ChangeableDossier } from './dossier/list-changeable-dossiers.ts';
export { listAssignedDossierIds } from './queries/access.ts';
export { pdfSafe } from './handover/render-handover-pdf.ts';
export { requireDossierAccess } from './require-dossier-access.ts';
export { dossierCriteria, dossierEvents, dossierPlanSteps, dossierReports, dossierRisks, dossiers, signals, subjects } from './schema.ts';
// The chain module: a share or referral needs the same consent check as a handover (hard rule 3).
export { canHandOver } from './handover/can-hand-over.ts';
// ...and the same check as one SQL condition, for lists that judge many shares in one query.
export { canHandOverSql } from './queries/can-hand-over-sql.ts';
// The chain module records its referrals here: the dossier's status "doorverwezen" and its timeline line.
export { recordReferral } from './handover/record-referral.ts';
// ...and tells the reporter of a referral by the same rule as cases' own lines (reporterNotices).
export { reporterAgreedIn } from './handover/reporter-notices.ts';
export { casesLabels } from './texts.ts';
export { FINISHED_STATUSES } from './dossier/workflow.ts';
// Data-subject requests (subject-requests): what a dossier holds about one named person.
export { findPersonsNamed, personForSubject } from './subject-search/subject-persons.ts';
export type { PersonForSubject } from './subject-search/subject-persons.ts';
