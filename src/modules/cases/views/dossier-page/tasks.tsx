
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextField } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { LIMITS } from '../../vocab.ts';
import { errorsFor, Fold, FormMessage, formValues, Hidden, isOpen, Section, FormToken } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Tasks = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'taken', undefined, {});
  const errors = errorsFor(form, 'taken');

  return (
    <Section id="taken" title={t.sectionTasks}>
      {data.tasks.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.tasks.map(({ task, assigneeName }) => (
          <li>
            {task.doneAt ? <s>{task.title}</s> : <strong>{task.title}</strong>} · {assigneeName ?? t.noOne}
            {task.dueOn ? ` · ${t.due} ${task.dueOn}` : ''}
            {task.doneAt ? ` · ${t.done} ${formatDateTime(view.lang, task.doneAt)}` : ''}
            {canEdit ? (
              <form method="post" action={`${base(data)}/taken/${task.id}`} class="vn-inline">
                <CsrfField token={view.csrf} />
                <Hidden name="versie" value={String(task.version)} />
                {task.doneAt ? null : <input type="hidden" name="klaar" value="ja" />}
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {task.doneAt ? t.reopen : t.markDone}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Fold id="taken-nieuw" label={t.addTask} open={isOpen(form, 'taken')}>
          <form method="post" action={`${base(data)}/taken`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="taken" lang={view.lang} />
            <FormToken form={form} section="taken" />
            <TextField id="taken-titel" name="titel" label={t.taskTitle} value={v.titel} maxlength={LIMITS.shortText} error={errors.titel} />
            <SelectField id="taken-uitvoerder" name="uitvoerder" label={t.assignee} options={[{ value: '', label: t.noOne }, ...data.investigators.map((u) => ({ value: u.id, label: u.name }))]} value={v.uitvoerder} error={errors.uitvoerder} />
            <TextField id="taken-datum" name="datum" type="date" label={t.due} value={v.datum} error={errors.datum} />
            <SubmitButton>{t.addTask}</SubmitButton>
          </form>
        </Fold>
      ) : null}
    </Section>
  );
};
