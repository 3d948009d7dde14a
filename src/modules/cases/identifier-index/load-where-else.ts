import type { AppContext } from '../../../app/context.ts';
import { hasAccess } from '../../accounts/index.ts';
import { IDENTIFIER_ROLES, type SeenElsewhere, showWhereElseSeen, WHERE_ELSE_LIMITS, viewerMayOpen, type SourceRef } from '../../identifiers/index.ts';
import { subjectSource } from './index-subject.ts';
import type { SubjectRow } from '../queries/shared.ts';
import type { DossierAccess } from '../require-dossier-access.ts';

export type WhereElseBlock = {
  /** null: the dossier's own texts (summary, notes, signals); else the person. */
  subject: Pick<SubjectRow, 'id' | 'name' | 'role'> | null;
  items: SeenElsewhere[];
  /** Identifiers of this source left out because the page's budget ran out. */
  more: number;
};

export type DossierWhereElse = { blocks: WhereElseBlock[]; linkIdentifiers: boolean };

/**
 * The whole dossier page shares ONE budget of identifiers (WHERE_ELSE_LIMITS.identifiers, each with
 * at most WHERE_ELSE_LIMITS.occurrencesEach listed sources): a dossier with 200 people costs one
 * listing query per person and no more "where else" lookups than a single report page.
 */
export const DOSSIER_WHERE_ELSE_PEOPLE = 200;

/**
 * "Where else seen" for a dossier (issue 5 point 2): for the dossier's own texts and for each person
 * not merged into another, each identifier with where else it was seen, linked only where the viewer
 * may open the source (identifiers/where-seen/source-access.ts). Each identifier shown is access-logged by
 * showWhereElseSeen. A merged person's identifiers were moved to the kept person (merge-subjects.ts).
 */
export const loadDossierWhereElse = async (ctx: AppContext, access: DossierAccess, subjects: SubjectRow[]): Promise<DossierWhereElse> => {
  const viewer = { id: access.actor.id, name: access.actor.name, roles: access.actor.roles };
  const mayOpen = viewerMayOpen(ctx, viewer);
  const sources: Array<{ source: SourceRef; subject: WhereElseBlock['subject'] }> = [
    { source: { type: 'dossier', id: access.dossier.id }, subject: null },
    ...subjects
      .filter((s) => !s.mergedInto)
      .slice(0, DOSSIER_WHERE_ELSE_PEOPLE)
      .map((s) => ({ source: subjectSource(access.dossier.id, s.id), subject: { id: s.id, name: s.name, role: s.role } })),
  ];
  let budget: number = WHERE_ELSE_LIMITS.identifiers;
  const blocks: WhereElseBlock[] = [];
  for (const { source, subject } of sources) {
    const { items, more } = await showWhereElseSeen(ctx, { source, viewer, limit: budget, mayOpen });
    budget -= items.length;
    // A person without any identifier adds nothing but noise.
    if (items.length > 0 || more > 0) blocks.push({ subject, items, more });
  }

  return { blocks, linkIdentifiers: hasAccess(IDENTIFIER_ROLES, access.actor.roles) };
};
