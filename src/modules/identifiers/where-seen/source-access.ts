import type { AppContext } from '../../../app/context.ts';
import type { SourceViewer } from '../../../app/module.ts';
import { sourceKind } from '../../../app/registry.ts';
import type { MayOpen, SourceRef } from '../sources.ts';

export type Viewer = SourceViewer;

/**
 * THE rule for which sources of the identifier index one staff member may open. Every view that
 * links to sources uses it: the identifier page, "where else seen" on report, evidence and dossier
 * pages, link suggestions and the link chart (links/graph/viewer-access.ts). The rule of each kind is
 * declared by the module that owns the source (the `sourceKinds` hook in its module.ts), and is the
 * one its own page applies, so a link is shown exactly when following it would work:
 *
 * - report (intake), dossier and dossier person (cases), evidence (evidence), ad (monitor);
 * - a kind no module declares (decoy contact, for now): deny, so only counted.
 *
 * Each kind loads its part of the rule once per viewer (at most one query, at its first question).
 */
export type SourceAccess = { viewer: Viewer; mayOpen: (source: SourceRef) => Promise<boolean> };

export const loadSourceAccess = (ctx: AppContext, viewer: Viewer): SourceAccess => {
  const rules = new Map<string, Promise<(id: string) => Promise<boolean>>>();

  return {
    viewer,
    mayOpen: async (source) => {
      const kind = sourceKind(source.type);
      if (!kind) return false;
      let rule = rules.get(kind.type);
      if (!rule) {
        rule = kind.loadAccess(ctx, viewer);
        rules.set(kind.type, rule);
      }

      return (await rule)(source.id);
    },
  };
};

/** The rule above for one source of the index. */
export const mayOpenSource = (access: SourceAccess, source: SourceRef): Promise<boolean> => access.mayOpen(source);

/** The rule as a `MayOpen` for one viewer, for findWhereSeen and suggestLinks. */
export const viewerMayOpen = (ctx: AppContext, viewer: Viewer): MayOpen => loadSourceAccess(ctx, viewer).mayOpen;

/** A dossier person has no page of its own: it opens at its card on the dossier page. */
export const personHref = (dossierId: string, subjectId: string): string => `/dossiers/${dossierId}/personen#persoon-${subjectId}`;

/** Where a linked source opens in the staff app (as its module declares), or null when it has no page. */
export const sourceHref = (source: SourceRef): string | null => sourceKind(source.type)?.href(source.id) ?? null;

/** The page of one identifier. Keys may hold '/' (URLs), so the key is one encoded path segment. */
export const identifierHref = (kind: string, key: string): string => `/identificatoren/${kind}/${encodeURIComponent(key)}`;
