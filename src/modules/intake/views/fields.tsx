import { ChoiceGroup, type FieldErrors, SelectField, TextArea, TextField } from '../../../web/components/form.tsx';
import type { DraftAnswers, FieldError, FieldSpec, StepErrors } from '../answers.ts';
import type { formText } from '../texts/texts.ts';

type T = typeof formText.nl;

type FieldTexts = { label: string; hint?: string; options?: Record<string, string> };

export const fieldTexts = (t: T, name: string): FieldTexts => (t.fields as Record<string, FieldTexts>)[name] ?? { label: name };

/** The Dutch (or English) sentence for one field's error. */
export const errorMessage = (t: T, name: string, e: FieldError): string => {
  const label = fieldTexts(t, name).label;
  switch (e.code) {
    case 'required':
      return t.required[name] ?? t.errors.required(label);
    case 'tooLong':
      return t.errors.tooLong(label, e.max ?? 0);
    case 'tooManyLines':
      return t.errors.tooManyLines(label, e.max ?? 0);
    case 'lineTooLong':
      return name === 'phones' ? t.errors.phoneLineTooLong(label, e.max ?? 0) : t.errors.lineTooLong(label, e.max ?? 0);
    case 'notPhone':
      return t.errors.notPhone(label);
    case 'notEmail':
      return t.errors.notEmail(label);
    case 'notAge':
      return t.errors.notAge(label);
    case 'contactNeeded':
      return t.errors.contactNeeded;
    default:
      return t.errors.badChoice(label);
  }
};

export const errorMessages = (t: T, errors: StepErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([name, e]) => [name, errorMessage(t, name, e)]));

/** One question field, rendered from its spec, with the typed value and its error. */
export const SpecField = ({ t, spec, values, errors }: { t: T; spec: FieldSpec; values: DraftAnswers; errors: FieldErrors }) => {
  const ft = fieldTexts(t, spec.name);
  const hint = spec.required ? ft.hint : [ft.hint, t.optional].filter(Boolean).join(' ');
  const value = values[spec.name];
  if (spec.kind === 'radio' || spec.kind === 'checkbox') {
    const options = (spec.options ?? []).map((o) => ({ value: o, label: ft.options?.[o] ?? o }));
    const selected = Array.isArray(value) ? value : value ? [value] : [];
    return <ChoiceGroup name={spec.name} legend={ft.label} options={options} selected={selected} error={errors[spec.name]} hint={hint} type={spec.kind} />;
  }
  const text = typeof value === 'string' ? value : '';
  if (spec.kind === 'select') {
    // A long list (all municipalities): a select works without JavaScript and on a small screen.
    const options = ['', ...(spec.options ?? [])].map((o) => ({ value: o, label: ft.options?.[o] ?? o }));
    return (
      <>
        <SelectField name={spec.name} label={ft.label} options={options} value={text} error={errors[spec.name]} />
        {hint ? <p class="vn-hint">{hint}</p> : null}
      </>
    );
  }
  if (spec.kind === 'text') {
    return <TextField name={spec.name} label={ft.label} value={text} error={errors[spec.name]} hint={hint} maxlength={spec.max} inputmode={spec.inputmode} />;
  }

  return <TextArea name={spec.name} label={ft.label} value={text} error={errors[spec.name]} hint={hint} rows={spec.kind === 'lines' ? 4 : 6} />;
};
