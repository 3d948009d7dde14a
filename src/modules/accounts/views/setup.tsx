import type { View } from '../../../app/view.ts';
import { CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { setupText } from '../texts.ts';

export const SetupPage = ({
  view,
  token,
  values = { name: '', email: '' },
  errors = {},
}: {
  view: View;
  token: string;
  values?: { name: string; email: string };
  errors?: FieldErrors;
}) => {
  const t = pick(setupText, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.title}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <p class="utrecht-paragraph">{t.intro}</p>
        <form method="post" action={`/setup/${encodeURIComponent(token)}`} novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="name" label={t.name} value={values.name} error={errors.name} autocomplete="name" maxlength={200} />
          <TextField name="email" type="email" label={t.email} value={values.email} error={errors.email} autocomplete="username" maxlength={200} />
          <TextField name="password" type="password" label={t.password} hint={t.passwordHint} error={errors.password} autocomplete="new-password" maxlength={200} />
          <TextField name="repeat" type="password" label={t.repeat} error={errors.repeat} autocomplete="new-password" maxlength={200} />
          <SubmitButton>{t.submit}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

export const SetupClosedPage = ({ view, reason }: { view: View; reason: 'invalidLink' | 'usersExist' }) => {
  const t = pick(setupText, view.lang);
  const [title, body] = reason === 'usersExist' ? [t.doneTitle, t.doneBody] : [t.invalidTitle, t.invalidBody];

  return (
    <StaffLayout view={view} title={title}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">{body}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/inloggen">
            {t.toSignIn}
          </a>
        </p>
      </div>
    </StaffLayout>
  );
};
