import { type FormBody, field, fields } from '../../../app/forms.ts';
import { isScriptKind, type ScriptKind } from './scripts.ts';

/** The new-script form. The text is kept whole (up to a generous cap) so an error shows what was typed. */
export const parseScriptForm = (body: FormBody, fixedKind?: ScriptKind): { kind: ScriptKind | null; variant: string; text: string } => {
  const kind = fixedKind ?? field(body, 'kind');

  return { kind: isScriptKind(kind) ? kind : null, variant: field(body, 'variant').slice(0, 40), text: field(body, 'text').slice(0, 20_000) };
};

export const parseApproveForm = (body: FormBody) => ({ checkedAbsent: fields(body, 'checkedAbsent'), reason: field(body, 'reason').slice(0, 5000) });
