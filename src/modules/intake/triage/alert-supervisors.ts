import nodemailer from 'nodemailer';
import type { AppContext } from '../../../app/context.ts';
import { listUsers } from '../../accounts/index.ts';

/**
 * Tells supervisors by e-mail that an urgent report came in (the staff app shows the alert at once
 * anyway). The mail holds only the report number and a link: no content of the report leaves the
 * system this way. Only when SMTP_URL is set; a failure is logged, never shown to the reporter.
 */
export const alertSupervisorsByMail = async (ctx: AppContext, report: { id: string; number: string }): Promise<void> => {
  if (!ctx.config.smtpUrl) return;
  try {
    const to = ctx.config.alertEmail
      ? [ctx.config.alertEmail]
      : (await listUsers(ctx.db)).filter((u) => !u.disabledAt && u.roles.includes('supervisor')).map((u) => u.email);
    if (to.length === 0) return;
    const transport = nodemailer.createTransport(ctx.config.smtpUrl);
    await transport.sendMail({
      from: ctx.config.smtpFrom,
      to,
      subject: `Urgente melding ${report.number}`,
      text: [
        `Er is een urgente melding binnengekomen: ${report.number}.`,
        'De melder gaf aan dat er nu gevaar is. Bekijk de melding direct in Vangnet:',
        `${ctx.config.staffBaseUrl}/meldingen/${report.id}`,
      ].join('\n\n'),
    });
    transport.close();
  } catch (err) {
    ctx.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'urgent report e-mail failed');
  }
};
