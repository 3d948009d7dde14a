// The public face of the identifiers module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { IDENTIFIER_ROLES } from './access.ts';
export { LINK_DECISIONS, decideLink, linkHistory } from './linking/decide-link.ts';
export type { LinkDecision } from './linking/decide-link.ts';
export { extractIdentifiers } from './extraction/extract-identifiers.ts';
export { findWhereSeen } from './where-seen/find-where-seen.ts';
export { forgetSource } from './occurrences/forget-source.ts';
export { handleOf, platformOf } from './linking/handle-likeness.ts';
export { isIdentifierKind } from './identifier-kinds.ts';
export type { IdentifierHit, IdentifierKind } from './identifier-kinds.ts';
export { isObfuscatedPhone } from './extraction/phone-obfuscation.ts';
export { countSourcesBySourceType, selectFieldSeenAt } from './queries.ts';
export { recordOccurrences } from './occurrences/record-occurrences.ts';
export { identifierOccurrences, identifiers } from './schema.ts';
export { WHERE_ELSE_LIMITS, showWhereElseSeen } from './where-seen/show-where-else-seen.ts';
export type { SeenElsewhere } from './where-seen/show-where-else-seen.ts';
export { identifierHref, loadSourceAccess, personHref, sourceHref, viewerMayOpen } from './where-seen/source-access.ts';
export type { SourceAccess } from './where-seen/source-access.ts';
export { LIMITS } from './sources.ts';
export type { SourceRef } from './sources.ts';
export { suggestLinks } from './linking/suggest-links.ts';
export type { SimilarHandle } from './linking/suggest-links.ts';
export { identifierText } from './texts.ts';
export { WhereElseSeenLinks } from './views/where-else-seen-links.tsx';
// Data-subject requests (subject-requests): where the person's identifiers were seen.
export { findOccurrencesForSubject } from './subject-search/subject-occurrences.ts';
export type { SubjectOccurrence } from './subject-search/subject-occurrences.ts';
