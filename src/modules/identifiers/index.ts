// The identifiers module's public face: what other modules may use.
export { extractIdentifiers } from './extract-identifiers.ts';
export { recordOccurrences } from './record-occurrences.ts';
export { forgetSource } from './forget-source.ts';
export { findWhereSeen } from './find-where-seen.ts';
