import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { isOrganisationKind, ORGANISATION_KINDS, organisationKindLabels } from '../organisations/organisation-kinds.ts';
import { organisationsText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

type Row = { id: string; name: string; kind: string; createdAt: Date };

export const OrganisationsPage = ({
  view,
  rows,
  values = { name: '', kind: '' },
  errors = {},
  created,
}: {
  view: View;
  rows: Row[];
  values?: { name: string; kind: string };
  errors?: FieldErrors;
  created?: string;
}) => {
  const t = pick(organisationsText, view.lang);
  const kinds = pick(organisationKindLabels, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      {created ? <Alert type="ok">{t.createdOk(created)}</Alert> : null}
      <p class="utrecht-paragraph">{t.intro}</p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={t.title}>
          <table class="vn-table utrecht-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.created}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr>
                  <td>{o.name}</td>
                  <td>{isOrganisationKind(o.kind) ? kinds[o.kind] : o.kind}</td>
                  <td>{formatDateTime(view.lang, o.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <div class="vn-narrow">
        <h2 class="utrecht-heading-2">{t.newTitle}</h2>
        <form method="post" action="/beheer/organisaties" novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="name" label={t.name} value={values.name} error={errors.name} maxlength={200} autocomplete="off" />
          <SelectField
            name="kind"
            label={t.kind}
            options={[{ value: '', label: t.chooseKind }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: kinds[k] }))]}
            value={values.kind}
            error={errors.kind}
          />
          <SubmitButton>{t.create}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};
