// The dossier page holds many forms, several with the same field names (tekst, datum, reden …). The
// shared components in web/components/form.tsx use the name as the element id; these give each field
// a page-unique id (`<form section>-<name>`) with the same markup, so labels, error links and
// assistive technology point at the right field.

type Option = { value: string; label: string };

type Base = { id: string; name: string; label: string; value?: string; error?: string; hint?: string; maxlength?: number };

const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const Frame = ({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children?: unknown }) => (
  <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
    <label class="utrecht-form-label" for={id}>
      {label}
    </label>
    {hint ? (
      <p class="vn-hint" id={`${id}-hint`}>
        {hint}
      </p>
    ) : null}
    {error ? (
      <p class="vn-field-error" id={`${id}-error`}>
        {error}
      </p>
    ) : null}
    {children}
  </div>
);

export const TextField = (p: Base & { type?: 'text' | 'date' | 'search'; inputmode?: 'numeric' | 'text' }) => (
  <Frame id={p.id} label={p.label} hint={p.hint} error={p.error}>
    <input
      class={`utrecht-textbox${p.error ? ' utrecht-textbox--invalid' : ''}`}
      id={p.id}
      name={p.name}
      type={p.type ?? 'text'}
      value={p.value}
      maxlength={p.maxlength}
      inputmode={p.inputmode}
      aria-invalid={p.error ? 'true' : undefined}
      aria-describedby={describedBy(p.id, p.hint, p.error)}
    />
  </Frame>
);

export const TextArea = (p: Base & { rows?: number }) => (
  <Frame id={p.id} label={p.label} hint={p.hint} error={p.error}>
    <textarea
      class={`utrecht-textarea${p.error ? ' utrecht-textarea--invalid' : ''}`}
      id={p.id}
      name={p.name}
      rows={p.rows ?? 6}
      maxlength={p.maxlength}
      aria-invalid={p.error ? 'true' : undefined}
      aria-describedby={describedBy(p.id, p.hint, p.error)}
    >
      {p.value ?? ''}
    </textarea>
  </Frame>
);

export const SelectField = (p: Omit<Base, 'maxlength'> & { options: Option[] }) => (
  <Frame id={p.id} label={p.label} hint={p.hint} error={p.error}>
    <select class="utrecht-select utrecht-select--html-select" id={p.id} name={p.name} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.id, p.hint, p.error)}>
      {p.options.map((o) => (
        <option value={o.value} selected={o.value === p.value}>
          {o.label}
        </option>
      ))}
    </select>
  </Frame>
);
