import type { Problem } from '../../../app/result.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import type { Lang } from '../../../web/i18n.ts';

/** A command's problems as form errors: per field (joined when several), the rest under 'form'. */
export const errorsOf = (problems: readonly Problem[], lang: Lang): FieldErrors => {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const key = p.field ?? 'form';
    const text = lang === 'en' ? p.message.en : p.message.nl;
    errors[key] = errors[key] ? `${errors[key]} ${text}` : text;
  }

  return errors;
};
