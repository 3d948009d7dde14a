import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256, the form used in the database, manifests and the audit log. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
