import { sha256Hex } from '../hash.ts';
import { isSafePackagePath, MANIFEST_FILE, type Manifest, PACKAGE_FORMAT, PUBLIC_KEY_FILE, RESERVED_FILES, SIGNATURE_FILE } from './manifest.ts';
import type { SigningKey } from './signing-key.ts';
import { writeStoredZip, type ZipEntry } from './write-stored-zip.ts';

export type PackageFile = { path: string; bytes: Uint8Array; mediaType?: string };

export type SignedPackage = { zip: Buffer; manifest: Manifest; manifestBytes: Buffer; sha256: string };

/**
 * A WACZ-style signed package: a ZIP (entries stored, not compressed, so each file's bytes sit in the
 * ZIP as they are) with the files, manifest.json listing each file's path, size and SHA-256,
 * manifest.sig (Ed25519 over the exact bytes of manifest.json) and the public key. Generic: the
 * evidence export and the dossier handover (PDF + evidence) both build on it.
 */
export const buildSignedPackage = (o: {
  files: PackageFile[];
  metadata: Record<string, unknown>;
  key: SigningKey;
  software: string;
  created?: Date;
}): SignedPackage => {
  const created = o.created ?? new Date();
  const seen = new Set<string>();
  for (const f of o.files) {
    if (!isSafePackagePath(f.path) || RESERVED_FILES.has(f.path)) throw new Error(`not a usable path in a package: ${f.path}`);
    if (seen.has(f.path.toLowerCase())) throw new Error(`path used twice in a package: ${f.path}`);
    seen.add(f.path.toLowerCase());
  }
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: 1,
    created: created.toISOString(),
    software: o.software,
    algorithms: { hash: 'sha256', signature: 'ed25519' },
    publicKeySha256: o.key.fingerprint,
    metadata: o.metadata,
    files: o.files.map((f) => ({ path: f.path, size: f.bytes.byteLength, sha256: sha256Hex(f.bytes), ...(f.mediaType ? { mediaType: f.mediaType } : {}) })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = o.key.sign(manifestBytes);
  const entries: ZipEntry[] = [
    { name: MANIFEST_FILE, bytes: manifestBytes },
    { name: SIGNATURE_FILE, bytes: Buffer.from(`${signature.toString('base64')}\n`, 'utf8') },
    { name: PUBLIC_KEY_FILE, bytes: Buffer.from(o.key.publicKeyPem, 'utf8') },
    ...o.files.map((f) => ({ name: f.path, bytes: f.bytes })),
  ];
  const zip = writeStoredZip(entries, created);

  return { zip, manifest, manifestBytes, sha256: sha256Hex(zip) };
};
