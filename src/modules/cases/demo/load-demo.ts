import type { AppContext } from '../../../app/context.ts';
import type { Result } from '../../../app/result.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { type DemoUser, findDemoUser } from '../../accounts/index.ts';
import { addDemoTextEvidence } from '../../evidence/index.ts';
import { findDemoReportNumbers } from '../../intake/index.ts';
import type { Actor } from '../actor.ts';
import { saveCriteria, saveSummary } from '../assessment/save-assessment.ts';
import { addSignal } from '../assessment/add-signal.ts';
import { recordConsent } from '../consent/record-consent.ts';
import { changeStatus } from '../dossier/change-status.ts';
import { createDossier } from '../dossier/create-dossier.ts';
import { addNote } from '../dossier/add-note.ts';
import { DEMO_DOSSIERS, type DemoDossier } from './demo-story.ts';
import { approveHandover, requestHandover } from '../handover/hand-over.ts';
import { addSubject } from '../people/save-subject.ts';
import { listCriteria } from '../queries/assessment.ts';
import { findDossierByTitle } from '../queries/demo.ts';
import { findDossier } from '../queries/dossiers.ts';
import { listHandovers } from '../queries/handover.ts';
import { listSubjects } from '../queries/people.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import type { CommandResult } from '../result.ts';
import { CRITERIA } from '../vocab.ts';

const actorOf = (u: DemoUser): Actor => ({ id: u.id, name: u.name, roles: u.roles, organisationId: u.organisationId, ip: null });

/** What requireDossierAccess gives an assignee or supervisor, built for the demo's own actors. */
const accessAs = async (ctx: AppContext, dossierId: string, actor: Actor): Promise<DossierAccess> => {
  const dossier = await findDossier(ctx.db, dossierId);
  if (!dossier) throw new Error(`demo dossier ${dossierId} vanished`);

  return { dossier, actor, via: actor.roles.includes('supervisor') ? 'supervisor' : 'assignee', scope: 'full', canEdit: true };
};

/** A demo step that the dossier command refuses is a bug in the demo: say which and stop. */
const must = (what: string, result: CommandResult) => {
  if (!result.ok) throw new Error(`demo ${what}: ${JSON.stringify(result.form.message ?? result.form.errors)}`);
};

/** The same for a command on the shared contract (src/app/result.ts). */
const mustOk = (what: string, result: Result<unknown>) => {
  if (!result.ok) throw new Error(`demo ${what}: ${result.problems.map((p) => p.code).join(', ')}`);
};

const day = (ctx: AppContext, daysAgo: number) => new Date(ctx.clock.now().getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

const moveTo = async (ctx: AppContext, id: string, actor: Actor, status: string) => {
  const access = await accessAs(ctx, id, actor);
  must(`status ${status}`, await changeStatus(ctx, access, { status, reden: 'Fictief (demo)', versie: String(access.dossier.version) }, 'nl'));
};

/** Lisa's dossier: the mother's written consent, the investigator's request, a supervisor's approval. */
const handOver = async (ctx: AppContext, id: string, investigator: Actor, supervisor: Actor) => {
  must(
    'consent',
    await recordConsent(
      ctx,
      await accessAs(ctx, id, investigator),
      { doel: 'police_om', door: 'guardian', naam: 'Fictief: M. Jansen (moeder)', wijze: 'written', reikwijdte: 'Fictief: overdracht van het dossier aan de politie, zonder de gegevens van de melders.', datum: day(ctx, 2) },
      'nl',
    ),
  );
  await moveTo(ctx, id, investigator, 'investigation');
  await moveTo(ctx, id, investigator, 'decision');
  must('handover request', await requestHandover(ctx, await accessAs(ctx, id, investigator), { ontvanger: 'Politie Eenheid Voorbeeld (fictief), team mensenhandel' }, 'nl'));
  const [handover] = await listHandovers(ctx.db, id);
  if (!handover) throw new Error('demo handover missing');
  must('handover approval', await approveHandover(ctx, await accessAs(ctx, id, supervisor), handover.id, 'nl'));
};

const openDossier = async (ctx: AppContext, d: DemoDossier, investigator: Actor, supervisor: Actor): Promise<void> => {
  const numbers = await findDemoReportNumbers(ctx, d.reportKeys);
  const created = await createDossier(ctx, investigator, { title: d.title, priority: d.priority, meldingen: numbers.join(' ') }, 'nl');
  if (!created.ok) throw new Error(`demo dossier ${d.title}: ${JSON.stringify(created.errors)}`);
  const id = created.id;
  for (const person of d.people) must('person', await addSubject(ctx, await accessAs(ctx, id, investigator), person, 'nl'));
  const people = await listSubjects(ctx.db, id);
  const personId = (index?: string) => (index === undefined ? '' : (people.find((p) => p.name === d.people[Number(index)]?.naam)?.id ?? ''));
  for (const { daysAgo, person, ...signal } of d.signals) {
    must('signal', await addSignal(ctx, await accessAs(ctx, id, investigator), { ...signal, datum: day(ctx, Number(daysAgo)), persoon: personId(person) }, 'nl'));
  }
  for (const item of d.evidence) await addDemoTextEvidence(ctx, { actor: investigator, dossierId: id, item });
  for (const text of d.notes) mustOk('note', await addNote(ctx, await accessAs(ctx, id, investigator), { text, token: null }));
  const forSummary = await accessAs(ctx, id, investigator);
  must('summary', await saveSummary(ctx, forSummary, { ...d.summary, versie: String(forSummary.dossier.summaryVersion) }, 'nl'));
  if (d.criteria) {
    const current = await listCriteria(ctx.db, id);
    const body: Record<string, string> = {};
    for (const c of CRITERIA) {
      const [state, evidence] = d.criteria[c] ?? ['unknown', ''];
      body[`staat_${c}`] = state;
      body[`bewijs_${c}`] = evidence;
      body[`versie_${c}`] = String(current.find((row) => row.criterion === c)?.version ?? 1);
    }
    must('criteria', await saveCriteria(ctx, await accessAs(ctx, id, investigator), body, 'nl'));
  }
  if (d.status === 'investigation') await moveTo(ctx, id, investigator, 'investigation');
  if (d.status === 'handed_over') await handOver(ctx, id, investigator, supervisor);
};

/**
 * `vangnet demo` for cases: three dossiers in three states (open; in investigation; handed over to
 * the police after consent and a supervisor's approval), with people, signals, notes, text evidence
 * and the assessment, each through the dossier's own commands as the demo investigator. A dossier
 * whose title exists is left alone, so a second run adds nothing.
 */
export const loadCasesDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const investigator = actorOf(await findDemoUser(ctx, 'investigator'));
  const supervisor = actorOf(await findDemoUser(ctx, 'supervisor'));
  let added = 0;
  for (const d of DEMO_DOSSIERS) {
    if (await findDossierByTitle(ctx.db, d.title)) continue;
    await openDossier(ctx, d, investigator, supervisor);
    added += 1;
  }
  options.print(`Demo dossiers: ${added} added, ${DEMO_DOSSIERS.length - added} already there (open, in onderzoek, overgedragen; assigned to ${investigator.name}).`);
};
