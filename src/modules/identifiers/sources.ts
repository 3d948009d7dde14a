/**
 * Where an identifier can be seen. Each source belongs to another module; the index only keeps the
 * type and id, and asks the caller (through `MayOpen`) whether a viewer may open one.
 */
export const SOURCE_TYPES = ['report', 'dossier_person', 'evidence', 'ad', 'decoy_contact', 'dossier'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const isSourceType = (value: unknown): value is SourceType => typeof value === 'string' && (SOURCE_TYPES as readonly string[]).includes(value);

export type SourceRef = { type: SourceType; id: string };

/** The caller's access rule: may this viewer open this source? Asked only for occurrences listed. */
export type MayOpen = (source: SourceRef) => boolean | Promise<boolean>;

export const LIMITS = {
  sourceId: 200,
  field: 100,
  place: 200,
  raw: 200,
  /** Distinct identifiers indexed per source field; a text with more is cut off (and says so). */
  identifiersPerField: 500,
} as const;

/**
 * Fields of a report that hold the reporter's own contact details. Indexing those would make "this
 * number is in report X" mean "this is the reporter's number", so they are refused outright.
 */
const REPORTER_FIELD = /^(?:reporter|melder|contact|identity)(?:[._-]|$)/i;

export const isReporterField = (source: SourceType, field: string): boolean => source === 'report' && REPORTER_FIELD.test(field);
