import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { render, view } from '../../app/view.ts';
import { pick } from '../../web/i18n.ts';
import { ACCESS_ACTIONS } from './access-log/log-access.ts';
import { parseLogFilter } from './log-pages/parse-log-filter.ts';
import { readAccessLog, readAuditLog } from './log-pages/read-logs.ts';
import type { AuditActor } from './chain/record-audit-event.ts';
import { logText } from './texts.ts';
import { verifyAuditChain } from './chain/verify-audit-chain.ts';
import { AccessLogPage } from './views/access-log.tsx';
import { AuditLogPage } from './views/audit-log.tsx';

const actorOf = (req: FastifyRequest): AuditActor => {
  const user = req.staff?.user;
  // The access rule already demands a signed-in user; this only satisfies the type.
  if (!user) throw new Error('log pages need a signed-in user');

  return { userId: user.id, label: user.email, ip: req.ip };
};

/** The privacy officer's views of the audit log and the access log. GET forms, so they work without JS. */
export const logRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/logboek/audit', { config: { access: ['privacy_officer', 'admin'] } }, async (req, reply) => {
    const parsed = parseLogFilter(req.query, req.lang, ['gebruiker', 'actie', 'soort', 'nummer']);
    const { values, errors, page } = parsed;
    if (!parsed.ok) {
      const chain = await verifyAuditChain(ctx.db);
      return render(reply, <AuditLogPage view={view(req, reply)} values={values} errors={errors} chain={chain} rows={[]} page={1} hasNext={false} />, 400);
    }
    const { texts } = parsed;
    const filter = { from: parsed.from, until: parsed.until, user: texts.gebruiker, action: texts.actie, targetType: texts.soort, targetId: texts.nummer };
    const result = await readAuditLog(ctx.db, { actor: actorOf(req), filter, page });

    return render(reply, <AuditLogPage view={view(req, reply)} values={values} chain={result.chain} rows={result.rows} page={page} hasNext={result.hasNext} />);
  });

  app.get('/logboek/inzage', { config: { access: ['privacy_officer'] } }, async (req, reply) => {
    const parsed = parseLogFilter(req.query, req.lang, ['gebruiker', 'actie', 'soort', 'nummer']);
    const { values, errors, page, texts } = parsed;
    if (texts.actie && !(ACCESS_ACTIONS as readonly string[]).includes(texts.actie)) errors.actie = pick(logText, req.lang).badAction;
    if (Object.values(errors).some(Boolean)) {
      return render(reply, <AccessLogPage view={view(req, reply)} values={values} errors={errors} rows={[]} page={1} hasNext={false} />, 400);
    }
    const filter = { from: parsed.from, until: parsed.until, user: texts.gebruiker, action: texts.actie, recordType: texts.soort, recordId: texts.nummer };
    const result = await readAccessLog(ctx.db, { actor: actorOf(req), filter, page });

    return render(reply, <AccessLogPage view={view(req, reply)} values={values} rows={result.rows} page={page} hasNext={result.hasNext} />);
  });
};
