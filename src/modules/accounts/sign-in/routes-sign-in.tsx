import { signOut } from './sign-out.ts';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, rawField } from '../../../app/forms.ts';
import { safeReturnPath } from '../../../app/return-path.ts';
import { render, view } from '../../../app/view.ts';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { endSession, startSession } from './session.ts';
import { secondFactors } from '../passkeys/passkey-settings.ts';
import { signInWithPassword } from './sign-in-with-password.ts';
import { signInText } from '../texts.ts';
import { formatSecretForHumans, newTotpSecret, totpQrSvg, totpUri } from './totp.ts';
import { verifySecondFactor } from './verify-second-factor.ts';
import { CodePage, EnrolPage, SignInPage } from '../views/sign-in.tsx';

type Next = { Querystring: { terug?: string } };

/** The return path to carry on to the next step of sign-in: only a safe one, and none for the start page. */
const nextOf = (terug: unknown): string | undefined => {
  const path = safeReturnPath(terug);

  return path === '/' ? undefined : path;
};

const SIGN_IN_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Sign-in in two steps: password, then a TOTP code (enrolment on the first sign-in is compulsory). */
export const signInRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<Next>('/inloggen', { config: { access: 'anyone' } }, async (req, reply) => {
    if (req.staff?.stage === 'active') return reply.redirect(safeReturnPath(req.query.terug), 303);

    return render(reply, <SignInPage view={view(req, reply)} next={nextOf(req.query.terug)} />);
  });

  app.post<Next>('/inloggen', { config: { access: 'anyone', ...SIGN_IN_LIMIT } }, async (req, reply) => {
    const t = pick(signInText, req.lang);
    const body = asForm(req.body);
    const email = field(body, 'email').slice(0, 200);
    const password = rawField(body, 'password').slice(0, 200);
    const errors = { email: email ? undefined : t.missingEmail, password: password ? undefined : t.missingPassword };
    if (errors.email || errors.password) {
      return render(reply, <SignInPage view={view(req, reply)} email={email} errors={errors} next={nextOf(req.query.terug)} />, 400);
    }
    const result = await signInWithPassword(ctx, { email, password, ip: req.ip });
    if (!result.ok) {
      const message = result.reason === 'locked' ? t.locked(formatDateTime(req.lang, result.lockedUntil)) : t.invalid;
      return render(reply, <SignInPage view={view(req, reply)} email={email} message={message} next={nextOf(req.query.terug)} />, 401);
    }
    const { user } = result;
    if (user.totpSecretEnc) {
      await startSession(ctx, req, reply, user.id, 'password');
      return reply.redirect(`/inloggen/code?terug=${encodeURIComponent(safeReturnPath(req.query.terug))}`, 303);
    }
    await startSession(ctx, req, reply, user.id, 'enrol', ctx.keys.encrypt(newTotpSecret()));

    return reply.redirect('/inloggen/koppelen', 303);
  });

  app.get<Next>('/inloggen/code', { config: { access: 'anyone' } }, async (req, reply) => {
    if (req.staff?.stage !== 'password') return reply.redirect('/inloggen', 303);
    const factors = await secondFactors(ctx, req.staff.user);

    return render(reply, <CodePage view={view(req, reply)} next={nextOf(req.query.terug)} passkey={factors.passkey} totp={factors.totp} />);
  });

  app.post<Next>('/inloggen/code', { config: { access: 'anyone', ...SIGN_IN_LIMIT } }, async (req, reply) => {
    const t = pick(signInText, req.lang);
    const session = req.staff;
    if (session?.stage !== 'password') return render(reply, <SignInPage view={view(req, reply)} message={t.expired} />, 401);
    const factors = await secondFactors(ctx, session.user);
    const codePage = (errors: Record<string, string>, status: number) =>
      render(reply, <CodePage view={view(req, reply)} errors={errors} next={nextOf(req.query.terug)} passkey={factors.passkey} totp={factors.totp} />, status);
    // A role that requires passkeys no longer accepts the code once the user has one.
    if (!factors.totp) return codePage({}, 401);
    const code = field(asForm(req.body), 'code');
    if (!code) return codePage({ code: t.codeMissing }, 400);
    const result = await verifySecondFactor(ctx, session, code, req.ip);
    if (!result.ok) {
      if (result.reason === 'invalid') return codePage({ code: t.codeInvalid }, 401);
      await endSession(ctx, req, reply);
      return render(reply, <SignInPage view={view(req, reply)} message={result.reason === 'locked' ? t.locked('') : t.expired} />, 401);
    }
    await startSession(ctx, req, reply, session.user.id, 'active', null, 'totp');
    if (factors.mustEnrolPasskey) return reply.redirect('/account/passkeys?verplicht=1', 303);

    return reply.redirect(safeReturnPath(req.query.terug), 303);
  });

  app.get('/inloggen/koppelen', { config: { access: 'anyone' } }, async (req, reply) => {
    const session = req.staff;
    if (session?.stage !== 'enrol' || !session.pendingTotpEnc) return reply.redirect('/inloggen', 303);
    const secret = formatSecretForHumans(ctx.keys.decryptText(session.pendingTotpEnc));

    return render(reply, <EnrolPage view={view(req, reply)} secret={secret} />);
  });

  app.get('/inloggen/koppelen/qr.svg', { config: { access: 'anyone' } }, async (req, reply) => {
    const session = req.staff;
    if (session?.stage !== 'enrol' || !session.pendingTotpEnc) return reply.code(404).send();
    const svg = await totpQrSvg(totpUri(ctx.keys.decryptText(session.pendingTotpEnc), session.user.email));

    return reply.type('image/svg+xml').header('cache-control', 'no-store').send(svg);
  });

  app.post('/inloggen/koppelen', { config: { access: 'anyone', ...SIGN_IN_LIMIT } }, async (req, reply) => {
    const t = pick(signInText, req.lang);
    const session = req.staff;
    if (session?.stage !== 'enrol' || !session.pendingTotpEnc) return render(reply, <SignInPage view={view(req, reply)} message={t.expired} />, 401);
    const secret = formatSecretForHumans(ctx.keys.decryptText(session.pendingTotpEnc));
    const code = field(asForm(req.body), 'code');
    if (!code) return render(reply, <EnrolPage view={view(req, reply)} secret={secret} errors={{ code: t.codeMissing }} />, 400);
    const result = await verifySecondFactor(ctx, session, code, req.ip);
    if (!result.ok) {
      if (result.reason === 'invalid') return render(reply, <EnrolPage view={view(req, reply)} secret={secret} errors={{ code: t.codeInvalid }} />, 401);
      await endSession(ctx, req, reply);
      return render(reply, <SignInPage view={view(req, reply)} message={t.expired} />, 401);
    }
    await startSession(ctx, req, reply, session.user.id, 'active', null, 'totp');

    return reply.redirect('/', 303);
  });

  app.post('/uitloggen', { config: { access: 'anyone' } }, async (req, reply) => {
    await signOut(ctx, req, reply);

    return reply.redirect('/inloggen', 303);
  });
};
