/**
 * Reporter uploads: limits and a type check on the content itself (magic bytes), never on the name or
 * the browser's claim. Files are never previewed or thumbnailed (hard rule 1).
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 5;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;

export type DetectedType = 'pdf' | 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'text' | 'office';

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

const looksLikeText = (buf: Buffer): boolean => {
  const sample = buf.subarray(0, 4096);
  if (sample.includes(0)) return false;

  return !new TextDecoder('utf-8', { fatal: false }).decode(sample).includes('\uFFFD');
};

export const detectFileType = (buf: Buffer): DetectedType | null => {
  if (buf.length === 0) return null;
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(buf, [0x66, 0x74, 0x79, 0x70], 4)) {
    const brand = buf.subarray(8, 12).toString('latin1');
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  // Word, Excel or OpenDocument: a ZIP whose first entry names the office format.
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const head = buf.subarray(0, 2000).toString('latin1');
    if (head.includes('[Content_Types].xml') || head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'office';
    return null;
  }
  if (looksLikeText(buf)) return 'text';

  return null;
};

/** The name we give a file on download: never the reporter's own name or extension. */
export const EXTENSIONS: Record<DetectedType, string> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  text: 'txt',
  office: 'bin',
};
