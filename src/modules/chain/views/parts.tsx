import type { Child } from 'hono/jsx';
import { Alert, ErrorSummary } from '../../../web/components/form.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';
import type { FormOutcome } from '../form.ts';

export type Failed = Extract<FormOutcome, { ok: false }>;

/** The form that came back (if it is this one): its message and error summary at the top of the page. */
export const Problems = ({ failed, title }: { failed?: Failed; title: string }) =>
  failed ? (
    <>
      {failed.message ? <Alert type="error">{failed.message}</Alert> : null}
      <ErrorSummary title={title} errors={failed.errors} />
    </>
  ) : null;

export const valuesOf = (failed: Failed | undefined, form: string): Record<string, string | string[]> => (failed && failed.form === form ? failed.values : {});
export const errorsOf = (failed: Failed | undefined, form: string): Record<string, string> => (failed && failed.form === form ? failed.errors : {});
export const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** A simple table in the scrolling region staff pages use (no page wider than 360 px). */
export const Table = ({ id, heading, head, rows }: { id: string; heading: string; head: string[]; rows: Child[][] }) => (
  <TableRegion labelledBy={`${id}-titel`}>
    <table class="utrecht-table" id={id}>
      <caption class="visually-hidden" id={`${id}-titel`}>
        {heading}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {head.map((h) => (
            <th class="utrecht-table__header-cell" scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {rows.map((r) => (
          <tr class="utrecht-table__row">
            {r.map((c) => (
              <td class="utrecht-table__cell">{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </TableRegion>
);
