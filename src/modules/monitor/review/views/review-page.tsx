import type { View } from '../../../../app/view.ts';
import type { ChangeableDossier } from '../../../cases/index.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextArea } from '../../../../web/components/form.tsx';
import { pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { FiredIndicator } from '../../indicators/score-ad.ts';
import { DECISIONS } from '../review-ad.ts';
import { monitorAdminText, monitorText } from '../../texts.ts';
import { adHref } from '../../ads/views/ad-page.tsx';
import { decimal } from '../../views/format-number.ts';

export type QueueItem = { id: string; title: string; url: string; place: string | null; phones: string[]; total: number; fired: FiredIndicator[] };
/** What was typed into one ad's form, kept when it comes back with errors. */
export type ReviewForm = { adId: string; decision: string; dossierId: string; reason: string; errors: FieldErrors };

export const ReviewPage = ({
  view,
  items,
  dossiers,
  threshold,
  form,
  message,
  queueSize,
}: { view: View; items: QueueItem[]; dossiers: ChangeableDossier[]; threshold: number; queueSize: number; form?: ReviewForm; message?: string }) => {
  const t = pick(monitorAdminText, view.lang);
  const tm = pick(monitorText, view.lang);
  // Title plus the first part of the id: two dossiers may share a title.
  const dossierOptions = [{ value: '', label: t.dossierChoose }, ...dossiers.map((d) => ({ value: d.id, label: `${d.title} (${d.id.slice(0, 8)})` }))];

  return (
    <StaffLayout view={view} title={t.reviewTitle}>
      <h1 class="utrecht-heading-1">{t.reviewTitle}</h1>
      {message ? <Alert type="ok">{message}</Alert> : null}
      {form ? <ErrorSummary title={t.errorTitle} errors={form.errors} /> : null}
      <p class="utrecht-paragraph">{t.reviewIntro(String(threshold), queueSize)}</p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t.reviewEmpty}</p> : null}
      <ol class="vn-list">
        {items.map((ad) => {
          const mine = form?.adId === ad.id ? form : undefined;
          // Field ids must be unique on the page; the error summary links to the form with errors.
          const id = (name: string) => (mine ? name : `${name}-${ad.id}`);
          return (
            <li data-ad={ad.id}>
              <h2 class="utrecht-heading-3">
                {tm.score} {decimal(view.lang, ad.total, 2)} ·{' '}
                <a class="utrecht-link" href={adHref(ad.id)}>
                  {ad.title}
                </a>
              </h2>
              <p class="utrecht-paragraph">
                {tm.place}: {ad.place ?? '–'} · {tm.phones}: {ad.phones.join(', ') || '–'} · <code>{ad.url}</code>
              </p>
              <ul class="vn-signals">
                {ad.fired.map((f) => (
                  <li data-indicator={f.id}>
                    <strong>{view.lang === 'en' ? f.label.en : f.label.nl}</strong> ({f.shownOnly ? tm.shownOnly : tm.weight(decimal(view.lang, f.weight))}): “{f.matches.join('”, “')}”
                  </li>
                ))}
              </ul>
              <form method="post" action={`/monitor/beoordelen/${ad.id}`} novalidate>
                <CsrfField token={view.csrf} />
                <ChoiceGroup
                  type="radio"
                  name={id('decision')}
                  legend={t.decision}
                  options={DECISIONS.map((d) => ({ value: d, label: t.decisions[d] }))}
                  selected={mine ? [mine.decision] : []}
                  error={mine?.errors.decision}
                />
                {dossiers.length > 0 ? (
                  <SelectField name={id('dossierId')} label={t.dossierId} options={dossierOptions} value={mine?.dossierId} error={mine?.errors.dossierId} />
                ) : (
                  <p class="utrecht-paragraph" id={id('dossierId')}>
                    {mine?.errors.dossierId ? <strong class="vn-field-error">{mine.errors.dossierId} </strong> : null}
                    {t.dossierNone}
                  </p>
                )}
                <TextArea name={id('reason')} label={t.reason} value={mine?.reason} error={mine?.errors.reason} maxlength={2000} rows={2} />
                <SubmitButton>{t.decide}</SubmitButton>
              </form>
            </li>
          );
        })}
      </ol>
    </StaffLayout>
  );
};
