import type { Db } from '../../db/client.ts';
import { linkHistory, type LinkDecision } from './decide-link.ts';
import { selectSourcesSharingIdentifiers } from './queries.ts';
import { isSourceType, type MayOpen, type SourceRef } from './sources.ts';

export type LinkSuggestion = {
  other: SourceRef;
  /** The shared identifiers, as `kind:key`: the reasons shown to the investigator. */
  reasons: string[];
  /** The latest recorded decision on this pair, if someone already decided. */
  decided: LinkDecision | null;
};

/**
 * Suggests people (or other sources) that may be the same as, or connected to, this one, because
 * they share identifiers. Only a suggestion with its reasons: a person decides (decide-link.ts) and
 * nothing is merged. Sources the viewer may not open are not suggested, only counted.
 */
export const suggestLinks = async (
  db: Db,
  input: { source: SourceRef; mayOpen: MayOpen; sourceTypes?: readonly SourceRef['type'][]; limit?: number },
): Promise<{ suggestions: LinkSuggestion[]; hidden: number }> => {
  const rows = await selectSourcesSharingIdentifiers(db, input.source, {
    sourceTypes: input.sourceTypes ?? ['dossier_person'],
    maxFanOut: 200,
    limit: Math.min(input.limit ?? 20, 100),
  });
  const suggestions: LinkSuggestion[] = [];
  let hidden = 0;
  for (const r of rows) {
    if (!isSourceType(r.sourceType)) continue;
    const other: SourceRef = { type: r.sourceType, id: r.sourceId };
    if (!(await input.mayOpen(other))) {
      hidden += 1;
      continue;
    }
    // Decisions are kept between subjects; a dossier person's subject id is the part after the '/'.
    const subjectOf = (s: SourceRef) => (s.type === 'dossier_person' ? s.id.split('/')[1] : undefined);
    const a = subjectOf(input.source);
    const b = subjectOf(other);
    const history = a && b ? await linkHistory(db, { type: 'subject', id: a }, { type: 'subject', id: b }) : [];
    suggestions.push({ other, reasons: r.reasons.sort(), decided: (history[0]?.decision as LinkDecision | undefined) ?? null });
  }

  return { suggestions, hidden };
};
