import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, type FormBody, field, fields, isUuid } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { actorOf } from '../actor.ts';
import { createUser, EMAIL } from './create-user.ts';
import { editUser } from './edit-user.ts';
import { findOrganisation, findUserById, listOpenSessions, listOrganisations, listUsersWithOrganisation, type UserRow } from '../reads.ts';
import { resetUserPassword } from './reset-user-password.ts';
import { resetUserTotp } from './reset-user-totp.ts';
import { revokeSessionsOfUser } from './revoke-sessions-of-user.ts';
import { isRole, roleLabels } from '../roles.ts';
import { setUserDisabled } from './set-user-disabled.ts';
import { usersText } from '../texts.ts';
import { unlockUser } from './unlock-user.ts';
import { checkUserFields, type UserFieldProblem } from './user-fields.ts';
import { NewUserPage, OneTimePasswordPage, UserDetailPage, UsersListPage, type UserDetailProps, type UserFormValues } from '../views/users.tsx';

const ADMIN = { access: ['admin'] } as const;
/** The list shows at most this many users; a staff of this size is far beyond what we expect. */
const LIST_LIMIT = 1000;

type ById = { Params: { id: string } };
type Done = ById & { Querystring: { gedaan?: string } };

const DONE_CODES = ['saved', 'disabled', 'enabled', 'totpReset', 'sessionsRevoked', 'unlocked'] as const;
type DoneCode = (typeof DONE_CODES)[number];
const isDoneCode = (v: unknown): v is DoneCode => typeof v === 'string' && (DONE_CODES as readonly string[]).includes(v);

const readForm = (body: FormBody): UserFormValues => ({
  // Shortened, so a huge value is not echoed back whole; the checks still see it is too long.
  name: field(body, 'name').slice(0, 1000),
  email: field(body, 'email').slice(0, 1000),
  roles: fields(body, 'roles').map((r) => r.slice(0, 50)),
  organisationId: field(body, 'organisationId').slice(0, 100),
});

const FIELD_OF: Record<UserFieldProblem, string> = {
  noName: 'name',
  nameTooLong: 'name',
  noRole: 'roles',
  badRole: 'roles',
  partnerNeedsOrganisation: 'organisationId',
  unknownOrganisation: 'organisationId',
};

const fieldErrors = (t: typeof usersText.nl, problems: UserFieldProblem[]): FieldErrors =>
  Object.fromEntries(problems.map((p) => [FIELD_OF[p], t[p === 'noName' ? 'missingName' : p]]));

const organisationOptions = async (ctx: AppContext) => (await listOrganisations(ctx)).map((o) => ({ id: o.id, name: o.name }));

/** Loads a user by the id in the path; anything that is not a uuid is simply not found. */
const loadUser = async (ctx: AppContext, id: string): Promise<UserRow> => {
  const user = isUuid(id) ? await findUserById(ctx, id) : null;
  if (!user) throw notFound('user');

  return user;
};

const formValuesOf = (user: UserRow): UserFormValues => ({ name: user.name, email: user.email, roles: user.roles, organisationId: user.organisationId ?? '' });

type DetailExtras = Partial<Pick<UserDetailProps, 'values' | 'version' | 'errors' | 'message' | 'nowSaved'>>;

/** Users administration: list, create, edit, and the account actions an admin can take. */
export const adminUserRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const renderDetail = async (req: FastifyRequest, reply: FastifyReply, user: UserRow, extras: DetailExtras = {}, status = 200) => {
    const organisation = user.organisationId ? await findOrganisation(ctx, user.organisationId) : null;
    const idleBefore = new Date(Date.now() - ctx.config.sessionIdleMinutes * 60_000);
    const sessions = await listOpenSessions(ctx, user.id, idleBefore);
    const page = (
      <UserDetailPage
        view={view(req, reply)}
        user={user}
        organisationName={organisation?.name ?? null}
        openSessions={sessions.filter((s) => s.stage === 'active').length}
        organisations={await organisationOptions(ctx)}
        values={extras.values ?? formValuesOf(user)}
        version={extras.version ?? user.updatedAt.getTime()}
        errors={extras.errors}
        message={extras.message}
        nowSaved={extras.nowSaved}
      />
    );

    return render(reply, page, status);
  };

  app.get('/beheer/gebruikers', { config: ADMIN }, async (req, reply) => {
    const rows = await listUsersWithOrganisation(ctx, LIST_LIMIT);

    return render(reply, <UsersListPage view={view(req, reply)} rows={rows} />);
  });

  app.get('/beheer/gebruikers/nieuw', { config: ADMIN }, async (req, reply) => {
    const values = { name: '', email: '', roles: [], organisationId: '' };

    return render(reply, <NewUserPage view={view(req, reply)} values={values} organisations={await organisationOptions(ctx)} />);
  });

  app.post('/beheer/gebruikers/nieuw', { config: ADMIN }, async (req, reply) => {
    const t = pick(usersText, req.lang);
    const values = readForm(asForm(req.body));
    const errors: FieldErrors = {};
    if (!EMAIL.test(values.email.toLowerCase()) || values.email.length > 200) errors.email = t.invalidEmail;
    const checked = await checkUserFields(ctx.db, values);
    if (!checked.ok) Object.assign(errors, fieldErrors(t, checked.problems));
    if (!errors.email && checked.ok) {
      const result = await createUser(ctx, { ...checked.fields, email: values.email }, actorOf(req));
      if (result.ok) {
        const page = (
          <OneTimePasswordPage
            view={view(req, reply)}
            title={t.createdTitle}
            intro={t.createdIntro(result.user.email)}
            password={result.oneTimePassword ?? ''}
            userId={result.user.id}
          />
        );
        return render(reply, page);
      }
      if (result.problem === 'emailTaken' || result.problem === 'invalidEmail') errors.email = t[result.problem];
      else errors.roles = t.badRole;
    }

    return render(reply, <NewUserPage view={view(req, reply)} values={values} errors={errors} organisations={await organisationOptions(ctx)} />, 400);
  });

  app.get<Done>('/beheer/gebruikers/:id', { config: ADMIN }, async (req, reply) => {
    const user = await loadUser(ctx, req.params.id);
    const done = req.query.gedaan;
    const message = isDoneCode(done) ? { type: 'ok' as const, text: pick(usersText, req.lang).done[done] } : undefined;

    return renderDetail(req, reply, user, { message });
  });

  app.post<ById>('/beheer/gebruikers/:id', { config: ADMIN }, async (req, reply) => {
    const t = pick(usersText, req.lang);
    const user = await loadUser(ctx, req.params.id);
    const body = asForm(req.body);
    const values = { ...readForm(body), email: user.email };
    const seenVersion = Number(field(body, 'version'));
    const result = await editUser(
      ctx,
      { id: user.id, name: values.name, roles: values.roles, organisationId: values.organisationId || null, seenVersion },
      actorOf(req),
    );
    if (result.ok) return reply.redirect(`/beheer/gebruikers/${user.id}?gedaan=saved`, 303);
    if (result.problem === 'notFound') throw notFound('user');
    if (result.problem === 'conflict') {
      const current = result.current;
      const organisation = current.organisationId ? await findOrganisation(ctx, current.organisationId) : null;
      const labels = pick(roleLabels, req.lang);
      const nowSaved = {
        name: current.name,
        roles: current.roles.map((r) => (isRole(r) ? labels[r] : r)).join(', '),
        organisation: organisation?.name ?? '—',
      };
      // The form keeps what this admin typed, now based on the saved version: saving again is a
      // deliberate choice made after seeing the other change.
      const extras = { values, version: current.updatedAt.getTime(), message: { type: 'warning' as const, text: t.conflict }, nowSaved };

      return renderDetail(req, reply, current, extras, 409);
    }
    const errors = result.problem === 'fields' ? fieldErrors(t, result.problems) : { roles: t.lastAdmin };

    return renderDetail(req, reply, user, { values, version: seenVersion, errors }, 400);
  });

  const setDisabled = (disabled: boolean) => async (req: FastifyRequest<ById>, reply: FastifyReply) => {
    const user = await loadUser(ctx, req.params.id);
    const result = await setUserDisabled(ctx, user.id, disabled, actorOf(req));
    if (!result.ok && result.problem === 'lastAdmin') {
      return renderDetail(req, reply, user, { message: { type: 'error', text: pick(usersText, req.lang).lastAdmin } }, 400);
    }
    if (!result.ok) throw notFound('user');

    return reply.redirect(`/beheer/gebruikers/${user.id}?gedaan=${disabled ? 'disabled' : 'enabled'}`, 303);
  };
  app.post<ById>('/beheer/gebruikers/:id/uitschakelen', { config: ADMIN }, setDisabled(true));
  app.post<ById>('/beheer/gebruikers/:id/inschakelen', { config: ADMIN }, setDisabled(false));

  app.post<ById>('/beheer/gebruikers/:id/wachtwoord-reset', { config: ADMIN }, async (req, reply) => {
    const t = pick(usersText, req.lang);
    const user = await loadUser(ctx, req.params.id);
    const result = await resetUserPassword(ctx, user.id, actorOf(req));
    if (!result.ok) throw notFound('user');
    const page = (
      <OneTimePasswordPage
        view={view(req, reply)}
        title={t.passwordResetTitle}
        intro={t.passwordResetIntro(user.email)}
        password={result.oneTimePassword}
        userId={user.id}
      />
    );

    return render(reply, page);
  });

  const simpleAction =
    (run: (ctx: AppContext, id: string, actor: ReturnType<typeof actorOf>) => Promise<{ ok: boolean }>, done: DoneCode) =>
    async (req: FastifyRequest<ById>, reply: FastifyReply) => {
      const user = await loadUser(ctx, req.params.id);
      const result = await run(ctx, user.id, actorOf(req));
      if (!result.ok) throw notFound('user');

      return reply.redirect(`/beheer/gebruikers/${user.id}?gedaan=${done}`, 303);
    };
  app.post<ById>('/beheer/gebruikers/:id/tweede-stap-reset', { config: ADMIN }, simpleAction(resetUserTotp, 'totpReset'));
  app.post<ById>('/beheer/gebruikers/:id/sessies-stoppen', { config: ADMIN }, simpleAction(revokeSessionsOfUser, 'sessionsRevoked'));
  app.post<ById>('/beheer/gebruikers/:id/ontgrendelen', { config: ADMIN }, simpleAction(unlockUser, 'unlocked'));
};
