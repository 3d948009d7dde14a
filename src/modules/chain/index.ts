// The public face of the chain module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal (docs/ARCHITECTURE.md, "Module boundaries").
export { chainReferralSteps, chainReferrals, chainShareReads, chainShares } from './schema.ts';
export { remindLateReferrals } from './referrals/remind-late-referrals.ts';
