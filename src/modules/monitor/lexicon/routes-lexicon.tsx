import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, type FormBody, field } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { activeUser } from '../active-user.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { loadRescoreStatus } from './load-rescore-status.ts';
import { selectLexiconHistory, selectNewestLexicon } from '../reads.ts';
import { type IndicatorEdit, saveLexicon } from './save-lexicon.ts';
import { lexiconText } from '../texts.ts';
import { type LexiconFormValues, LexiconPage, lexiconFormValues } from './views/lexicon-page.tsx';

type Query = { Querystring: { versie?: string; n?: string; wachtrij?: string } };

/** "1,5" or "1.5" → 1.5; anything else → NaN (the schema then refuses it with a message). */
const readWeight = (value: string): number => (/^\d{1,2}([.,]\d{1,3})?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN);

// Generous caps before validation: 201 lines or a 101-character line still reach the schema and get its message.
const readPatterns = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 201)
    .map((l) => l.slice(0, 101));

const readLexiconForm = (body: FormBody, lexicon: Lexicon): { values: LexiconFormValues; edits: Record<string, IndicatorEdit> } => {
  const values: LexiconFormValues = { reason: field(body, 'reason').slice(0, 5000) };
  const edits: Record<string, IndicatorEdit> = {};
  for (const i of lexicon.indicators) {
    const weight = field(body, `weight-${i.id}`).slice(0, 20);
    const patterns = field(body, `patterns-${i.id}`).slice(0, 50_000);
    const shownOnly = field(body, `shownOnly-${i.id}`) === 'yes';
    values[`weight-${i.id}`] = weight;
    values[`patterns-${i.id}`] = patterns;
    values[`shownOnly-${i.id}`] = shownOnly ? 'yes' : '';
    edits[i.id] = { weight: readWeight(weight), patterns: readPatterns(patterns), shownOnly };
  }
  return { values, edits };
};

/** The indicator lexicon: everyone in the monitor reads it and its history; only a supervisor saves a new version. */
export const lexiconRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const pageData = async () => {
    const lexicon = await loadLexicon(ctx.db);
    return {
      lexicon,
      builtIn: (await selectNewestLexicon(ctx)) === null,
      history: await selectLexiconHistory(ctx),
      status: await loadRescoreStatus(ctx.db, ctx.jobs, lexicon.version),
    };
  };

  app.get<Query>('/monitor/lexicon', { config: { access: ['analyst', 'investigator', 'supervisor'] } }, async (req, reply) => {
    const t = pick(lexiconText, req.lang);
    const data = await pageData();
    const justSaved = req.query.versie === data.lexicon.version;
    const saved = !justSaved ? undefined : req.query.wachtrij === '1' ? t.savedQueued(data.lexicon.version) : t.saved(data.lexicon.version, Number(req.query.n) || 0);
    return render(reply, <LexiconPage view={view(req, reply)} {...data} values={lexiconFormValues(data.lexicon, req.lang)} message={saved} />);
  });

  app.post('/monitor/lexicon', { config: { access: ['supervisor'] } }, async (req, reply) => {
    const user = activeUser(req);
    const t = pick(lexiconText, req.lang);
    const body = asForm(req.body);
    const data = await pageData();
    const { values, edits } = readLexiconForm(body, data.lexicon);
    const result = await saveLexicon(ctx.db, {
      basedOn: field(body, 'basedOn').slice(0, 40),
      edits,
      reason: values.reason ?? '',
      editor: { id: user.id, email: user.email, roles: user.roles, ip: req.ip },
      jobs: ctx.jobs,
      now: ctx.clock.now(),
    });
    if (result.ok) {
      const after = result.rescored === 'queued' ? 'wachtrij=1' : `n=${result.rescored}`;
      return reply.redirect(`/monitor/lexicon?versie=${encodeURIComponent(result.version)}&${after}`, 303);
    }
    if (result.kind === 'forbidden') return reply.code(403).send();
    if (result.kind === 'stale') return render(reply, <LexiconPage view={view(req, reply)} {...data} values={values} stale={result.inForce} />, 409);
    const errors: FieldErrors = {};
    for (const [name, problem] of Object.entries(result.problems)) errors[name] = t.errors[problem];
    return render(reply, <LexiconPage view={view(req, reply)} {...data} values={values} errors={errors} />, 400);
  });
};
