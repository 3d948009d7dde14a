import type { AppContext } from '../../../app/context.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { findDemoUser } from '../../accounts/index.ts';
import { DEMO_REPORTS, type DemoReport } from './demo-story.ts';
import { demoTime } from './demo-times.ts';
import { formatReceipt, hashReceiptSecret, newReceiptSecret } from '../follow-up/receipt.ts';
import { postMessage } from '../follow-up/post-message.ts';
import { createReport } from '../report-form/create-report.ts';
import { findReportByIdempotencyKey, type ReportRow } from '../queries.ts';
import { changeReportStatus } from '../triage/change-report-status.ts';
import { fileReportForCaller } from '../triage/file-report-for-caller.ts';

/** A report as the public form sends it: the same command submitReport runs, without a draft. */
const sendOnline = async (ctx: AppContext, r: DemoReport, at: Date): Promise<{ report: ReportRow; receipt: string }> => {
  const secret = newReceiptSecret();
  const receiptHash = await hashReceiptSecret(secret);
  const report = await ctx.db.transaction((tx) =>
    createReport(ctx, tx, { channel: 'web', answers: r.answers, consents: r.consents, receiptHash, receiptMustChange: false, idempotencyKey: r.key, filedBy: null, at }),
  );

  return { report, receipt: formatReceipt(report.number, secret) };
};

/**
 * `vangnet demo`: the twelve story reports (demo-story.ts), each through the command its channel
 * uses (online form or staff filing for a caller), then the follow-up question and answer and the
 * queue status. A report that exists already (by its idempotency key) is left as it is, so a second
 * run adds nothing. With --show-passwords the receipt of the answered report is printed when it is
 * made, to try the follow-up.
 */
export const loadDemoStory = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const intake = await findDemoUser(ctx, 'intake');
  const actor = { userId: intake.id, label: intake.email };
  let added = 0;
  // Spread over the last weeks from the injected clock, so the queue and the timelines read like a
  // living meldpunt instead of twelve reports in one second (issue 14).
  const now = ctx.clock.now();
  for (const r of DEMO_REPORTS) {
    if (await findReportByIdempotencyKey(ctx.db, r.key)) continue;
    const at = demoTime(now, r.sent);
    const { report, receipt } =
      r.channel === 'web'
        ? await sendOnline(ctx, r, at)
        : await fileReportForCaller(ctx, { channel: r.channel, answers: r.answers, consents: r.consents, urgentReason: null, idempotencyKey: r.key, at }, actor);
    added += 1;
    if (r.followUp) {
      await postMessage(ctx, { reportId: report.id, kind: 'staff', body: r.followUp.question, authorUserId: intake.id, at: demoTime(now, r.followUp.asked) });
      await postMessage(ctx, { reportId: report.id, kind: 'reporter', body: r.followUp.answer, authorUserId: null, at: demoTime(now, r.followUp.answered) });
    }
    if (r.status) await changeReportStatus(ctx, { reportId: report.id, status: r.status, closeReason: '' }, actor);
    // A receipt opens the report's follow-up, so it is a secret like the passwords.
    if (r.followUp && options.showPasswords) options.print(`  Receipt of the anonymous report with an answer (try it on /mijn-melding): ${receipt}`);
  }
  options.print(
    `Demo story reports: ${added} added, ${DEMO_REPORTS.length - added} already there (all fictitious, names start with "Fictief"; times spread over the last 18 days).`,
  );
};

/** The report numbers of the story reports by key, for the dossiers of the cases demo. */
export const findDemoReportNumbers = async (ctx: AppContext, keys: string[]): Promise<string[]> => {
  const numbers: string[] = [];
  for (const key of keys) {
    const row = await findReportByIdempotencyKey(ctx.db, key);
    if (!row) throw new Error(`demo report ${key} missing: run the intake demo first`);
    numbers.push(row.number);
  }

  return numbers;
};
