import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { passkeyText, signInText } from '../texts.ts';
import { PasskeySignIn } from './passkeys.tsx';

type Props = { view: View; email?: string; errors?: FieldErrors; message?: string; next?: string };

export const SignInPage = ({ view, email, errors = {}, message, next }: Props) => {
  const t = pick(signInText, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.title}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {message ? <Alert type="error">{message}</Alert> : null}
        <form method="post" action={`/inloggen${next ? `?terug=${encodeURIComponent(next)}` : ''}`} novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="email" type="email" label={t.email} value={email} error={errors.email} autocomplete="username" maxlength={200} />
          <TextField name="password" type="password" label={t.password} error={errors.password} autocomplete="current-password" maxlength={200} />
          <SubmitButton>{t.submit}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

export const CodePage = ({ view, errors = {}, next, message, passkey = false, totp = true }: Props & { passkey?: boolean; totp?: boolean }) => {
  const t = pick(signInText, view.lang);
  const p = pick(passkeyText, view.lang);

  return (
    <StaffLayout view={view} title={t.codeTitle}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.codeTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {message ? <Alert type="error">{message}</Alert> : null}
        {passkey ? <PasskeySignIn view={view} next={next} /> : null}
        {totp ? (
          <>
            <p class="utrecht-paragraph">{passkey ? p.orCode : t.codeIntro}</p>
            <form method="post" action={`/inloggen/code${next ? `?terug=${encodeURIComponent(next)}` : ''}`} novalidate>
              <CsrfField token={view.csrf} />
              <TextField name="code" label={t.code} error={errors.code} autocomplete="one-time-code" inputmode="numeric" maxlength={10} />
              <SubmitButton>{t.codeSubmit}</SubmitButton>
            </form>
          </>
        ) : (
          <p class="utrecht-paragraph">{p.onlyPasskey}</p>
        )}
      </div>
    </StaffLayout>
  );
};

export const EnrolPage = ({ view, errors = {}, secret }: Props & { secret: string }) => {
  const t = pick(signInText, view.lang);

  return (
    <StaffLayout view={view} title={t.enrolTitle}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.enrolTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <p class="utrecht-paragraph">{t.enrolIntro}</p>
        <p class="utrecht-paragraph">
          <img class="vn-qr" src="/inloggen/koppelen/qr.svg" alt={t.enrolQrAlt} width="220" height="220" />
        </p>
        <p class="utrecht-paragraph">
          {t.enrolSecret}: <br />
          <code class="vn-secret" data-testid="totp-secret">
            {secret}
          </code>
        </p>
        <form method="post" action="/inloggen/koppelen" novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="code" label={t.code} error={errors.code} autocomplete="one-time-code" inputmode="numeric" maxlength={10} />
          <SubmitButton>{t.enrolSubmit}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};
