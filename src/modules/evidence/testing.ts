// Helpers and internals the tests of other modules may use (never production code).
export { addEvidenceFile } from './items/add-evidence-file.ts';
export { captureWebPage } from './capture/capture-web-page.ts';
export { verifySignedPackage } from './package/verify-signed-package.ts';
