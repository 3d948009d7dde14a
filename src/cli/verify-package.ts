import { readFileSync } from 'node:fs';
import { loadConfig } from '../app/config.ts';
import { loadSigningKey } from '../modules/evidence/package/signing-key.ts';
import { verifySignedPackage } from '../modules/evidence/package/verify-signed-package.ts';

/**
 * `vangnet verify-package <file.zip> [--key <sha256 fingerprint>]`: recomputes every hash and checks
 * the signature. Exit 0 and "OK" when all holds; exit 1 naming the first mismatch. Needs no database.
 * `vangnet verify-package --own-key` prints this installation's public key and its fingerprint, for
 * publishing to the people who receive packages.
 */
export const run = async (args: string[]): Promise<number> => {
  if (args.includes('--own-key')) {
    const key = loadSigningKey(loadConfig().dataDir);
    console.log(`Fingerprint (SHA-256 of the public key): ${key.fingerprint}\n${key.publicKeyPem.trim()}`);
    return 0;
  }
  const keyAt = args.indexOf('--key');
  const trustedFingerprint = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
  if (!file || (keyAt >= 0 && !trustedFingerprint)) {
    console.error('usage: vangnet verify-package <file.zip> [--key <sha256 fingerprint of the public key>]');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`FAILED: cannot read ${file}`);
    return 1;
  }
  const result = verifySignedPackage(bytes, { trustedFingerprint });
  if (!result.ok) {
    console.error(`FAILED: ${result.problem}`);
    return 1;
  }
  console.log(`OK: ${result.files} files, hashes and signature verified (created ${result.created}).`);
  console.log(`Signed with key ${result.keyFingerprint}${trustedFingerprint ? ' (the trusted key)' : ': compare with the fingerprint Vangnet publishes'}.`);

  return 0;
};
