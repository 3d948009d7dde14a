import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, type FieldErrors, SelectField, SubmitButton, TextArea } from '../../../../web/components/form.tsx';
import { pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { ScriptRow } from '../../queries/scripts.ts';
import { SCRIPT_KINDS, VARIANTS } from '../scripts.ts';
import { decoyText } from '../../texts.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { FormErrors } from '../../views/form-errors.tsx';
import { TableRegion } from '../../../../web/components/table-region.tsx';

export type ScriptFormValues = { kind?: string; variant?: string; text?: string };

export const statusOf = (s: ScriptRow, t: ReturnType<typeof pick<typeof decoyText.nl>>) => (s.retiredAt ? t.retired : s.approvedAt ? t.approved : t.awaiting);

export const variantOptions = () => SCRIPT_KINDS.flatMap((k) => VARIANTS[k].map((v) => ({ value: v, label: v }))).filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

/** The script library: every version with its status, and a form for a new script. */
export const ScriptsPage = ({ view, scripts, values = {}, errors = {}, message }: { view: View; scripts: ScriptRow[]; values?: ScriptFormValues; errors?: FieldErrors; message?: string }) => {
  const t = pick(decoyText, view.lang);
  const canWrite = view.user?.roles.some((r) => r === 'decoy_operator' || r === 'legal_reviewer') ?? false;

  return (
    <StaffLayout view={view} title={t.scriptsTitle}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{t.scriptsTitle}</h1>
      <p class="utrecht-paragraph">{t.scriptsIntro}</p>
      {message ? <Alert type="ok">{message}</Alert> : null}
      <TableRegion label={t.scriptsTitle}>
        <table class="utrecht-table" id="scripts">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell">{t.kind}</th>
              <th class="utrecht-table__header-cell">{t.variant}</th>
              <th class="utrecht-table__header-cell">{t.version}</th>
              <th class="utrecht-table__header-cell">{t.text}</th>
              <th class="utrecht-table__header-cell">{t.status}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {scripts.map((s) => (
              <tr class="utrecht-table__row" data-script-version={s.id}>
                <td class="utrecht-table__cell">
                  <a href={`/lokprofielen/scripts/${s.scriptId}`}>{t.kinds[s.kind] ?? s.kind}</a>
                </td>
                <td class="utrecht-table__cell">{s.variant}</td>
                <td class="utrecht-table__cell">{s.version}</td>
                <td class="utrecht-table__cell">{s.text}</td>
                <td class="utrecht-table__cell">{statusOf(s, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {canWrite ? (
        <form method="post" action="/lokprofielen/scripts" novalidate>
          <h2 class="utrecht-heading-2">{t.newScript}</h2>
          <FormErrors title={t.errorsTitle} errors={errors} />
          <CsrfField token={view.csrf} />
          <SelectField name="kind" label={t.kind} value={values.kind} error={errors.kind} options={SCRIPT_KINDS.map((k) => ({ value: k, label: t.kinds[k] ?? k }))} />
          <SelectField name="variant" label={t.variant} value={values.variant} error={errors.variant} options={variantOptions()} />
          <TextArea name="text" label={t.text} hint={t.textHint} value={values.text} error={errors.text} maxlength={1000} rows={4} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
