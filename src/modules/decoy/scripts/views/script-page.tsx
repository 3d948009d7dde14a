import type { View } from '../../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextArea } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { ScriptRow } from '../../queries/scripts.ts';
import { FORBIDDEN_ELEMENTS, VARIANTS, isScriptKind } from '../scripts.ts';
import { decoyText } from '../../texts.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { FormErrors } from '../../views/form-errors.tsx';
import { statusOf } from './scripts-page.tsx';

export type ScriptPageProps = {
  view: View;
  versions: ScriptRow[];
  names: Map<string, string>;
  helpLinks: Map<string, string>;
  values?: { variant?: string; text?: string; reason?: string; checkedAbsent?: string[] };
  errors?: FieldErrors;
  approveErrors?: FieldErrors;
  message?: string;
};

/** One script: every version, who wrote and approved it, a new version, and approval of the open one. */
export const ScriptPage = ({ view, versions, names, helpLinks, values = {}, errors = {}, approveErrors = {}, message }: ScriptPageProps) => {
  const t = pick(decoyText, view.lang);
  const newest = versions[0] as ScriptRow;
  const roles = view.user?.roles ?? [];
  const open = versions.find((v) => !v.approvedAt);
  const isReviewer = roles.includes('legal_reviewer');
  const canWrite = roles.includes('decoy_operator') || isReviewer;
  const kind = isScriptKind(newest.kind) ? newest.kind : 'ad_text';
  const title = `${t.kinds[newest.kind] ?? newest.kind} – ${newest.variant}`;

  return (
    <StaffLayout view={view} title={title}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{title}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {approveErrors.form ? <Alert type="error">{approveErrors.form}</Alert> : null}
      <ol class="utrecht-ordered-list" id="versions">
        {versions.map((v) => (
          <li data-script-version={v.id} data-status={v.retiredAt ? 'retired' : v.approvedAt ? 'approved' : 'awaiting'}>
            <p class="utrecht-paragraph">
              <strong>
                {t.version} {v.version}
              </strong>{' '}
              ({v.variant}) — {statusOf(v, t)}
            </p>
            <blockquote class="vn-quote">{v.text}</blockquote>
            {helpLinks.get(v.id) ? (
              <p class="utrecht-paragraph">
                {t.helpLinkShown}: <code>{helpLinks.get(v.id)}</code>
              </p>
            ) : null}
            <p class="utrecht-paragraph">
              {t.author}: {names.get(v.createdBy) ?? '?'}, {formatDateTime(view.lang, v.createdAt)}
              {v.approvedBy ? `. ${t.approvedBy}: ${names.get(v.approvedBy) ?? '?'}, ${formatDateTime(view.lang, v.approvedAt)}: ${v.approvalReason ?? ''}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {open && isReviewer ? (
        open.createdBy === view.user?.id ? (
          <Alert type="warning">{t.ownVersion}</Alert>
        ) : (
          <form method="post" action={`/lokprofielen/scripts/versie/${open.id}/goedkeuren`} novalidate>
            <h2 class="utrecht-heading-2">
              {t.approveTitle}: {t.version} {open.version}
            </h2>
            <ErrorSummary title={t.errorsTitle} errors={{ ...approveErrors, form: undefined }} />
            <CsrfField token={view.csrf} />
            <ChoiceGroup
              name="checkedAbsent"
              legend={t.checkedAbsent}
              options={FORBIDDEN_ELEMENTS.map((e) => ({ value: e, label: t.forbidden[e] ?? e }))}
              selected={values.checkedAbsent ?? []}
              error={approveErrors.checkedAbsent}
            />
            <TextArea name="reason" label={t.reason} value={values.reason} error={approveErrors.reason} rows={3} />
            <SubmitButton>{t.approve}</SubmitButton>
          </form>
        )
      ) : null}
      {canWrite ? (
        <form method="post" action={`/lokprofielen/scripts/${newest.scriptId}`} novalidate>
          <h2 class="utrecht-heading-2">{t.newVersion}</h2>
          <FormErrors title={t.errorsTitle} errors={errors} />
          <CsrfField token={view.csrf} />
          <SelectField name="variant" label={t.variant} value={values.variant ?? newest.variant} error={errors.variant} options={VARIANTS[kind].map((v) => ({ value: v, label: v }))} />
          <TextArea name="text" label={t.text} hint={t.textHint} value={values.text ?? newest.text} error={errors.text} rows={4} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
