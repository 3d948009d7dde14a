import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Envelope encryption. Each value gets its own random data key (AES-256-GCM); the data key is
 * wrapped with the master key. The master key lives in a file outside the database (mode 0600), so a
 * database dump alone reveals nothing. Rotation adds a new master key; old blobs are re-wrapped
 * without touching the data itself.
 */
type KeyFile = { current: string; keys: Record<string, string> };

export type KeyRing = {
  currentId: string;
  encrypt: (plain: Buffer | string) => string;
  decrypt: (blob: string) => Buffer;
  decryptText: (blob: string) => string;
  /** Re-wraps a blob's data key with the current master key. */
  rewrap: (blob: string) => string;
  /** Adds a new master key, makes it current and saves the file. */
  rotate: () => string;
};

const b64 = (b: Buffer) => b.toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url');

const gcmSeal = (key: Buffer, plain: Buffer): Buffer => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);

  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
};

const gcmOpen = (key: Buffer, sealed: Buffer): Buffer => {
  const iv = sealed.subarray(0, 12);
  const tag = sealed.subarray(12, 28);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);

  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
};

const saveKeyFile = (file: string, data: KeyFile) => {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
  chmodSync(file, 0o600);
};

const newKeyId = () => `k${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

export const loadKeyRing = (file: string): KeyRing => {
  if (!existsSync(file)) {
    const id = newKeyId();
    saveKeyFile(file, { current: id, keys: { [id]: b64(randomBytes(32)) } });
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const keyFor = (id: string): Buffer => {
    const k = data.keys[id];
    if (!k) throw new Error(`master key ${id} is missing from ${file}`);

    return unb64(k);
  };

  const wrap = (dek: Buffer) => `${data.current}.${b64(gcmSeal(keyFor(data.current), dek))}`;

  const unwrap = (blob: string): { dek: Buffer; body: string } => {
    const [version, keyId, wrapped, body] = blob.split('.');
    if (version !== 'v1' || !keyId || !wrapped || body === undefined) throw new Error('not an encrypted value');

    return { dek: gcmOpen(keyFor(keyId), unb64(wrapped)), body };
  };

  const ring: KeyRing = {
    get currentId() {
      return data.current;
    },
    encrypt: (plain) => {
      const dek = randomBytes(32);
      const body = gcmSeal(dek, Buffer.isBuffer(plain) ? plain : Buffer.from(plain, 'utf8'));

      return `v1.${wrap(dek)}.${b64(body)}`;
    },
    decrypt: (blob) => {
      const { dek, body } = unwrap(blob);

      return gcmOpen(dek, unb64(body));
    },
    decryptText: (blob) => ring.decrypt(blob).toString('utf8'),
    rewrap: (blob) => {
      const { dek, body } = unwrap(blob);

      return `v1.${wrap(dek)}.${body}`;
    },
    rotate: () => {
      const id = newKeyId();
      data.keys[id] = b64(randomBytes(32));
      data.current = id;
      saveKeyFile(file, data);

      return id;
    },
  };

  return ring;
};
