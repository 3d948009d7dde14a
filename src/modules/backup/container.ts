import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { BackupError } from './backup-error.ts';

/**
 * The backup file: a short header in the clear (format, scrypt parameters and salt, a key check),
 * then the archive encrypted in chunks of 1 MiB with AES-256-GCM. Each chunk's nonce is its number,
 * and its additional data binds the header, the number and whether it is the last chunk (the STREAM
 * construction): a changed byte, swapped or missing chunks, and a file cut anywhere are all refused,
 * and a cut between two chunks is told apart because the last chunk never came.
 *
 * The key comes from the passphrase (scrypt, a fresh salt per backup) and is never written down. The
 * key check (an HMAC under a second derived key) tells "wrong passphrase" from "damaged file".
 *
 * Inside, the archive is a series of records: an entry starts with its name, its bytes follow in
 * segments of any length (so a database dump can be streamed without knowing its size), and the
 * last entry is the manifest with the SHA-256 and size of every other entry.
 */
const MAGIC = Buffer.from('VANGNET-BACKUP\n', 'utf8');
const CHUNK = 1 << 20;
const KDF = { name: 'scrypt', N: 1 << 17, r: 8, p: 1 } as const;
/** A header from a hostile file must not make us spend gigabytes on scrypt. */
const KDF_LIMITS = { N: 1 << 20, r: 16, p: 4 };
const KEY_CHECK_LABEL = 'vangnet-backup key check v1';
const TAG = 16;

type Header = { format: 1; kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string }; check: string };

const deriveKeys = (passphrase: string, kdf: Header['kdf']): Promise<{ enc: Buffer; check: Buffer }> =>
  new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64url'), 64, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + (1 << 24) }, (err, key) => {
      if (err) reject(err);
      else resolve({ enc: key.subarray(0, 32), check: key.subarray(32) });
    });
  });

const keyCheck = (checkKey: Buffer) => createHmac('sha256', checkKey).update(KEY_CHECK_LABEL).digest('base64url');

const nonce = (index: number) => {
  const iv = Buffer.alloc(12);
  iv.writeBigUInt64BE(BigInt(index), 4);

  return iv;
};

const aad = (headerHash: Buffer, index: number, final: boolean) => {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(BigInt(index), 0);
  tail[8] = final ? 1 : 0;

  return Buffer.concat([headerHash, tail]);
};

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);

  return b;
};

// Record types of the archive inside.
const R_ENTRY = 0x45; // 'E' name
const R_DATA = 0x44; // 'D' bytes
const R_END = 0x58; // 'X' end of the entry
const R_CLOSE = 0x5a; // 'Z' end of the archive

export type EntryDigest = { name: string; size: number; sha256: string };

export type BackupWriter = {
  /** Writes one entry from buffers or a stream; returns its size and SHA-256. */
  entry: (name: string, body: Buffer | AsyncIterable<Buffer | Uint8Array>) => Promise<EntryDigest>;
  /** Writes the last entry, seals the last chunk and closes the file. */
  finish: (manifestName: string, manifest: Buffer) => Promise<number>;
  abort: () => Promise<void>;
};

/** `cost` lowers scrypt's N for the container's own fast tests only; a backup uses the default. */
export const createBackupWriter = async (file: string, passphrase: string, options: { cost?: number } = {}): Promise<BackupWriter> => {
  const salt = randomBytes(16).toString('base64url');
  const kdf = { ...KDF, N: options.cost ?? KDF.N, salt };
  const keys = await deriveKeys(passphrase, kdf);
  const header: Header = { format: 1, kdf, check: keyCheck(keys.check) };
  const headerJson = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.concat([MAGIC, u32(headerJson.length), headerJson]);
  const headerHash = createHash('sha256').update(head).digest();
  const fh: FileHandle = await open(file, 'wx', 0o600);
  await fh.write(head);
  let written = head.length;
  let index = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const seal = async (plain: Buffer, final: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', keys.enc, nonce(index));
    cipher.setAAD(aad(headerHash, index, final));
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    const frame = Buffer.concat([Buffer.from([final ? 1 : 0]), u32(ct.length), cipher.getAuthTag(), ct]);
    await fh.write(frame);
    written += frame.length;
    index += 1;
  };

  const push = async (b: Buffer) => {
    pending.push(b);
    pendingBytes += b.length;
    while (pendingBytes >= CHUNK) {
      const all = Buffer.concat(pending);
      await seal(all.subarray(0, CHUNK), false);
      pending = [all.subarray(CHUNK)];
      pendingBytes = all.length - CHUNK;
    }
  };

  const writeEntry = async (name: string, body: Buffer | AsyncIterable<Buffer | Uint8Array>): Promise<EntryDigest> => {
    const nameBytes = Buffer.from(name, 'utf8');
    await push(Buffer.concat([Buffer.from([R_ENTRY]), u32(nameBytes.length), nameBytes]));
    const hash = createHash('sha256');
    let size = 0;
    const segment = async (part: Buffer) => {
      if (part.length === 0) return;
      hash.update(part);
      size += part.length;
      await push(Buffer.concat([Buffer.from([R_DATA]), u32(part.length)]));
      await push(part);
    };
    if (Buffer.isBuffer(body)) {
      for (let at = 0; at < body.length; at += CHUNK) await segment(body.subarray(at, at + CHUNK));
    } else {
      for await (const part of body) await segment(Buffer.isBuffer(part) ? part : Buffer.from(part));
    }
    await push(Buffer.from([R_END]));

    return { name, size, sha256: hash.digest('hex') };
  };

  return {
    entry: writeEntry,
    finish: async (manifestName, manifest) => {
      await writeEntry(manifestName, manifest);
      await push(Buffer.from([R_CLOSE]));
      await seal(Buffer.concat(pending), true);
      pending = [];
      await fh.sync();
      await fh.close();

      return written;
    },
    abort: async () => {
      await fh.close().catch(() => {});
    },
  };
};

/** Reads the header and checks the passphrase; throws BackupError('notBackup' | 'wrongKey'). */
const openBackup = async (file: string, passphrase: string) => {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch {
    throw new BackupError('fileMissing', file);
  }
  const readAt = async (position: number, length: number) => {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);

    return buf.subarray(0, bytesRead);
  };
  const magic = await readAt(0, MAGIC.length + 4);
  if (magic.length < MAGIC.length + 4 || !magic.subarray(0, MAGIC.length).equals(MAGIC)) {
    await fh.close();
    throw new BackupError('notBackup');
  }
  const headerLength = magic.readUInt32BE(MAGIC.length);
  const headerJson = headerLength <= 4096 ? await readAt(MAGIC.length + 4, headerLength) : Buffer.alloc(0);
  let header: Header;
  try {
    header = JSON.parse(headerJson.toString('utf8')) as Header;
    const k = header.kdf;
    const ok =
      header.format === 1 && k?.name === 'scrypt' && Number.isInteger(k.N) && k.N > 1 && k.N <= KDF_LIMITS.N && Number.isInteger(k.r) && k.r > 0 && k.r <= KDF_LIMITS.r && Number.isInteger(k.p) && k.p > 0 && k.p <= KDF_LIMITS.p && typeof k.salt === 'string' && typeof header.check === 'string';
    if (!ok) throw new Error('header');
  } catch {
    await fh.close();
    throw new BackupError(headerJson.length < headerLength ? 'truncated' : 'notBackup');
  }
  const keys = await deriveKeys(passphrase, header.kdf);
  const expected = Buffer.from(keyCheck(keys.check));
  const given = Buffer.from(header.check);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await fh.close();
    throw new BackupError('wrongKey');
  }
  const start = MAGIC.length + 4 + headerLength;
  const headerHash = createHash('sha256').update(Buffer.concat([magic, headerJson])).digest();

  return { fh, readAt, start, headerHash, key: keys.enc };
};

/** The archive's plaintext, chunk by chunk, each one authenticated before it is handed on. */
async function* plaintextChunks(file: string, passphrase: string): AsyncGenerator<Buffer> {
  const { fh, readAt, start, headerHash, key } = await openBackup(file, passphrase);
  try {
    let position = start;
    let index = 0;
    for (;;) {
      const frameHead = await readAt(position, 5 + TAG);
      if (frameHead.length === 0) throw new BackupError('truncated');
      if (frameHead.length < 5 + TAG) throw new BackupError('truncated');
      const flag = frameHead[0]!;
      const length = frameHead.readUInt32BE(1);
      if ((flag !== 0 && flag !== 1) || length > CHUNK) throw new BackupError('damaged');
      const ct = await readAt(position + 5 + TAG, length);
      if (ct.length < length) throw new BackupError('truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, nonce(index));
      decipher.setAAD(aad(headerHash, index, flag === 1));
      decipher.setAuthTag(frameHead.subarray(5));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(ct), decipher.final()]);
      } catch {
        throw new BackupError('damaged');
      }
      position += 5 + TAG + length;
      index += 1;
      if (flag === 1) {
        if ((await readAt(position, 1)).length > 0) throw new BackupError('damaged');
        yield plain;
        return;
      }
      yield plain;
    }
  } finally {
    await fh.close();
  }
}

export type EntrySink = { write: (part: Buffer) => Promise<void> | void; end: () => Promise<void> | void };

/**
 * Reads the whole archive: every entry's bytes go to the sink `onEntry` gives (or nowhere), and its
 * digest is returned, the manifest (the last entry) as bytes. Throws BackupError on any damage.
 */
export const readBackup = async (
  file: string,
  passphrase: string,
  options: { manifestName: string; onEntry?: (name: string) => Promise<EntrySink | null> | EntrySink | null },
): Promise<{ digests: EntryDigest[]; manifest: Buffer }> => {
  const chunks = plaintextChunks(file, passphrase);
  let queue: Buffer = Buffer.alloc(0);
  let ended = false;
  const need = async (n: number): Promise<Buffer> => {
    while (queue.length < n) {
      const next = ended ? { done: true as const, value: undefined } : await chunks.next();
      if (next.done) {
        ended = true;
        throw new BackupError('damaged');
      }
      queue = queue.length === 0 ? next.value : Buffer.concat([queue, next.value]);
    }
    const out = queue.subarray(0, n);
    queue = queue.subarray(n);

    return out;
  };
  const digests: EntryDigest[] = [];
  let manifest: Buffer | null = null;
  try {
    for (;;) {
      const type = (await need(1))[0];
      if (type === R_CLOSE) break;
      if (type !== R_ENTRY || manifest) throw new BackupError('damaged');
      const nameLength = (await need(4)).readUInt32BE(0);
      if (nameLength === 0 || nameLength > 4096) throw new BackupError('damaged');
      const name = Buffer.from(await need(nameLength)).toString('utf8');
      const isManifest = name === options.manifestName;
      const sink = isManifest ? null : ((await options.onEntry?.(name)) ?? null);
      const hash = createHash('sha256');
      const parts: Buffer[] = [];
      let size = 0;
      for (;;) {
        const t = (await need(1))[0];
        if (t === R_END) break;
        if (t !== R_DATA) throw new BackupError('damaged');
        const length = (await need(4)).readUInt32BE(0);
        const part = Buffer.from(await need(length));
        hash.update(part);
        size += part.length;
        if (isManifest) parts.push(part);
        else if (sink) await sink.write(part);
      }
      if (sink) await sink.end();
      if (isManifest) manifest = Buffer.concat(parts);
      else digests.push({ name, size, sha256: hash.digest('hex') });
    }
    // The last chunk must come right after the close record: nothing may follow.
    const rest = await chunks.next();
    if (!rest.done || queue.length > 0) throw new BackupError('damaged');
  } finally {
    await chunks.return(undefined);
  }
  if (!manifest) throw new BackupError('damaged');

  return { digests, manifest };
};
