// The public face of the crypto module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { loadKeyRing } from './keyring.ts';
export type { KeyRing } from './keyring.ts';
