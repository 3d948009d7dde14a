// The public face of the evidence module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { EVIDENCE_ROLES } from './access.ts';
export { buildWarcRecords } from './capture/build-warc.ts';
export type { WarcExchange } from './capture/build-warc.ts';
export { redactInlineMedia } from './capture/redact-inline-media.ts';
export { collectEvidenceFiles } from './package/collect-evidence-files.ts';
export { recordCustodyEvent } from './custody.ts';
export { sha256Hex } from './hash.ts';
export { buildSignedPackage } from './package/build-signed-package.ts';
export { loadSigningKey } from './package/signing-key.ts';
export { findEvidenceItem } from './queries.ts';
// Retention: cases deletes a dossier's evidence with the dossier.
export { purgeEvidenceItems } from './items/retention.ts';
export { evidenceItems } from './schema.ts';
export { packageVersion, vangnetVersion } from './tool-version.ts';
export { verifySignedPackage } from './package/verify-signed-package.ts';
// `vangnet demo`: text evidence of the cases demo's dossiers.
export { addDemoTextEvidence } from './demo.ts';
export type { DemoEvidence } from './demo.ts';
