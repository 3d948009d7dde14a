// Helpers and internals the tests of other modules may use (never production code).
export { createSource } from './sources/create-source.ts';
export type { ExtractedAd } from './crawler/extract-ad.ts';
export { monitorAlerts } from './schema.ts';
export { TEST_SITE_RULES } from './sources/selector-rules.ts';
export { storeAd } from './crawler/store-ad.ts';
