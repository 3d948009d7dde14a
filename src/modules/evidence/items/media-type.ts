/**
 * The media type of a file from its first bytes ("magic numbers"), never from its name or from what
 * a browser claimed. Unknown binary data is application/octet-stream.
 */
type Signature = { type: string; offset?: number; bytes: number[] };

const SIGNATURES: Signature[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/bmp', bytes: [0x42, 0x4d] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'image/x-icon', bytes: [0x00, 0x00, 0x01, 0x00] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'application/vnd.rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { type: 'video/x-matroska', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { type: 'audio/mpeg', bytes: [0x49, 0x44, 0x33] },
  { type: 'audio/ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);

const ascii = (data: Uint8Array, from: number, to: number) => String.fromCharCode(...data.subarray(from, to));

/** RIFF containers (WEBP, AVI, WAV) and ISO media (MP4, MOV, HEIC, AVIF) carry their kind further in. */
const container = (data: Uint8Array): string | undefined => {
  if (data.length >= 12 && ascii(data, 0, 4) === 'RIFF') {
    const form = ascii(data, 8, 12);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'AVI ') return 'video/x-msvideo';
    if (form === 'WAVE') return 'audio/wav';
  }
  if (data.length >= 12 && ascii(data, 4, 8) === 'ftyp') {
    const brand = ascii(data, 8, 12);
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (['avif', 'avis'].includes(brand)) return 'image/avif';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand.startsWith('M4A')) return 'audio/mp4';

    return 'video/mp4';
  }

  return undefined;
};

/** Text when the sample is valid UTF-8 without NUL bytes. */
const looksLikeText = (data: Uint8Array): boolean => {
  if (data.length === 0 || data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, 4096));
    return true;
  } catch {
    // A multi-byte character cut at 4096 is still text; anything else is not.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, 4093));
      return true;
    } catch {
      return false;
    }
  }
};

const textKind = (data: Uint8Array): string => {
  const head = new TextDecoder().decode(data.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'text/html';
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'image/svg+xml';
  if (head.startsWith('<?xml')) return 'application/xml';
  if (head.startsWith('warc/1.')) return 'application/warc';

  return 'text/plain';
};

export const sniffMediaType = (data: Uint8Array): string => {
  for (const s of SIGNATURES) {
    if (startsWith(data, s.bytes, s.offset)) return s.type;
  }
  const inContainer = container(data);
  if (inContainer) return inContainer;
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return textKind(data.subarray(3));
  if (looksLikeText(data)) return textKind(data);

  return 'application/octet-stream';
};

/** Image, video and audio: never rendered, previewed or thumbnailed (DESIGN §3 rule 1). */
export const isVisualMedia = (mediaType: string): boolean => /^(image|video|audio)\//.test(mediaType);
