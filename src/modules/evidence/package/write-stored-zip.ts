import zlib from 'node:zlib';

/**
 * A ZIP writer for stored (uncompressed) entries only, as WACZ asks for: each file's bytes sit in the
 * ZIP unchanged, so a recipient can range-read a WARC and a flipped byte stays a flipped byte. Written
 * here instead of fflate's zipSync because that computes CRC-32 in JavaScript, about eight times
 * slower than zlib.crc32 (measured: 1.16 s against 0.15 s for 110 MB); reading still uses fflate, so
 * the verifier does not share code with the writer.
 */
export type ZipEntry = { name: string; bytes: Uint8Array };

const MAX_32 = 0xffffffff;

const dosDateTime = (d: Date) => ({
  time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  date: (Math.max(d.getUTCFullYear() - 1980, 0) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
});

export const writeStoredZip = (entries: ZipEntry[], modified: Date): Buffer => {
  if (entries.length > 0xffff) throw new Error('too many files for a ZIP without ZIP64');
  const { time, date } = dosDateTime(modified);
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.bytes.byteLength;
    if (size > MAX_32 || offset > MAX_32) throw new Error('package too large for a ZIP without ZIP64');
    const crc = zlib.crc32(entry.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(size, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, entry.bytes);
    offset += local.length + name.length + size;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);

  return Buffer.concat([...parts, centralBytes, end]);
};
