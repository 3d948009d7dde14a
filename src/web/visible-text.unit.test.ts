import { describe, expect, it } from 'vitest';
import { visibleText } from './visible-text.ts';

/** Characters that change or hide what a reader sees, each with the label a page must show instead. */
const CORPUS: Array<[string, string]> = [
  ['foto\u202Egpj.exe', 'foto⟨U+202E⟩gpj.exe'],
  ['\u202Aleft\u202C \u202Bright\u202C', '⟨U+202A⟩left⟨U+202C⟩ ⟨U+202B⟩right⟨U+202C⟩'],
  ['\u2066isolaat\u2069 \u2067rtl\u2069 \u2068first\u2069', '⟨U+2066⟩isolaat⟨U+2069⟩ ⟨U+2067⟩rtl⟨U+2069⟩ ⟨U+2068⟩first⟨U+2069⟩'],
  ['mark\u200E \u200F \u061C', 'mark⟨U+200E⟩ ⟨U+200F⟩ ⟨U+061C⟩'],
  ['06\u200B12\u200B34\u200B56\u200B78', '06⟨U+200B⟩12⟨U+200B⟩34⟨U+200B⟩56⟨U+200B⟩78'],
  ['\uFEFFbom \u2060wj \u00ADshy', '⟨U+FEFF⟩bom ⟨U+2060⟩wj ⟨U+00AD⟩shy'],
  ['bel\u0007 esc\u001B[31m del\u007F c1\u0085', 'bel⟨U+0007⟩ esc⟨U+001B⟩[31m del⟨U+007F⟩ c1⟨U+0085⟩'],
  ['nul\u0000', 'nul⟨U+0000⟩'],
  ['hangul\u3164filler\u115F', 'hangul⟨U+3164⟩filler⟨U+115F⟩'],
  ['tag\u{E0041}\u{E007F}', 'tag⟨U+E0041⟩⟨U+E007F⟩'],
];

describe('visibleText', () => {
  it.each(CORPUS)('shows %j as %j', (input, shown) => {
    expect(visibleText(input)).toBe(shown);
  });

  it('leaves ordinary text, line breaks, tabs, emoji and joiners alone', () => {
    for (const ok of ['Gewone tekst, één café.', 'regel 1\nregel 2\r\n\tingesprongen', '👩‍👩‍👧 ❤️ 🇳🇱', 'می‌خواهم', 'שלום עולם', 'مرحبا']) {
      expect(visibleText(ok)).toBe(ok);
    }
    expect(visibleText(null)).toBe('');
  });
});
