// Helpers and internals the tests of other modules may use (never production code).
export { createSource } from './create-source.ts';
export type { ExtractedAd } from './extract-ad.ts';
export { monitorAlerts } from './schema.ts';
export { TEST_SITE_RULES } from './selector-rules.ts';
export { storeAd } from './store-ad.ts';
