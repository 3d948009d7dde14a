// The public face of the intake module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { REPORT_READERS } from './access.ts';
export { reportConsents, reportIdentities, reports } from './schema.ts';
export { SIGNAL_GROUPS } from './answers.ts';
export { type Draft, readDraft, saveDraftAnswers, startDraft } from './report-form/draft-session.ts';
// `vangnet demo`: the cases demo opens its dossiers from the story reports.
export { findDemoReportNumbers } from './demo/load-demo-story.ts';
export { DEMO_RICO_PHONE } from './demo/demo-story.ts';
// Data-subject requests (subject-requests): the person's reports, never the reporter's identity to others.
export { findReportAsReporter, findReportsAsReporter, findReportsNaming, reportForSubject, reporterIdentityOf } from './subject-search/subject-reports.ts';
export type { ReportForSubject, SubjectTerms } from './subject-search/subject-reports.ts';
// Retention: cases deletes the reports that follow a dossier when the dossier's period ends.
export { purgeReports } from './retention.ts';
// Post/Redirect/Get state (encrypted, short-lived, rewrapped and expired here): the dossier forms use it too.
export { clearFormState, keepFormState, takeFormState } from './form-state/form-state.ts';
