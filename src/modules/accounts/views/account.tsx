import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { isRole, roleLabels } from '../roles.ts';
import { accountText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

export type SessionLine = { current: boolean; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null };

export const AccountPage = ({
  view,
  me,
  sessions,
  message,
}: {
  view: View;
  me: { name: string; email: string; roles: readonly string[]; organisation: string | null };
  sessions: SessionLine[];
  message?: string;
}) => {
  const t = pick(accountText, view.lang);
  const labels = pick(roleLabels, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      <TableRegion label={t.title}>
        <table class="vn-table utrecht-table">
          <tbody>
            <tr>
              <th scope="row">{t.name}</th>
              <td>{me.name}</td>
            </tr>
            <tr>
              <th scope="row">{t.email}</th>
              <td>{me.email}</td>
            </tr>
            <tr>
              <th scope="row">{t.roles}</th>
              <td>{me.roles.map((r) => (isRole(r) ? labels[r] : r)).join(', ')}</td>
            </tr>
            {me.organisation ? (
              <tr>
                <th scope="row">{t.organisation}</th>
                <td>{me.organisation}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableRegion>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account/wachtwoord">
          {t.changePassword}
        </a>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/account/passkeys">
          {t.passkeys}
        </a>
      </p>

      <h2 class="utrecht-heading-2">{t.sessionsTitle}</h2>
      <p class="utrecht-paragraph">{t.sessionsIntro}</p>
      <TableRegion label={t.sessionsTitle}>
        <table class="vn-table utrecht-table">
          <thead>
            <tr>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.lastSeen}</th>
              <th scope="col">{t.ip}</th>
              <th scope="col">{t.browser}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <td>
                  {formatDateTime(view.lang, s.createdAt)}
                  {s.current ? <strong> ({t.thisSession})</strong> : null}
                </td>
                <td>{formatDateTime(view.lang, s.lastSeenAt)}</td>
                <td>{s.ip ?? ''}</td>
                <td>{s.userAgent ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <form method="post" action="/account/sessies/andere-stoppen">
        <CsrfField token={view.csrf} />
        <SubmitButton secondary>{t.signOutOthers}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

export const ChangePasswordPage = ({ view, forced, errors = {} }: { view: View; forced: boolean; errors?: FieldErrors }) => {
  const t = pick(accountText, view.lang);

  return (
    <StaffLayout view={view} title={t.passwordTitle}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.passwordTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {forced ? <Alert type="warning">{t.passwordForced}</Alert> : null}
        <p class="utrecht-paragraph">{t.passwordIntro}</p>
        <form method="post" action="/account/wachtwoord" novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="current" type="password" label={t.current} error={errors.current} autocomplete="current-password" maxlength={200} />
          <TextField name="next" type="password" label={t.newPassword} error={errors.next} autocomplete="new-password" maxlength={200} />
          <TextField name="repeat" type="password" label={t.repeat} error={errors.repeat} autocomplete="new-password" maxlength={200} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};
