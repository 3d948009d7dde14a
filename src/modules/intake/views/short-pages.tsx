import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type DraftAnswers, text } from '../answers.ts';
import { SHORT_SLUGS, type ShortSlug, shortSpecs } from '../report-form/short-path.ts';
import { shortTextFor } from '../texts/texts-short.ts';
import { formTextFor } from '../texts/texts-victim.ts';
import { fieldTexts, SpecField } from './fields.tsx';

const backHref = (slug: ShortSlug): string => {
  const i = SHORT_SLUGS.indexOf(slug);

  return i <= 0 ? '/melden' : `/melden/kort/${SHORT_SLUGS[i - 1]}`;
};

type Props = { view: View; slug: ShortSlug; values: DraftAnswers; errors?: FieldErrors };

/**
 * One page of the short way to report (issue 14): 1 what happened, 2 danger now, 3 anonymous or how
 * to reach you — and page 3 sends. The same field specs and checks as the full path.
 */
export const ShortStepPage = ({ view, slug, values, errors = {} }: Props) => {
  const kind = text(values, 'reporterKind');
  const s = shortTextFor(view.lang, kind);
  const base = formTextFor(view.lang, kind);
  const t = { ...base, fields: { ...base.fields, reporterKind: { ...base.fields.reporterKind, options: s.kindOptions } } };
  const title = s.steps[slug];
  const n = SHORT_SLUGS.indexOf(slug) + 1;
  const specs = shortSpecs(slug);
  const conditional = specs.filter((f) => f.onlyIf);
  const last = slug === 'contact';
  const errorTitle = pick(common, view.lang).errorSummaryTitle;

  return (
    <PublicLayout view={view} title={Object.keys(errors).length ? `${errorTitle}: ${title}` : title}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={backHref(slug)}>
          ← {t.back}
        </a>
      </p>
      <div class="vn-narrow">
        <p class="vn-hint">{s.stepOf(n)}</p>
        <h1 class="utrecht-heading-1">{title}</h1>
        <ErrorSummary title={errorTitle} errors={errors} />
        {last && text(values, 'dangerNow') === 'yes' ? (
          <Alert type="warning">
            <p class="utrecht-paragraph">
              <strong>{s.dangerCall}</strong>
            </p>
            <a class="vn-cta" href="tel:112">
              {t.danger112Call}
            </a>
          </Alert>
        ) : null}
        <form method="post" action={`/melden/kort/${slug}`} novalidate>
          <CsrfField token={view.csrf} />
          {specs
            .filter((f) => !f.onlyIf)
            .map((spec) => (
              <SpecField t={t} spec={spec} values={values} errors={errors} />
            ))}
          {conditional.length > 0 ? (
            // As on the full path: shown only while "not anonymous" is chosen (CSS :has(), no JavaScript).
            <fieldset class="utrecht-form-fieldset vn-if-contact">
              <legend class="utrecht-form-fieldset__legend utrecht-form-label">{fieldTexts(t, 'anonymous').options?.no}</legend>
              {conditional.map((spec) => (
                <SpecField t={t} spec={spec} values={values} errors={errors} />
              ))}
            </fieldset>
          ) : null}
          {last ? <p class="utrecht-paragraph">{s.sendText}</p> : null}
          <SubmitButton>{last ? s.sendButton : t.continueButton}</SubmitButton>
        </form>
      </div>
    </PublicLayout>
  );
};
