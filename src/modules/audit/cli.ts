// What the audit commands of src/cli use (vangnet verify-audit, vangnet audit-checkpoint).
export { loadAuditKeys } from './keys/audit-keys.ts';
export { verifyAgainstCheckpoint, writeCheckpoint } from './checkpoints/checkpoint.ts';
