
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { TextArea } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { LIMITS } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, Section, FormToken } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Notes = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'notities', undefined, {});

  return (
    <Section id="notities" title={t.sectionNotes}>
      {canEdit ? (
        <form method="post" action={`${base(data)}/notities`} novalidate>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="notities" lang={view.lang} />
          <FormToken form={form} section="notities" />
          <TextArea id="notities-tekst" name="tekst" label={t.note} value={v.tekst} maxlength={LIMITS.longText} rows={4} error={errorsFor(form, 'notities').tekst} />
          <SubmitButton>{t.addNote}</SubmitButton>
        </form>
      ) : null}
      {data.notes.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.notes.map(({ note, authorName }) => (
          <li id={`notitie-${note.id}`}>
            <p class="utrecht-paragraph vn-pre">{note.body}</p>
            <p class="vn-hint">
              {t.by} {authorName}, {formatDateTime(view.lang, note.createdAt)}
              {note.version > 1 ? ` · ${t.edited} ${formatDateTime(view.lang, note.updatedAt)} (${data.names.get(note.updatedBy ?? '') ?? ''})` : ''}
              {canEdit ? (
                <>
                  {' · '}
                  <a class="utrecht-link" href={`${base(data)}/notities/${note.id}`}>
                    {t.change}
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
};
