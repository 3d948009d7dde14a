import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import { type Lang, pick } from '../../../web/i18n.ts';
import { activeUser } from '../active-user.ts';
import { approveRobotsOverride } from './approve-robots-override.ts';
import { addSource } from './add-source.ts';
import { queueSourceCrawl } from './queue-source-crawl.ts';
import type { PatternProblem } from './check-url-pattern.ts';
import { findRefusedStartUrl } from './check-start-urls.ts';
import { outboundTexts } from '../../../app/outbound/texts.ts';
import { issueField, readSourceForm, differingFields, sourceFormValues } from './parse-source-form.ts';
import { setSourceEnabled, updateSource } from './update-source.ts';
import { SourceEditPage } from './views/source-edit-page.tsx';
import { countFrontier, selectFrontierProblems, selectSource, selectSources, type SourceRow } from '../reads.ts';
import { monitorAdminText } from '../texts.ts';
import { EXAMPLE_SOURCE, SourcePage, SourcesPage } from './views/source-pages.tsx';

type Params = { Params: { id: string }; Querystring: { klaar?: string } };
type AdminText = ReturnType<typeof pick<typeof monitorAdminText.nl>>;

/** One message per field; a refused URL pattern says which pattern and why. */
const sourceErrors = (issues: z.core.$ZodIssue[], t: AdminText): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issueField(issue);
    const params = issue.code === 'custom' ? (issue.params as { problem?: PatternProblem; pattern?: string } | undefined) : undefined;
    if (params?.problem && params.problem !== 'empty') errors[name] ??= t.patternErrors[params.problem](params.pattern ?? '');
    else errors[name] ??= t.errors[name];
  }
  return errors;
};

/** A start URL into this server or an internal network, refused at entry (issue 12), or null. */
const startUrlError = async (ctx: AppContext, urls: readonly string[], t: AdminText, lang: Lang): Promise<FieldErrors | null> => {
  const refused = await findRefusedStartUrl(urls, { allowPrivate: ctx.config.outboundAllowPrivate });
  if (!refused) return null;
  const classes = pick(outboundTexts, lang).classes;
  const { address, addressClass } = refused.refusal;

  return { startUrls: t.startUrlRefused(refused.url, address ?? '?', classes[addressClass ?? 'invalid']) };
};

const ACCESS = { config: { access: ['analyst', 'investigator', 'supervisor'] } } as const;

/** Register ad sites, see how their crawl goes, start a crawl, and (supervisor) approve a robots.txt exception. */
export const sourceRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const loadSource = async (id: string): Promise<SourceRow> => {
    const source = isUuid(id) ? await selectSource(ctx, id) : null;
    if (!source) throw notFound('source');
    return source;
  };
  const statusOf = async (id: string) => ({ counts: await countFrontier(ctx, id), problems: (await selectFrontierProblems(ctx, id)).slice(0, 200) });

  app.get<{ Querystring: { voorbeeld?: string } }>('/monitor/bronnen', ACCESS, async (req, reply) => {
    // ?voorbeeld=1 opens the form filled with the test site's rules, to adapt (nothing is saved).
    const example = req.query.voorbeeld === '1';
    return render(reply, <SourcesPage view={view(req, reply)} sources={await selectSources(ctx)} values={example ? EXAMPLE_SOURCE : {}} example={example} />);
  });

  app.post('/monitor/bronnen', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    const t = pick(monitorAdminText, req.lang);
    const { values, input } = readSourceForm(asForm(req.body));
    const again = async (errors: FieldErrors) =>
      render(reply, <SourcesPage view={view(req, reply)} sources={await selectSources(ctx)} values={values} errors={errors} />, 400);
    if ((await selectSources(ctx)).some((s) => s.name.toLowerCase() === input.name.trim().toLowerCase())) return again({ name: t.errors.name });
    const refused = await startUrlError(ctx, input.startUrls, t, req.lang);
    if (refused) return again(refused);
    // The source and its audit record are written together, or not at all.
    const result = await addSource(ctx, input, { userId: user.id, label: user.email, ip: req.ip });
    if (!result.ok) return again(sourceErrors(result.issues, t));
    return reply.redirect(`/monitor/bronnen/${result.source.id}`, 303);
  });

  app.get<Params>('/monitor/bronnen/:id', ACCESS, async (req, reply) => {
    const t = pick(monitorAdminText, req.lang);
    const source = await loadSource(req.params.id);
    const messages: Record<string, string> = {
      crawl: t.crawlQueued,
      robots: t.approved,
      opgeslagen: t.saved,
      'uitzondering-vervallen': t.savedApprovalDropped,
      ongewijzigd: t.nothingChanged,
      uit: t.disabledDone,
      aan: t.enabledDone,
    };
    const message = messages[req.query.klaar ?? ''];

    return render(reply, <SourcePage view={view(req, reply)} source={source} status={await statusOf(source.id)} jobsOn={ctx.jobs !== null} message={message} />);
  });

  app.post<Params>('/monitor/bronnen/:id/crawlen', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    const source = await loadSource(req.params.id);
    const queued = await queueSourceCrawl(ctx, source, { id: user.id, email: user.email, ip: req.ip });
    // Without a job queue the page says so; an off source's page (409) says it is off and offers no crawl button.
    if (!queued.ok) {
      const jobsOn = !queued.problems.some((p) => p.code === 'jobs_off');
      return render(reply, <SourcePage view={view(req, reply)} source={source} status={await statusOf(source.id)} jobsOn={jobsOn} />, 409);
    }

    return reply.redirect(`/monitor/bronnen/${source.id}?klaar=crawl`, 303);
  });

  app.post<Params>('/monitor/bronnen/:id/robots', { config: { access: ['supervisor'] } }, async (req, reply) => {
    const user = activeUser(req);
    const t = pick(monitorAdminText, req.lang);
    const source = await loadSource(req.params.id);
    const basis = field(asForm(req.body), 'legalBasis').slice(0, 5000);
    const result = await approveRobotsOverride(ctx.db, { sourceId: source.id, legalBasis: basis, approver: { id: user.id, email: user.email, roles: user.roles } });
    if (!result.ok) {
      const page = (
        <SourcePage view={view(req, reply)} source={source} status={await statusOf(source.id)} jobsOn={ctx.jobs !== null} approveError={t.approveErrors[result.reason]} basis={basis} />
      );
      return render(reply, page, result.reason === 'basis_missing' ? 400 : 403);
    }

    return reply.redirect(`/monitor/bronnen/${source.id}?klaar=robots`, 303);
  });

  app.get<Params>('/monitor/bronnen/:id/wijzigen', ACCESS, async (req, reply) => {
    const source = await loadSource(req.params.id);
    return render(reply, <SourceEditPage view={view(req, reply)} source={source} values={sourceFormValues(source)} version={source.version} />);
  });

  app.post<Params>('/monitor/bronnen/:id/wijzigen', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    const t = pick(monitorAdminText, req.lang);
    const source = await loadSource(req.params.id);
    const body = asForm(req.body);
    const { values, input } = readSourceForm(body);
    const version = /^\d{1,9}$/.test(field(body, 'version')) ? Number(field(body, 'version')) : -1;
    const refused = await startUrlError(ctx, input.startUrls, t, req.lang);
    if (refused) return render(reply, <SourceEditPage view={view(req, reply)} source={source} values={values} version={version} errors={refused} />, 400);
    const result = await updateSource(ctx.db, {
      id: source.id,
      version,
      source: input,
      robotsOverrideBasis: values.robotsOverrideBasis ?? '',
      editor: { id: user.id, email: user.email, ip: req.ip },
    });
    if (result.ok) {
      const klaar = result.changed.length === 0 ? 'ongewijzigd' : result.approvalDropped ? 'uitzondering-vervallen' : 'opgeslagen';
      return reply.redirect(`/monitor/bronnen/${source.id}?klaar=${klaar}`, 303);
    }
    if (result.kind === 'not_found') throw notFound('source');
    if (result.kind === 'conflict') {
      // Nothing is lost: the form keeps the user's values, the table shows what a colleague saved.
      const saved = sourceFormValues(result.current);
      const conflict = { fields: differingFields(values, saved), saved };
      return render(reply, <SourceEditPage view={view(req, reply)} source={result.current} values={values} version={result.current.version} conflict={conflict} />, 409);
    }
    const errors: FieldErrors =
      result.kind === 'invalid' ? sourceErrors(result.issues, t) : result.kind === 'name_taken' ? { name: t.errors.name } : { robotsOverrideBasis: t.errors.robotsOverrideBasis };
    return render(reply, <SourceEditPage view={view(req, reply)} source={source} values={values} version={version} errors={errors} />, 400);
  });

  for (const [path, enabled] of [['uitzetten', false], ['aanzetten', true]] as const) {
    app.post<Params>(`/monitor/bronnen/:id/${path}`, ACCESS, async (req, reply) => {
      const user = activeUser(req);
      const source = await loadSource(req.params.id);
      const saved = await setSourceEnabled(ctx.db, { id: source.id, enabled, editor: { id: user.id, email: user.email, ip: req.ip } });
      if (!saved) throw notFound('source');
      return reply.redirect(`/monitor/bronnen/${source.id}?klaar=${enabled ? 'aan' : 'uit'}`, 303);
    });
  }
};
