import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { asForm, field } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import type { FieldErrors } from '../../web/components/form.tsx';
import { pick } from '../../web/i18n.ts';
import { actorOf } from '../accounts/index.ts';
import type { Role } from '../accounts/index.ts';
import { changeRetentionRule } from './change-retention-rule.ts';
import { loadExpiringSoon } from './expiry/expiring-soon.ts';
import { RETENTION_JOB } from './job.ts';
import { findScheduleLine, loadSchedule } from './load-schedule.ts';
import { countHeldDossiers, readRecentBatches, readSettingHistory } from './reads.ts';
import { runRetention } from './run/run-retention.ts';
import { retentionText } from './texts.ts';
import { EditPage, editValues } from './views/edit-page.tsx';
import { RunPage } from './views/run-page.tsx';
import { SchedulePage } from './views/schedule-page.tsx';
import { SoonPage } from './views/soon-page.tsx';

/** Who sees the schedule and the deletion records; only the privacy officer changes or runs anything. */
const READERS: readonly Role[] = ['privacy_officer', 'admin'];
const OFFICER: readonly Role[] = ['privacy_officer'];

type KeyParams = { Params: { key: string }; Querystring: { versie?: string } };

const FIELD_OF = { days: 'dagen', action: 'actie', legalBasis: 'grondslag', reason: 'reden' } as const;

export const retentionRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const isOfficer = (roles: readonly string[]) => roles.includes('privacy_officer');

  app.get('/bewaartermijnen', { config: { access: READERS } }, async (req, reply) => {
    const lines = await loadSchedule(ctx);
    return render(reply, <SchedulePage view={view(req, reply)} lines={lines} canChange={isOfficer(req.staff?.user.roles ?? [])} />);
  });

  // What passes its period in the next 30 days, per kind and why (issue 19 point 4). Counts only.
  app.get('/bewaartermijnen/binnenkort', { config: { access: READERS } }, async (req, reply) => render(reply, <SoonPage view={view(req, reply)} lines={await loadExpiringSoon(ctx)} />));

  const runPage = async (req: FastifyRequest, reply: FastifyReply, extra: { result?: Awaited<ReturnType<typeof runRetention>>; queued?: boolean } = {}) => {
    const lines = await loadSchedule(ctx);
    const labels = Object.fromEntries(lines.map((l) => [l.rule.key, l.rule.label]));
    const batches = await readRecentBatches(ctx);
    const held = await countHeldDossiers(ctx);
    return render(reply, <RunPage view={view(req, reply)} {...extra} batches={batches} labels={labels} heldDossiers={held} canRun={isOfficer(req.staff?.user.roles ?? [])} />);
  };

  app.get('/bewaartermijnen/opschonen', { config: { access: READERS } }, async (req, reply) => runPage(req, reply));

  app.post('/bewaartermijnen/opschonen/proef', { config: { access: OFFICER } }, async (req, reply) => {
    const result = await runRetention(ctx, { dryRun: true, startedBy: 'page', actor: actorOf(req) });
    return runPage(req, reply, { result });
  });

  app.post('/bewaartermijnen/opschonen/nu', { config: { access: OFFICER } }, async (req, reply) => {
    // With the job queue the work runs in the worker (it may take a while); without it, right here.
    if (ctx.jobs) {
      await ctx.jobs.send(RETENTION_JOB, { startedBy: 'page', userId: req.staff?.user.id ?? null, label: req.staff?.user.email ?? 'page' });
      return runPage(req, reply, { queued: true });
    }
    const result = await runRetention(ctx, { dryRun: false, startedBy: 'page', actor: actorOf(req) });
    return runPage(req, reply, { result });
  });

  app.get<KeyParams>('/bewaartermijnen/:key', { config: { access: OFFICER } }, async (req, reply) => {
    const line = await findScheduleLine(ctx, req.params.key);
    if (!line) return reply.callNotFound();
    const history = await readSettingHistory(ctx, line.rule.key);
    const saved = Number(req.query.versie);
    const message = Number.isInteger(saved) && saved > 0 && saved === line.version ? pick(retentionText, req.lang).saved(saved) : undefined;
    return render(reply, <EditPage view={view(req, reply)} line={line} values={editValues(line, req.lang)} history={history} message={message} />);
  });

  app.post<KeyParams>('/bewaartermijnen/:key', { config: { access: OFFICER } }, async (req, reply) => {
    const t = pick(retentionText, req.lang);
    const body = asForm(req.body);
    const values = { days: field(body, 'dagen').slice(0, 20), action: field(body, 'actie').slice(0, 20), legalBasis: field(body, 'grondslag').slice(0, 1001), reason: field(body, 'reden').slice(0, 2001) };
    const basedOn = Number(field(body, 'versie'));
    const user = req.staff?.user;
    if (!user) return reply.code(403).send();
    const result = await changeRetentionRule(ctx, { key: req.params.key, basedOn: Number.isInteger(basedOn) ? basedOn : -1, ...values, actor: { ...actorOf(req), userId: user.id } });
    if (result.ok) return reply.redirect(`/bewaartermijnen/${encodeURIComponent(req.params.key)}?versie=${result.version}`, 303);
    if (result.kind === 'unknown') return reply.callNotFound();
    const line = await findScheduleLine(ctx, req.params.key);
    if (!line) return reply.callNotFound();
    const history = await readSettingHistory(ctx, line.rule.key);
    if (result.kind === 'stale') return render(reply, <EditPage view={view(req, reply)} line={line} values={values} history={history} stale />, 409);
    const errors: FieldErrors = {};
    for (const key of Object.keys(result.problems) as (keyof typeof FIELD_OF)[]) errors[FIELD_OF[key]] = t.errors[key];
    return render(reply, <EditPage view={view(req, reply)} line={line} values={values} history={history} errors={errors} />, 400);
  });
};
