import { randomBytes } from 'node:crypto';
import type { Child } from 'hono/jsx';
import { Alert } from '../../../web/components/form.tsx';
import { type Lang, pick } from '../../../web/i18n.ts';
import { FORM_TOKEN_FIELD } from '../parse.ts';
import type { FormState } from '../result.ts';
import { casesLabels, casesText } from '../texts.ts';

/** The values a form shows: what the user just typed (after an error) or the stored ones. */
export const formValues = (form: FormState | undefined, section: string, item: string | undefined, stored: Record<string, string>): Record<string, string> => {
  if (form && form.section === section && (form.item ?? '') === (item ?? '')) {
    // After a conflict the form posts the colleague's version number, so the next save merges on top of it.
    const version = form.theirs ? Object.fromEntries(Object.entries(form.theirs).filter(([k]) => k.startsWith('versie'))) : {};
    return { ...stored, ...form.values, ...version };
  }

  return stored;
};

export const errorsFor = (form: FormState | undefined, section: string, item?: string) =>
  form && form.section === section && (form.item ?? '') === (item ?? '') ? form.errors : {};

/**
 * A form that adds something carries a token, new on every page that shows it and kept through a
 * refusal, so a second post of the same form stores nothing (dossier/first-post.ts).
 */
export const FormToken = ({ form, section }: { form?: FormState; section: string }) => {
  const kept = form && form.section === section && !form.item ? form.values[FORM_TOKEN_FIELD] : undefined;

  return <input type="hidden" name={FORM_TOKEN_FIELD} value={kept && /^[0-9a-f]{32}$/.test(kept) ? kept : randomBytes(16).toString('hex')} />;
};

/** The id of a form's message, so the error summary at the top of the page can link to it. */
export const messageAnchor = (form: Pick<FormState, 'section' | 'item'>) => `melding-${form.section}${form.item ? `-${form.item}` : ''}`;

/** A refusal or conflict message above the form it belongs to. */
export const FormMessage = ({ form, section, item, lang }: { form?: FormState; section: string; item?: string; lang: Lang }) => {
  if (!form || form.section !== section || (form.item ?? '') !== (item ?? '')) return null;
  const t = pick(casesText, lang);
  if (form.theirs) {
    return (
      <div id={messageAnchor(form)}>
        <Alert type="warning">
          <strong>{t.conflictTitle}</strong>
          <p class="utrecht-paragraph">{t.conflictBody}</p>
        </Alert>
      </div>
    );
  }
  if (form.message) {
    return (
      <div id={messageAnchor(form)}>
        <Alert type="error">{form.message}</Alert>
      </div>
    );
  }

  return null;
};

/**
 * What the error summary at the top lists: each field's message, and a refusal or conflict too, so
 * it shows on the screen the page opens at, not far down a long page (issue 14).
 */
export const summaryErrors = (form: FormState | undefined, lang: Lang): Record<string, string | undefined> => {
  if (!form) return {};
  const fields = Object.fromEntries(Object.entries(form.errors).map(([k, v]) => [`${form.section}-${k}`, v]));
  const message = form.theirs ? pick(casesText, lang).conflictTitle : form.message;

  return message ? { [messageAnchor(form)]: message, ...fields } : fields;
};

/** The colleague's saved text, shown next to the user's own after a conflict. */
export const Theirs = ({ form, section, item, name, lang }: { form?: FormState; section: string; item?: string; name: string; lang: Lang }) => {
  if (!form?.theirs || form.section !== section || (form.item ?? '') !== (item ?? '')) return null;
  const value = form.theirs[name];
  if (value === undefined || value === (form.values[name] ?? '')) return null;

  return (
    <div class="vn-theirs" data-testid={`theirs-${name}`}>
      <p class="vn-hint">{pick(casesText, lang).theirVersion}:</p>
      <pre class="vn-pre">{value}</pre>
    </div>
  );
};

export const options = (list: readonly string[], labels: Record<string, string>) => list.map((v) => ({ value: v, label: labels[v] ?? v }));

export const labelsFor = (lang: Lang) => pick(casesLabels, lang);

export { Section } from '../../../web/components/section.tsx';

export const Hidden = ({ name, value }: { name: string; value: string | undefined }) => <input type="hidden" name={name} value={value ?? ''} />;

/**
 * A form for adding something, folded shut so the dossier page stays a few screens long (issue 14);
 * a details element works without JavaScript. It is open when its form came back with a message, so
 * an error is never hidden, and Chromium opens it when a link points at a field inside.
 */
export const Fold = ({ id, label, open, children }: { id: string; label: string; open: boolean; children?: Child }) => (
  <details class="vn-fold" id={id} open={open}>
    <summary class="vn-fold__summary">{label}</summary>
    {children}
  </details>
);

/** Did this section's form (not one of its items' forms) come back? */
export const isOpen = (form: FormState | undefined, section: string) => form?.section === section && !form.item;
