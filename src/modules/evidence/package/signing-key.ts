import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installation's Ed25519 key pair for signing packages. Created at first use in
 * VANGNET_DATA_DIR/keys: the private key readable by the owner only (0600). The public key travels
 * inside every package; its fingerprint is what a recipient compares with the one Vangnet's
 * operators publish, because a key inside a package proves nothing by itself.
 */
export type SigningKey = {
  publicKeyPem: string;
  /** SHA-256 (hex) of the public key in DER (SPKI) form. */
  fingerprint: string;
  sign: (data: Uint8Array) => Buffer;
};

const PRIVATE_FILE = 'package-signing.key.pem';
const PUBLIC_FILE = 'package-signing.pub.pem';

export const publicKeyFingerprint = (key: KeyObject): string =>
  createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');

const createKeyFiles = (dir: string) => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  try {
    // 'wx': when two processes start at once, the first key wins and the second reads it.
    writeFileSync(path.join(dir, PRIVATE_FILE), privatePem, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return;
  }
  writeFileSync(path.join(dir, PUBLIC_FILE), publicPem, { mode: 0o644 });
};

export const loadSigningKey = (dataDir: string): SigningKey => {
  const dir = path.join(dataDir, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const privateFile = path.join(dir, PRIVATE_FILE);
  if (!existsSync(privateFile)) createKeyFiles(dir);
  chmodSync(privateFile, 0o600);
  const privateKey = createPrivateKey(readFileSync(privateFile, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${privateFile} is not an Ed25519 key`);
  // The public half is derived from the private key, so a replaced .pub file cannot mislead.
  const publicKey = createPublicKey(privateKey);

  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
    sign: (data) => sign(null, data, privateKey),
  };
};
