import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { Actor } from '../actor.ts';
import type { DossierRow } from '../queries/shared.ts';
import { listCriteria, listPlanSteps, listRisks, listSignals } from '../queries/assessment.ts';
import { listDossierEvidence, listReporterIdentities } from '../queries/handover.ts';
import { listDossierReports } from '../queries/reports.ts';
import { listSubjects } from '../queries/people.ts';
import { selectTimeline } from '../queries/timeline.ts';
import { userNames } from '../queries/names.ts';
import { basisText } from './basis-text.ts';
import type { HandOverCheck } from './can-hand-over.ts';

type Basis = Extract<HandOverCheck, { ok: true }>['basis'];

/**
 * What goes to the police: the dossier's summary, people, signals and assessment, timeline and
 * evidence list with hashes. One structure feeds both the PDF and dossier.json, so what a machine
 * reads is what a person reads. The reporter's identity is in it only when `withReporterIdentity`.
 */
export type HandoverContent = {
  generatedAt: string;
  recipient: string;
  /** A stable code of what allowed it (consent:<id>, report_consent:<id>, exception:<id>). */
  basis: string;
  /** The same in words: who consented, when and to what, or which exception and who approved it. */
  basisText: string;
  dossier: { id: string; title: string; status: string; priority: string; suspicion: string; summary: string };
  reports: { number: string; receivedAt: string }[];
  reporterIdentities: { report: string; identity: Record<string, unknown> }[] | null;
  people: { role: string; name: string; aliases: string; age: string; gender: string; place: string; description: string; mergedInto: string | null }[];
  signals: { category: string; kind: string; text: string; source: string; observedOn: string | null; recordedBy: string }[];
  criteria: { criterion: string; state: string; evidence: string }[];
  risks: { risk: string; nature: string; severity: string; reason: string }[];
  plan: { step: number; state: string; decision: string; who: string; doneOn: string | null }[];
  timeline: { at: string; kind: string; text: string; actor: string | null }[];
  evidence: { id: string; title: string; kind: string; sha256: string; sizeBytes: number; capturedAt: string; addedBy: string; source: string; locked: boolean }[];
};

export const buildHandoverContent = async (
  ctx: AppContext,
  input: { dossier: DossierRow; actor: Actor; recipient: string; basis: string; grounds: Basis; withReporterIdentity: boolean },
): Promise<HandoverContent> => {
  const id = input.dossier.id;
  const [reports, subjects, signals, criteria, risks, plan, timeline, evidence] = await Promise.all([
    listDossierReports(ctx.db, id),
    listSubjects(ctx.db, id),
    listSignals(ctx.db, id),
    listCriteria(ctx.db, id),
    listRisks(ctx.db, id),
    listPlanSteps(ctx.db, id),
    selectTimeline(ctx.db, id, 5_000),
    listDossierEvidence(ctx.db, id),
  ]);
  let reporterIdentities: HandoverContent['reporterIdentities'] = null;
  if (input.withReporterIdentity) {
    reporterIdentities = [];
    for (const row of await listReporterIdentities(ctx.db, id)) {
      // Opening a reporter's identity is a read of its own, as on the report page.
      await logAccess(ctx.db, { user: input.actor, recordType: 'report_identity', recordId: row.reportId, action: 'export', reason: 'handover' });
      reporterIdentities.push({ report: row.number, identity: JSON.parse(ctx.keys.decryptText(row.identityEnc)) as Record<string, unknown> });
    }
  }
  const names = new Map(subjects.map((s) => [s.id, s.name]));
  const grounds = input.grounds;
  const staffNames = await userNames(ctx.db, grounds.kind === 'exception' ? [grounds.exception.requestedBy, grounds.exception.decidedBy ?? ''] : []);

  return {
    generatedAt: new Date().toISOString(),
    recipient: input.recipient,
    basis: input.basis,
    basisText: basisText(grounds, staffNames, new Map(reports.map((r) => [r.id, r.number]))),
    dossier: { id, title: input.dossier.title, status: input.dossier.status, priority: input.dossier.priority, suspicion: input.dossier.suspicion, summary: input.dossier.summary },
    reports: reports.map((r) => ({ number: r.number, receivedAt: r.createdAt.toISOString() })),
    reporterIdentities,
    people: subjects.map((s) => ({
      role: s.role,
      name: s.name,
      aliases: s.aliases,
      age: s.age != null ? String(s.age) : s.ageEstimate,
      gender: s.gender,
      place: s.place,
      description: s.description,
      mergedInto: s.mergedInto ? (names.get(s.mergedInto) ?? s.mergedInto) : null,
    })),
    signals: signals.map(({ signal, recordedByName }) => ({ category: signal.category, kind: signal.kind, text: signal.text, source: signal.source, observedOn: signal.observedOn, recordedBy: recordedByName })),
    criteria: criteria.map((c) => ({ criterion: c.criterion, state: c.state, evidence: c.evidence })),
    risks: risks.map((r) => ({ risk: r.risk, nature: r.nature, severity: r.severity, reason: r.reason })),
    plan: plan.map((p) => ({ step: p.step, state: p.state, decision: p.decision, who: p.who, doneOn: p.doneOn })),
    // Report messages may carry the reporter's name in their own words; they go only with identity consent.
    timeline: timeline
      .filter((e) => input.withReporterIdentity || !e.kind.startsWith('message:'))
      .map((e) => ({ at: e.at.toISOString(), kind: e.kind, text: e.text, actor: e.actor })),
    evidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      sha256: e.sha256,
      sizeBytes: e.sizeBytes,
      capturedAt: e.capturedAt.toISOString(),
      addedBy: e.addedByLabel,
      source: e.sourceDescription,
      locked: e.locked,
    })),
  };
};
