import type { Child } from 'hono/jsx';
import type { View } from '../../../app/view.ts';
import { Alert, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { LIST_PAGE_SIZE, listHref, MAX_PAGE } from '../ads/parse-list-query.ts';
import { listText } from '../texts.ts';

export type ListState = {
  path: string;
  /** The filter values as typed (for the form and the paging links). */
  form: Record<string, string>;
  page: number;
  pages: number;
  total: number;
  invalid: boolean;
  /** The page asked for when it was beyond the last one. */
  beyond: number | null;
};

/** A message when the query was not understood or the page did not exist. */
export const ListNotice = ({ view, state }: { view: View; state: ListState }) => {
  const t = pick(listText, view.lang);
  if (state.invalid) return <Alert type="warning">{t.invalid}</Alert>;
  if (state.beyond !== null) return <Alert type="warning">{t.beyond(state.beyond)}</Alert>;
  return null;
};

/** A GET form: works without JavaScript, and the result is a link that can be shared. */
export const FilterForm = ({ view, state, children }: { view: View; state: ListState; children: Child }) => {
  const t = pick(listText, view.lang);
  return (
    <form method="get" action={state.path} class="vn-filters" data-testid="list-filters">
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-label">{t.filters}</legend>
        {children}
        <SubmitButton secondary>{t.apply}</SubmitButton>{' '}
        <a class="utrecht-link" href={state.path}>
          {t.clear}
        </a>
      </fieldset>
    </form>
  );
};

/** "Vorige / volgende" as plain links carrying the filters, so paging works without JavaScript. */
export const Pager = ({ view, state }: { view: View; state: ListState }) => {
  const t = pick(listText, view.lang);
  // An empty list says so in words once; "Pagina 1 van 1 (0)" above and below it only repeats that.
  if (state.total === 0) return null;
  return (
    <nav class="vn-pager" aria-label={t.paging} data-testid="pager">
      <p class="utrecht-paragraph">
        {state.page > 1 ? (
          <>
            <a class="utrecht-link" rel="prev" href={listHref(state.path, state.form, state.page - 1)}>
              {t.previous}
            </a>{' '}
            ·{' '}
          </>
        ) : null}
        <span data-testid="page-of">
          {state.total > LIST_PAGE_SIZE * MAX_PAGE ? t.pageOfMany(state.page, state.pages, LIST_PAGE_SIZE * MAX_PAGE) : t.pageOf(state.page, state.pages, state.total)}
        </span>
        {state.page < state.pages ? (
          <>
            {' '}
            ·{' '}
            <a class="utrecht-link" rel="next" href={listHref(state.path, state.form, state.page + 1)}>
              {t.next}
            </a>
          </>
        ) : null}
      </p>
    </nav>
  );
};
