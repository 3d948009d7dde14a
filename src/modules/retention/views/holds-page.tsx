import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { selectHolds } from '../queries.ts';
import { retentionText } from '../texts.ts';

export type HoldListRow = Awaited<ReturnType<typeof selectHolds>>[number];
export type HoldValues = { dossier: string; reason: string; reviewOn: string };

type Props = { view: View; holds: HoldListRow[]; canPlace: boolean; values?: HoldValues; errors?: FieldErrors; message?: string };

export const HoldsPage = ({ view, holds, canPlace, values = { dossier: '', reason: '', reviewOn: '' }, errors = {}, message }: Props) => {
  const t = pick(retentionText, view.lang);
  const today = view.now.toISOString().slice(0, 10);

  return (
    <StaffLayout view={view} title={t.holdsTitle}>
      <h1 class="utrecht-heading-1">{t.holdsTitle}</h1>
      <p class="utrecht-paragraph">{t.holdsIntro}</p>
      {message ? <Alert type="ok">{message}</Alert> : null}
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      {holds.length === 0 ? (
        <p class="utrecht-paragraph">{t.noHolds}</p>
      ) : (
        <TableRegion label={t.holdsTitle}>
          <table class="vn-table" data-testid="holds">
            <thead>
              <tr>
                <th scope="col">{t.colDossier}</th>
                <th scope="col">{t.colReason}</th>
                <th scope="col">{t.colReview}</th>
                <th scope="col">{t.colPlaced}</th>
                <th scope="col">{t.colState}</th>
              </tr>
            </thead>
            <tbody>
              {holds.map((h, i) => (
                <tr data-testid="hold" data-dossier={h.dossierId}>
                  <td>
                    <a class="utrecht-link" href={`/dossiers/${h.dossierId}`}>
                      {h.dossierId.slice(0, 8)}
                    </a>
                  </td>
                  <td>{h.reason}</td>
                  <td>{h.reviewOn}</td>
                  <td>
                    {h.placedBy}, {formatDateTime(view.lang, h.placedAt)}
                  </td>
                  <td>
                    {h.liftedAt ? (
                      t.liftedBy(h.liftedBy ?? '', formatDateTime(view.lang, h.liftedAt), h.liftReason ?? '')
                    ) : (
                      <>
                        <span data-testid="hold-state">{h.reviewOn <= today ? t.reviewDue : t.open}</span>
                        {canPlace ? (
                          <form method="post" action={`/bewaarplicht/${h.id}/opheffen`}>
                            <CsrfField token={view.csrf} />
                            <div class="utrecht-form-field">
                              <label class="utrecht-form-label" for={`opheffen-${i}`}>
                                {t.liftReasonLabel(i + 1)}
                              </label>
                              <input class="utrecht-textbox" type="text" id={`opheffen-${i}`} name="reden" maxlength={2000} />
                            </div>
                            <SubmitButton secondary>{t.lift}</SubmitButton>
                          </form>
                        ) : null}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canPlace ? (
        <form method="post" action="/bewaarplicht" novalidate>
          <h2 class="utrecht-heading-2">{t.placeTitle}</h2>
          <CsrfField token={view.csrf} />
          <TextField name="dossier" label={t.dossierLabel} hint={t.dossierHint} value={values.dossier} error={errors.dossier} maxlength={36} />
          <TextArea name="reden" label={t.holdReasonLabel} value={values.reason} error={errors.reden} maxlength={2000} rows={3} />
          <TextField name="bekijken" label={t.reviewLabel} hint={t.reviewHint} value={values.reviewOn} error={errors.bekijken} maxlength={10} />
          <SubmitButton>{t.place}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
