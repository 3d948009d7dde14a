import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { unzipSync } from 'fflate';
import { sha256Hex } from '../hash.ts';
import { isSafePackagePath, MANIFEST_FILE, type Manifest, PACKAGE_FORMAT, PUBLIC_KEY_FILE, RESERVED_FILES, SIGNATURE_FILE } from './manifest.ts';
import { publicKeyFingerprint } from './signing-key.ts';

export type VerifyResult =
  | { ok: true; files: number; keyFingerprint: string; created: string; metadata: Record<string, unknown> }
  | { ok: false; problem: string };

const fail = (problem: string): VerifyResult => ({ ok: false, problem });

const isManifest = (m: unknown): m is Manifest => {
  if (!m || typeof m !== 'object') return false;
  const v = m as Partial<Manifest>;

  return (
    v.format === PACKAGE_FORMAT &&
    v.formatVersion === 1 &&
    Array.isArray(v.files) &&
    v.files.every((f) => f && typeof f.path === 'string' && typeof f.size === 'number' && typeof f.sha256 === 'string')
  );
};

/**
 * Checks a package the way a recipient would, and names the first thing that does not hold: the
 * signature over manifest.json, then every listed file's presence, size and SHA-256, then that the
 * ZIP holds nothing the manifest does not list. With `trustedFingerprint`, the key must also be the
 * one the recipient expects.
 */
export const verifySignedPackage = (zip: Uint8Array, options: { trustedFingerprint?: string } = {}): VerifyResult => {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        names.push(f.name);
        return true;
      },
    });
  } catch {
    return fail('not a readable ZIP file');
  }
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) return fail(`${duplicate}: appears twice in the ZIP`);
  const manifestBytes = files[MANIFEST_FILE];
  const signatureText = files[SIGNATURE_FILE];
  const publicKeyBytes = files[PUBLIC_KEY_FILE];
  if (!manifestBytes) return fail(`${MANIFEST_FILE}: missing`);
  if (!signatureText) return fail(`${SIGNATURE_FILE}: missing`);
  if (!publicKeyBytes) return fail(`${PUBLIC_KEY_FILE}: missing`);

  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(Buffer.from(publicKeyBytes).toString('utf8'));
  } catch {
    return fail(`${PUBLIC_KEY_FILE}: not a public key`);
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return fail(`${PUBLIC_KEY_FILE}: not an Ed25519 key`);
  const fingerprint = publicKeyFingerprint(publicKey);
  if (options.trustedFingerprint && options.trustedFingerprint.toLowerCase() !== fingerprint) {
    return fail(`${PUBLIC_KEY_FILE}: key ${fingerprint} is not the trusted key ${options.trustedFingerprint}`);
  }
  const signature = Buffer.from(Buffer.from(signatureText).toString('utf8').trim(), 'base64');
  if (!verify(null, manifestBytes, publicKey, signature)) return fail(`${SIGNATURE_FILE}: signature does not match ${MANIFEST_FILE}`);

  let manifest: unknown;
  try {
    manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8'));
  } catch {
    return fail(`${MANIFEST_FILE}: not valid JSON`);
  }
  if (!isManifest(manifest)) return fail(`${MANIFEST_FILE}: not a Vangnet package manifest`);
  if (manifest.publicKeySha256 !== fingerprint) return fail(`${MANIFEST_FILE}: names another key than ${PUBLIC_KEY_FILE}`);

  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isSafePackagePath(entry.path) || RESERVED_FILES.has(entry.path)) return fail(`${entry.path}: not an allowed path`);
    listed.add(entry.path);
    const bytes = files[entry.path];
    if (!bytes) return fail(`${entry.path}: listed in the manifest but missing from the ZIP`);
    if (bytes.byteLength !== entry.size) return fail(`${entry.path}: size is ${bytes.byteLength} bytes, manifest says ${entry.size}`);
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) return fail(`${entry.path}: SHA-256 is ${actual}, manifest says ${entry.sha256}`);
  }
  const extra = names.find((n) => !listed.has(n) && !RESERVED_FILES.has(n));
  if (extra) return fail(`${extra}: in the ZIP but not in the manifest`);

  return { ok: true, files: manifest.files.length, keyFingerprint: fingerprint, created: manifest.created, metadata: manifest.metadata };
};
