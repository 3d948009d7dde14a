// Helpers and internals the tests of other modules may use (never production code).
export { listIdentifiersOfSource } from './occurrences/list-identifiers-of-source.ts';
export { findIdentifierByKey } from './queries.ts';
export { identifierAlerts } from './schema.ts';
export { listIdentifierAlerts, watchIdentifier } from './watch-identifier.ts';
