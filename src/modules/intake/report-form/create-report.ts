import { isMunicipalityCode, municipalityCodeOfPlace } from '../../../app/cbs-municipalities.ts';
import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { type Channel, type ConsentPurpose, type DraftAnswers, identifiersFrom, isMinorAtRisk, splitIdentity, text } from '../answers.ts';
import { indexReportAnswers } from '../identifier-index/index-report.ts';
import { insertAlert, insertConsents, insertIdentifiers, insertIdentity, insertReport, type ReportRow } from '../queries.ts';
import { newReportNumber } from '../follow-up/receipt.ts';

export type NewReport = {
  channel: Channel;
  answers: DraftAnswers;
  /** The first consent choices; a purpose left out was not asked (the short path asks none). */
  consents: Partial<Record<ConsentPurpose, boolean>>;
  receiptHash: string;
  receiptMustChange: boolean;
  idempotencyKey: string | null;
  filedBy: string | null;
  urgentReason?: string | null;
  /** When it came in, if not now (the demo's story reports, from the injected clock). */
  at?: Date;
};

/**
 * The municipality a report counts for: the one the reporter chose, else the place of the young person
 * or of the events when that is exactly a name on the CBS list. Anything else stays unknown.
 */
const municipalityOf = (answers: DraftAnswers): string | null => {
  const chosen = text(answers, 'municipality');
  if (chosen && isMunicipalityCode(chosen)) return chosen;

  return municipalityCodeOfPlace(text(answers, 'victimPlace')) ?? municipalityCodeOfPlace(text(answers, 'place'));
};

/**
 * Writes one report with everything that belongs to it — identity (encrypted, apart), identifiers as
 * rows, the first consent choices, an alert when urgent, its identifiers in the identifier index —
 * inside the caller's transaction.
 */
export const createReport = async (ctx: AppContext, tx: Db, input: NewReport): Promise<ReportRow> => {
  const { answers, identity } = splitIdentity(input.answers);
  const dangerNow = text(answers, 'dangerNow') === 'yes';
  const urgentReason = dangerNow ? 'danger_now' : (input.urgentReason ?? null);
  const values = {
    channel: input.channel,
    reporterKind: text(answers, 'reporterKind'),
    urgent: urgentReason !== null,
    urgentReason,
    minorAtRisk: isMinorAtRisk(answers),
    answers,
    anonymous: identity === null,
    receiptHash: input.receiptHash,
    receiptMustChange: input.receiptMustChange,
    idempotencyKey: input.idempotencyKey,
    filedBy: input.filedBy,
    municipalityCode: municipalityOf(answers),
    ...(input.at ? { createdAt: input.at, updatedAt: input.at } : {}),
  };
  let report: ReportRow | null = null;
  // A number is 8 random digits; on the rare clash draw again.
  for (let i = 0; i < 5 && !report; i++) report = await insertReport(tx, { ...values, number: newReportNumber() });
  if (!report) throw new Error('could not draw a free report number');
  if (identity) await insertIdentity(tx, report.id, ctx.keys.encrypt(JSON.stringify(identity)));
  await insertIdentifiers(tx, report.id, identifiersFrom(answers));
  const source = input.filedBy ? 'staff' : 'reporter';
  const consents = (Object.entries(input.consents) as [ConsentPurpose, boolean][]).map(([purpose, granted]) => ({
    reportId: report.id,
    purpose,
    granted,
    source,
    recordedBy: input.filedBy,
    ...(input.at ? { createdAt: input.at } : {}),
  }));
  if (consents.length > 0) await insertConsents(tx, consents);
  if (urgentReason) await insertAlert(tx, report.id, urgentReason, input.at);
  // Only the answers without the identity part: the reporter's own contact details never reach the index.
  await indexReportAnswers(tx, ctx.logger, { id: report.id, createdAt: report.createdAt, answers });

  return report;
};
