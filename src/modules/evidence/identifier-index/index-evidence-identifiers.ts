import type { AppContext } from '../../../app/context.ts';
import { recordOccurrences } from '../../identifiers/index.ts';

/**
 * Puts the identifiers of an evidence item in the identifier index (issue 5 point 5): the visible
 * text and the addresses of a captured page, or the title and source of an upload (an uploaded file
 * itself is never opened for this). Runs after the capture committed: the evidence is kept even if
 * indexing fails, and the failure is logged for a later retry.
 */
export const indexEvidenceIdentifiers = async (
  ctx: AppContext,
  input: { evidenceId: string; seenAt: Date; fields: { field: string; text: string }[] },
): Promise<void> => {
  for (const f of input.fields) {
    if (!f.text.trim()) continue;
    try {
      await recordOccurrences(ctx.db, { source: { type: 'evidence', id: input.evidenceId }, field: f.field, text: f.text, seenAt: input.seenAt });
    } catch (err) {
      ctx.logger.error({ evidenceId: input.evidenceId, field: f.field, err: (err as Error).message }, 'evidence: identifiers not indexed');
    }
  }
};
