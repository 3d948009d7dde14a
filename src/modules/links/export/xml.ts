// Characters XML 1.0 does not allow at all (most control characters, lone surrogates, U+FFFE/FFFF).
// Text from reports and ads may hold them; they are dropped so every export stays well-formed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming the allowed control characters is the point
const ILLEGAL = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML attribute or element. */
export const xml = (value: string | number | null | undefined): string =>
  String(value ?? '')
    .replace(ILLEGAL, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
