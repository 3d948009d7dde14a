import type { View } from '../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { ROLES, roleLabels } from '../roles.ts';
import { passkeyText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

export type PasskeyItem = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

type PasskeysProps = { view: View; passkeys: PasskeyItem[]; message?: { type: 'ok' | 'error' | 'warning'; text: string } };

/**
 * My passkeys: a table that works without JavaScript (removing is a plain form), and an "add"
 * button that needs it (WebAuthn is a browser API). The script reads its texts from data attributes.
 */
export const PasskeysPage = ({ view, passkeys, message }: PasskeysProps) => {
  const t = pick(passkeyText, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      {message ? <Alert type={message.type}>{message.text}</Alert> : null}
      <div id="passkey-status" role="status" aria-live="polite" />
      {passkeys.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="no-passkeys">
          {t.none}
        </p>
      ) : (
        <TableRegion label={t.title}>
          <table class="utrecht-table" data-testid="passkeys">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.name}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.added}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.lastUsed}</th>
                <th class="utrecht-table__header-cell" scope="col">
                  <span class="visually-hidden">{t.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {passkeys.map((p) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{p.name}</td>
                  <td class="utrecht-table__cell">{formatDateTime(view.lang, p.createdAt)}</td>
                  <td class="utrecht-table__cell">{p.lastUsedAt ? formatDateTime(view.lang, p.lastUsedAt) : t.never}</td>
                  <td class="utrecht-table__cell">
                    <form method="post" action={`/account/passkeys/${p.id}/verwijderen`}>
                      <CsrfField token={view.csrf} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={t.removeLabel(p.name)}>
                        {t.remove}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <form id="passkey-enrol" data-passkey="enrol" data-failed={t.failed} data-unsupported={t.unsupported} hidden>
        <CsrfField token={view.csrf} />
        <TextField name="name" label={t.addName} maxlength={80} />
        <SubmitButton>{t.add}</SubmitButton>
      </form>
      <noscript>
        <p class="utrecht-paragraph">{t.noScript}</p>
      </noscript>
      <script src="/assets/passkeys.js" defer />
    </StaffLayout>
  );
};

/** The passkey part of the second sign-in step; hidden until the script shows it. */
export const PasskeySignIn = ({ view, next }: { view: View; next?: string }) => {
  const t = pick(passkeyText, view.lang);

  return (
    <>
      <div id="passkey-status" role="status" aria-live="polite" />
      <form
        id="passkey-signin"
        data-passkey="signin"
        data-next={next ?? '/'}
        data-failed={t.failed}
        data-unsupported={t.unsupported}
        hidden
      >
        <h2 class="utrecht-heading-2">{t.signInTitle}</h2>
        <CsrfField token={view.csrf} />
        <SubmitButton>{t.signIn}</SubmitButton>
      </form>
      <script src="/assets/passkeys.js" defer />
    </>
  );
};

export const PasskeyRolesPage = ({ view, required, saved }: { view: View; required: string[]; saved?: boolean }) => {
  const t = pick(passkeyText, view.lang);
  const labels = pick(roleLabels, view.lang);

  return (
    <StaffLayout view={view} title={t.adminTitle}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.adminTitle}</h1>
        {saved ? <Alert type="ok">{t.adminSaved}</Alert> : null}
        <form method="post" action="/beheer/passkeys">
          <CsrfField token={view.csrf} />
          <ChoiceGroup name="rollen" legend={t.roles} hint={t.adminIntro} options={ROLES.map((r) => ({ value: r, label: labels[r] }))} selected={required} />
          <SubmitButton>{t.adminSave}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};
