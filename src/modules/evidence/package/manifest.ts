/** The parts of a signed package that both the builder and the verifier must agree on. */
export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';
export const PUBLIC_KEY_FILE = 'public-key.pem';
export const RESERVED_FILES = new Set([MANIFEST_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE]);
export const PACKAGE_FORMAT = 'vangnet-signed-package';

export type ManifestFile = { path: string; size: number; sha256: string; mediaType?: string };

export type Manifest = {
  format: typeof PACKAGE_FORMAT;
  formatVersion: 1;
  created: string;
  software: string;
  algorithms: { hash: 'sha256'; signature: 'ed25519' };
  publicKeySha256: string;
  metadata: Record<string, unknown>;
  files: ManifestFile[];
};

/** Plain, portable names only: no absolute paths, no "..", nothing a careless unzip could misplace. */
export const isSafePackagePath = (p: string): boolean =>
  p.length > 0 &&
  p.length <= 240 &&
  /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/.test(p) &&
  !p.split('/').some((part) => part === '.' || part === '..');
