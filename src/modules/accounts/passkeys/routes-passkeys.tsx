import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm } from '../../../app/forms.ts';
import { localPath, render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { actorOf } from '../actor.ts';
import { enrolPasskey, passkeyEnrolOptions } from './enrol-passkey.ts';
import { secondFactors } from './passkey-settings.ts';
import { listPasskeyRoles, listPasskeys } from '../reads.ts';
import { removePasskey } from './remove-passkey.ts';
import { startSession } from '../sign-in/session.ts';
import { setPasskeyRoles } from './set-passkey-roles.ts';
import { passkeySignInOptions, signInWithPasskey } from './sign-in-with-passkey.ts';
import { passkeyText, signInText } from '../texts.ts';
import { PasskeyRolesPage, PasskeysPage } from '../views/passkeys.tsx';

const SCRIPT = readFileSync(path.join(import.meta.dirname, 'assets', 'passkeys.js'), 'utf8');
const LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

type Body = { response?: unknown; name?: unknown };
const jsonBody = (req: FastifyRequest): Body => (req.body && typeof req.body === 'object' ? (req.body as Body) : {});
const jsonError = (reply: FastifyReply, status: number, error: string) => reply.code(status).type('application/json').send({ error });

/**
 * Passkeys for staff, next to TOTP: add and remove on /account/passkeys, use one as the second
 * step of signing in, and (admin) the roles that must use one. The ceremonies need JavaScript
 * (WebAuthn is a browser API) and talk JSON; the CSRF token travels in the JSON body.
 */
export const passkeyRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/assets/passkeys.js', { config: { access: 'anyone' } }, async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SCRIPT),
  );

  app.get<{ Querystring: { klaar?: string; verplicht?: string; fout?: string } }>('/account/passkeys', { config: { access: 'signed-in' } }, async (req, reply) => {
    const t = pick(passkeyText, req.lang);
    const staff = req.staff!;
    const passkeys = await listPasskeys(ctx, staff.user.id);
    const message =
      req.query.klaar === 'toegevoegd'
        ? { type: 'ok' as const, text: t.addedOk }
        : req.query.klaar === 'verwijderd'
          ? { type: 'ok' as const, text: t.removedOk }
          : req.query.fout === 'laatste'
            ? { type: 'error' as const, text: t.lastRequired }
            : req.query.verplicht === '1' && passkeys.length === 0
              ? { type: 'warning' as const, text: t.mustEnrol }
              : undefined;

    return render(reply, <PasskeysPage view={view(req, reply)} passkeys={passkeys} message={message} />);
  });

  app.post('/account/passkeys/opties', { config: { access: 'signed-in', ...LIMIT } }, async (req, reply) => reply.send(await passkeyEnrolOptions(ctx, req.staff!)));

  app.post('/account/passkeys', { config: { access: 'signed-in', ...LIMIT } }, async (req, reply) => {
    const body = jsonBody(req);
    const result = await enrolPasskey(ctx, { session: req.staff!, response: body.response, name: typeof body.name === 'string' ? body.name : '', actor: actorOf(req) });
    if (!result.ok) return jsonError(reply, 400, pick(passkeyText, req.lang).failed);

    return reply.send({ next: '/account/passkeys?klaar=toegevoegd' });
  });

  app.post<{ Params: { id: string } }>('/account/passkeys/:id/verwijderen', { config: { access: 'signed-in' } }, async (req, reply) => {
    const staff = req.staff!;
    if (!/^[0-9a-f-]{36}$/.test(req.params.id)) return reply.redirect('/account/passkeys', 303);
    const result = await removePasskey(ctx, { user: staff.user, passkeyId: req.params.id, actor: actorOf(req) });
    if (!result.ok && result.problem === 'lastRequired') return reply.redirect('/account/passkeys?fout=laatste', 303);

    return reply.redirect('/account/passkeys?klaar=verwijderd', 303);
  });

  app.post('/inloggen/passkey/opties', { config: { access: 'anyone', ...LIMIT } }, async (req, reply) => {
    const session = req.staff;
    if (session?.stage !== 'password' || !(await secondFactors(ctx, session.user)).passkey) return jsonError(reply, 401, pick(signInText, req.lang).expired);

    return reply.send(await passkeySignInOptions(ctx, session));
  });

  app.post<{ Querystring: { terug?: string } }>('/inloggen/passkey', { config: { access: 'anyone', ...LIMIT } }, async (req, reply) => {
    const t = pick(signInText, req.lang);
    const session = req.staff;
    if (session?.stage !== 'password') return jsonError(reply, 401, t.expired);
    const result = await signInWithPasskey(ctx, { session, response: jsonBody(req).response, ip: req.ip });
    if (!result.ok) return jsonError(reply, 401, result.reason === 'locked' ? t.locked('') : result.reason === 'expired' ? t.expired : pick(passkeyText, req.lang).failed);
    await startSession(ctx, req, reply, session.user.id, 'active', null, 'passkey');

    return reply.send({ next: localPath(req.query.terug) });
  });

  app.get<{ Querystring: { klaar?: string } }>('/beheer/passkeys', { config: { access: ['admin'] } }, async (req, reply) =>
    render(reply, <PasskeyRolesPage view={view(req, reply)} required={await listPasskeyRoles(ctx)} saved={req.query.klaar === '1'} />),
  );

  app.post('/beheer/passkeys', { config: { access: ['admin'] } }, async (req, reply) => {
    const chosen = asForm(req.body).rollen;
    const roles = Array.isArray(chosen) ? chosen : typeof chosen === 'string' ? [chosen] : [];
    await setPasskeyRoles(ctx, { roles: roles.slice(0, 50), actor: { ...actorOf(req), userId: req.staff!.user.id } });

    return reply.redirect('/beheer/passkeys?klaar=1', 303);
  });
};
