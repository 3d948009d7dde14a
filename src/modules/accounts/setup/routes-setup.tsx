import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, rawField } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { createFirstAdmin, setupLinkState } from './create-first-admin.ts';
import { MAX_PASSWORD_LENGTH } from '../sign-in/passwords.ts';
import { accountText, usersText } from '../texts.ts';
import { SetupClosedPage, SetupPage } from '../views/setup.tsx';

type ByToken = { Params: { token: string } };

const SETUP_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

const closedStatus = (reason: 'invalidLink' | 'usersExist') => (reason === 'usersExist' ? 409 : 404);

/** The one-time setup link that creates the first admin on an empty installation. */
export const setupRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<ByToken>('/setup/:token', { config: { access: 'anyone', ...SETUP_LIMIT } }, async (req, reply) => {
    const state = await setupLinkState(ctx, req.params.token);
    if (state !== 'ok') return render(reply, <SetupClosedPage view={view(req, reply)} reason={state} />, closedStatus(state));

    return render(reply, <SetupPage view={view(req, reply)} token={req.params.token} />);
  });

  app.post<ByToken>('/setup/:token', { config: { access: 'anyone', ...SETUP_LIMIT } }, async (req, reply) => {
    const body = asForm(req.body);
    const values = { name: field(body, 'name').slice(0, 1000), email: field(body, 'email').slice(0, 1000) };
    const take = (name: string) => rawField(body, name).slice(0, MAX_PASSWORD_LENGTH + 1);
    const result = await createFirstAdmin(ctx, { token: req.params.token, ...values, password: take('password'), repeat: take('repeat') }, req.ip);
    if (result.ok) return reply.redirect('/inloggen', 303);
    if (result.problem !== 'fields') return render(reply, <SetupClosedPage view={view(req, reply)} reason={result.problem} />, closedStatus(result.problem));
    const u = pick(usersText, req.lang);
    const a = pick(accountText, req.lang);
    const p = result.problems;
    const errors = {
      name: p.name && (p.name === 'missingName' ? u.missingName : u.nameTooLong),
      email: p.email && u.invalidEmail,
      password: p.password && a[p.password],
      repeat: p.repeat && a.mismatch,
    };

    return render(reply, <SetupPage view={view(req, reply)} token={req.params.token} values={values} errors={errors} />, 400);
  });
};
