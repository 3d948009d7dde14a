// The decoy module's public face: what other modules may use.
export { DECOY_READERS } from './access.ts';
