import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea } from '../../../../web/components/form.tsx';
import { pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { SourceField, SourceFormValues } from '../parse-source-form.ts';
import type { SourceRow } from '../../queries/sources.ts';
import { monitorAdminText } from '../../texts.ts';
import { SourceFields } from './source-pages.tsx';
import { TableRegion } from '../../../../web/components/table-region.tsx';

export type SourceConflict = { fields: SourceField[]; saved: SourceFormValues };

const Lines = ({ value }: { value: string | undefined }) => (
  <>
    {(value ?? '').split('\n').map((line, i) => (
      <>
        {i > 0 ? <br /> : null}
        {line}
      </>
    ))}
  </>
);

/**
 * Edit a source. The form carries the version it was made from; after a conflict it carries the
 * saved version, so saving again puts the user's values on top of the colleague's on purpose.
 */
export const SourceEditPage = ({
  view,
  source,
  values,
  version,
  errors = {},
  conflict,
}: {
  view: View;
  source: SourceRow;
  values: SourceFormValues;
  version: number;
  errors?: FieldErrors;
  conflict?: SourceConflict;
}) => {
  const t = pick(monitorAdminText, view.lang);

  return (
    <StaffLayout view={view} title={t.editTitle(source.name)}>
      <h1 class="utrecht-heading-1">{t.editTitle(source.name)}</h1>
      <p class="utrecht-paragraph">{t.editIntro}</p>
      {conflict ? (
        <div id="conflict">
          <Alert type="warning">
            <strong>{t.conflictTitle}</strong>
            <p class="utrecht-paragraph">{t.conflictBody}</p>
          </Alert>
          <TableRegion label={t.conflictTitle}>
            <table class="utrecht-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell">{t.field}</th>
                  <th class="utrecht-table__header-cell">{t.yourValue}</th>
                  <th class="utrecht-table__header-cell">{t.savedValue}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {conflict.fields.map((f) => (
                  <tr class="utrecht-table__row" data-field={f}>
                    <th class="utrecht-table__header-cell" scope="row">
                      {t.fields[f]}
                    </th>
                    <td class="utrecht-table__cell" data-side="yours">
                      <Lines value={values[f]} />
                    </td>
                    <td class="utrecht-table__cell" data-side="saved">
                      <Lines value={conflict.saved[f]} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      ) : null}
      <ErrorSummary title={t.errorTitle} errors={errors} />
      <Alert type="info">{t.editRobotsHint}</Alert>
      <form method="post" action={`/monitor/bronnen/${source.id}/wijzigen`} novalidate>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="version" value={String(version)} />
        <SourceFields lang={view.lang} values={values} errors={errors} />
        <TextArea name="robotsOverrideBasis" label={t.fields.robotsOverrideBasis} value={values.robotsOverrideBasis} error={errors.robotsOverrideBasis} maxlength={2000} rows={3} />
        <SubmitButton>{t.saveChanges}</SubmitButton>
      </form>
    </StaffLayout>
  );
};
