import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, rawField } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { actorOf } from '../actor.ts';
import { changePassword } from './change-password.ts';
import { MAX_PASSWORD_LENGTH } from '../sign-in/passwords.ts';
import { findOrganisation, listOpenSessions } from '../reads.ts';
import type { StaffSession } from '../sign-in/session.ts';
import { signOutOtherSessions } from './sign-out-other-sessions.ts';
import { accountText } from '../texts.ts';
import { AccountPage, ChangePasswordPage } from '../views/account.tsx';

type Notice = { Querystring: { klaar?: string; uitgelogd?: string } };

const PASSWORD_LIMIT = { rateLimit: { max: 20, timeWindow: '1 minute' } };

/** The access hook has already refused anyone without an active session; this narrows the type. */
const me = (staff: StaffSession | null): StaffSession => {
  if (!staff) throw new Error('account route reached without a session');

  return staff;
};

/** My account: who I am, where I am signed in, and changing my password. */
export const accountRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<Notice>('/account', { config: { access: 'signed-in' } }, async (req, reply) => {
    const t = pick(accountText, req.lang);
    const session = me(req.staff);
    const { user } = session;
    const organisation = user.organisationId ? await findOrganisation(ctx, user.organisationId) : null;
    const idleBefore = new Date(Date.now() - ctx.config.sessionIdleMinutes * 60_000);
    const sessions = (await listOpenSessions(ctx, user.id, idleBefore))
      .filter((s) => s.stage === 'active')
      .map((s) => ({ current: s.idHash === session.idHash, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, ip: s.ip, userAgent: s.userAgent }));
    const signedOut = Number(req.query.uitgelogd);
    const message =
      req.query.klaar === 'wachtwoord'
        ? t.passwordChanged
        : Number.isInteger(signedOut) && signedOut >= 0 && req.query.uitgelogd !== undefined
          ? t.othersSignedOut(Math.min(signedOut, 10_000))
          : undefined;
    const page = (
      <AccountPage
        view={view(req, reply)}
        me={{ name: user.name, email: user.email, roles: user.roles, organisation: organisation?.name ?? null }}
        sessions={sessions}
        message={message}
      />
    );

    return render(reply, page);
  });

  app.post('/account/sessies/andere-stoppen', { config: { access: 'signed-in' } }, async (req, reply) => {
    const session = me(req.staff);
    const count = await signOutOtherSessions(ctx, { userId: session.user.id, sessionIdHash: session.idHash, actor: actorOf(req) });

    return reply.redirect(`/account?uitgelogd=${count}`, 303);
  });

  app.get('/account/wachtwoord', { config: { access: 'signed-in' } }, async (req, reply) =>
    render(reply, <ChangePasswordPage view={view(req, reply)} forced={me(req.staff).user.mustChangePassword} />),
  );

  app.post('/account/wachtwoord', { config: { access: 'signed-in', ...PASSWORD_LIMIT } }, async (req, reply) => {
    const t = pick(accountText, req.lang);
    const session = me(req.staff);
    const body = asForm(req.body);
    // One character over the maximum is enough to say "too long"; the rest is never hashed.
    const take = (name: string) => rawField(body, name).slice(0, MAX_PASSWORD_LENGTH + 1);
    const result = await changePassword(
      ctx,
      { userId: session.user.id, sessionIdHash: session.idHash, actor: actorOf(req) },
      { current: take('current'), next: take('next'), repeat: take('repeat') },
    );
    if (!result.ok) {
      const { current, next, repeat } = result.problems;
      const errors = { current: current && t[current], next: next && t[next], repeat: repeat && t[repeat] };

      return render(reply, <ChangePasswordPage view={view(req, reply)} forced={session.user.mustChangePassword} errors={errors} />, 400);
    }

    return reply.redirect('/account?klaar=wachtwoord', 303);
  });
};
