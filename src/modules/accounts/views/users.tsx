import type { View } from '../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { UserRow } from '../queries.ts';
import { isRole, ROLES, roleLabels } from '../roles.ts';
import { usersText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

export type OrganisationOption = { id: string; name: string };

export type UserFormValues = { name: string; email: string; roles: string[]; organisationId: string };

type T = typeof usersText.nl;

export const userStatus = (u: Pick<UserRow, 'disabledAt' | 'lockedUntil'>, now = Date.now()): 'disabled' | 'locked' | 'active' => {
  if (u.disabledAt) return 'disabled';
  if (u.lockedUntil && u.lockedUntil.getTime() > now) return 'locked';

  return 'active';
};

const StatusBadge = ({ t, user }: { t: T; user: UserRow }) => {
  const status = userStatus(user);

  return <span class={`vn-badge${status === 'active' ? '' : ' vn-badge--danger'}`}>{t[status]}</span>;
};

const roleNames = (lang: View['lang'], roles: readonly string[]) => {
  const labels = pick(roleLabels, lang);

  return roles.map((r) => (isRole(r) ? labels[r] : r)).join(', ');
};

export const UsersListPage = ({ view, rows }: { view: View; rows: { user: UserRow; organisationName: string | null }[] }) => {
  const t = pick(usersText, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer/gebruikers/nieuw">
          {t.newUser}
        </a>
      </p>
      <TableRegion label={t.title}>
        <table class="vn-table utrecht-table">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.roles}</th>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.secondFactor}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ user, organisationName }) => (
              <tr>
                <td>
                  <a class="utrecht-link" href={`/beheer/gebruikers/${user.id}`}>
                    {user.name}
                  </a>
                </td>
                <td>{user.email}</td>
                <td>{roleNames(view.lang, user.roles)}</td>
                <td>{organisationName ?? ''}</td>
                <td>
                  <StatusBadge t={t} user={user} />
                </td>
                <td>{user.totpSecretEnc ? t.enrolled : t.notEnrolled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </StaffLayout>
  );
};

const UserFields = ({
  view,
  values,
  errors,
  organisations,
  withEmail,
}: {
  view: View;
  values: UserFormValues;
  errors: FieldErrors;
  organisations: OrganisationOption[];
  withEmail: boolean;
}) => {
  const t = pick(usersText, view.lang);
  const labels = pick(roleLabels, view.lang);

  return (
    <>
      <TextField name="name" label={t.name} value={values.name} error={errors.name} maxlength={200} autocomplete="off" />
      {withEmail ? <TextField name="email" type="email" label={t.email} value={values.email} error={errors.email} maxlength={200} autocomplete="off" /> : null}
      <ChoiceGroup
        name="roles"
        legend={t.roles}
        hint={t.rolesHint}
        options={ROLES.map((r) => ({ value: r, label: labels[r] }))}
        selected={values.roles}
        error={errors.roles}
      />
      <p class="vn-hint">{t.organisationHint}</p>
      <SelectField
        name="organisationId"
        label={t.organisation}
        options={[{ value: '', label: t.noOrganisation }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        value={values.organisationId}
        error={errors.organisationId}
      />
    </>
  );
};

export const NewUserPage = ({
  view,
  values,
  errors = {},
  organisations,
}: {
  view: View;
  values: UserFormValues;
  errors?: FieldErrors;
  organisations: OrganisationOption[];
}) => {
  const t = pick(usersText, view.lang);

  return (
    <StaffLayout view={view} title={t.newUser}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.newUser}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <form method="post" action="/beheer/gebruikers/nieuw" novalidate>
          <CsrfField token={view.csrf} />
          <UserFields view={view} values={values} errors={errors} organisations={organisations} withEmail={true} />
          <SubmitButton>{t.create}</SubmitButton>
        </form>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/beheer/gebruikers">
            {t.backToList}
          </a>
        </p>
      </div>
    </StaffLayout>
  );
};

/** Shown once, as the answer to the POST: the one-time password is never stored in plain text. */
export const OneTimePasswordPage = ({
  view,
  title,
  intro,
  password,
  userId,
}: {
  view: View;
  title: string;
  intro: string;
  password: string;
  userId: string;
}) => {
  const t = pick(usersText, view.lang);

  return (
    <StaffLayout view={view} title={title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{title}</h1>
        <Alert type="ok">{intro}</Alert>
        <p class="utrecht-paragraph">
          {t.oneTimePassword}: <br />
          <code class="vn-secret" data-testid="one-time-password">
            {password}
          </code>
        </p>
        <p class="utrecht-paragraph">{t.oneTimeHint}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/beheer/gebruikers/${userId}`}>
            {t.backToUser}
          </a>{' '}
          ·{' '}
          <a class="utrecht-link" href="/beheer/gebruikers">
            {t.backToList}
          </a>
        </p>
      </div>
    </StaffLayout>
  );
};

/** One account action: a small form with a button; the hint says what happens, for screen readers too. */
const ActionForm = ({ view, userId, action, label, hint }: { view: View; userId: string; action: string; label: string; hint: string }) => (
  <form method="post" action={`/beheer/gebruikers/${userId}/${action}`} class="vn-action">
    <CsrfField token={view.csrf} />
    {hint ? (
      <p class="vn-hint" id={`hint-${action}`}>
        {hint}
      </p>
    ) : null}
    <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-describedby={hint ? `hint-${action}` : undefined}>
      {label}
    </button>
  </form>
);

export type UserDetailProps = {
  view: View;
  user: UserRow;
  organisationName: string | null;
  openSessions: number;
  organisations: OrganisationOption[];
  values: UserFormValues;
  /** updated_at (epoch ms) the form is based on. */
  version: number;
  errors?: FieldErrors;
  message?: { type: 'ok' | 'error' | 'warning'; text: string };
  /** After a conflict: what is saved now, to compare with the form. */
  nowSaved?: { name: string; roles: string; organisation: string };
};

export const UserDetailPage = ({ view, user, organisationName, openSessions, organisations, values, version, errors = {}, message, nowSaved }: UserDetailProps) => {
  const t = pick(usersText, view.lang);
  const status = userStatus(user);

  return (
    <StaffLayout view={view} title={user.name}>
      <h1 class="utrecht-heading-1">{user.name}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      {message ? <Alert type={message.type}>{message.text}</Alert> : null}
      {nowSaved ? (
        <div class="vn-narrow">
          <h2 class="utrecht-heading-2">{t.nowSaved}</h2>
          <ul class="utrecht-unordered-list" data-testid="now-saved">
            <li>
              {t.name}: {nowSaved.name}
            </li>
            <li>
              {t.roles}: {nowSaved.roles}
            </li>
            <li>
              {t.organisation}: {nowSaved.organisation}
            </li>
          </ul>
        </div>
      ) : null}
      <h2 class="utrecht-heading-2">{t.detailsTitle}</h2>
      <TableRegion label={t.detailsTitle}>
        <table class="vn-table utrecht-table">
          <tbody>
            <tr>
              <th scope="row">{t.email}</th>
              <td>{user.email}</td>
            </tr>
            <tr>
              <th scope="row">{t.roles}</th>
              <td>{roleNames(view.lang, user.roles)}</td>
            </tr>
            <tr>
              <th scope="row">{t.organisation}</th>
              <td>{organisationName ?? ''}</td>
            </tr>
            <tr>
              <th scope="row">{t.status}</th>
              <td>
                <StatusBadge t={t} user={user} />
                {user.mustChangePassword ? ` (${t.mustChange})` : ''}
                {status === 'locked' ? ` ${t.lockedUntil} ${formatDateTime(view.lang, user.lockedUntil)}` : ''}
              </td>
            </tr>
            <tr>
              <th scope="row">{t.secondFactor}</th>
              <td>{user.totpSecretEnc ? t.enrolled : t.notEnrolled}</td>
            </tr>
            <tr>
              <th scope="row">{t.openSessions}</th>
              <td>{openSessions}</td>
            </tr>
            <tr>
              <th scope="row">{t.created}</th>
              <td>{formatDateTime(view.lang, user.createdAt)}</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>

      <div class="vn-narrow">
        <h2 class="utrecht-heading-2">{t.edit}</h2>
        <form method="post" action={`/beheer/gebruikers/${user.id}`} novalidate>
          <CsrfField token={view.csrf} />
          <input type="hidden" name="version" value={String(version)} />
          <UserFields view={view} values={values} errors={errors} organisations={organisations} withEmail={false} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>

        <h2 class="utrecht-heading-2">{t.actionsTitle}</h2>
        {status === 'disabled' ? (
          <ActionForm view={view} userId={user.id} action="inschakelen" label={t.enable} hint="" />
        ) : (
          <ActionForm view={view} userId={user.id} action="uitschakelen" label={t.disable} hint={t.disableHint} />
        )}
        <ActionForm view={view} userId={user.id} action="wachtwoord-reset" label={t.resetPassword} hint={t.resetPasswordHint} />
        <ActionForm view={view} userId={user.id} action="tweede-stap-reset" label={t.resetTotp} hint={t.resetTotpHint} />
        <ActionForm view={view} userId={user.id} action="sessies-stoppen" label={t.revokeSessions} hint={t.revokeSessionsHint} />
        {status === 'locked' ? <ActionForm view={view} userId={user.id} action="ontgrendelen" label={t.unlock} hint={t.unlockHint} /> : null}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/beheer/gebruikers">
            {t.backToList}
          </a>
        </p>
      </div>
    </StaffLayout>
  );
};
