import type { Child } from 'hono/jsx';

/**
 * Form building blocks on NL Design System classes. Every field keeps what the user typed and shows
 * its error right above the input; the ErrorSummary at the top links to each field (GOV.UK pattern).
 */
export type FieldErrors = Record<string, string | undefined>;

export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

export const ErrorSummary = ({ title, errors }: { title: string; errors: FieldErrors }) => {
  const list = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (list.length === 0) return null;

  return (
    <div class="vn-error-summary" role="alert" aria-labelledby="fouten-titel" tabindex={-1} id="fouten">
      <h2 class="utrecht-heading-2" id="fouten-titel">
        {title}
      </h2>
      <ul class="utrecht-unordered-list">
        {list.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
};

type FieldProps = {
  name: string;
  label: string;
  value?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'number' | 'url' | 'search';
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
};

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

export const TextField = ({ name, label, value, error, hint, type = 'text', autocomplete, required, maxlength, inputmode }: FieldProps) => (
  <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
    <label class="utrecht-form-label" for={name}>
      {label}
    </label>
    {hint ? (
      <p class="vn-hint" id={`${name}-hint`}>
        {hint}
      </p>
    ) : null}
    {error ? (
      <p class="vn-field-error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
    <input
      class={`utrecht-textbox${error ? ' utrecht-textbox--invalid' : ''}`}
      id={name}
      name={name}
      type={type}
      value={type === 'password' ? undefined : value}
      autocomplete={autocomplete}
      required={required}
      maxlength={maxlength}
      inputmode={inputmode}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describedBy(name, hint, error)}
    />
  </div>
);

export const TextArea = ({ name, label, value, error, hint, maxlength, rows = 6 }: FieldProps & { rows?: number }) => (
  <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
    <label class="utrecht-form-label" for={name}>
      {label}
    </label>
    {hint ? (
      <p class="vn-hint" id={`${name}-hint`}>
        {hint}
      </p>
    ) : null}
    {error ? (
      <p class="vn-field-error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
    <textarea
      class={`utrecht-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
      id={name}
      name={name}
      rows={rows}
      maxlength={maxlength}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describedBy(name, hint, error)}
    >
      {value ?? ''}
    </textarea>
  </div>
);

type Option = { value: string; label: string; hint?: string };

/** Checkboxes or radio buttons in a fieldset with a legend. */
export const ChoiceGroup = ({
  name,
  legend,
  options,
  selected,
  error,
  hint,
  type = 'checkbox',
}: {
  name: string;
  legend: string;
  options: Option[];
  selected: readonly string[];
  error?: string;
  hint?: string;
  type?: 'checkbox' | 'radio';
}) => (
  <fieldset class={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={name} aria-describedby={describedBy(name, hint, error)}>
    <legend class="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
    {hint ? (
      <p class="vn-hint" id={`${name}-hint`}>
        {hint}
      </p>
    ) : null}
    {error ? (
      <p class="vn-field-error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
    {options.map((o, i) => {
      const id = `${name}-${i}`;
      return (
        <div class="vn-choice">
          <input
            class={type === 'checkbox' ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'utrecht-radio-button utrecht-radio-button--html-input'}
            type={type}
            id={id}
            name={name}
            value={o.value}
            checked={selected.includes(o.value)}
            aria-describedby={o.hint ? `${id}-hint` : undefined}
          />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
            {o.label}
          </label>
          {o.hint ? (
            <p class="vn-hint" id={`${id}-hint`}>
              {o.hint}
            </p>
          ) : null}
        </div>
      );
    })}
  </fieldset>
);

export const SelectField = ({ name, label, options, value, error }: { name: string; label: string; options: Option[]; value?: string; error?: string }) => (
  <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
    <label class="utrecht-form-label" for={name}>
      {label}
    </label>
    {error ? (
      <p class="vn-field-error" id={`${name}-error`}>
        {error}
      </p>
    ) : null}
    <select class="utrecht-select utrecht-select--html-select" id={name} name={name} aria-invalid={error ? 'true' : undefined}>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

export const SubmitButton = ({ children, secondary }: { children: Child; secondary?: boolean }) => (
  <button type="submit" class={`utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}>
    {children}
  </button>
);

export const Alert = ({ type = 'info', children }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: Child }) => (
  <div class={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
    <div class="utrecht-alert__content">{children}</div>
  </div>
);
