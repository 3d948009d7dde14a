import { describe, expect, it } from 'vitest';
import { LIMITS } from '../vocab.ts';
import { parseNote } from './parse-note.ts';

describe('parseNote (the shared command contract)', () => {
  it('gives typed input, with the version and a well-formed token only', () => {
    const r = parseNote({ tekst: '  Fictieve notitie  ', versie: '3', formulier: 'a'.repeat(32) });
    expect(r).toEqual({ ok: true, value: { text: 'Fictieve notitie', version: 3, token: 'a'.repeat(32) } });
    const odd = parseNote({ tekst: 'x', versie: '-1', formulier: 'not-a-token' });
    expect(odd.ok && odd.value).toEqual({ text: 'x', version: 0, token: null });
  });

  it('answers stable codes with Dutch and English texts on the text field', () => {
    const empty = parseNote({ tekst: '   ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems).toEqual([{ code: 'required', field: 'tekst', message: { nl: 'Vul dit in.', en: 'Fill this in.' } }]);
    const long = parseNote({ tekst: 'é'.repeat(LIMITS.longText + 1) });
    expect(!long.ok && long.problems[0]?.code).toBe('too_long');
    expect(parseNote({ tekst: ['a', 'b'] }).ok).toBe(true);
  });
});
