import { describe, expect, it } from 'vitest';
import { captureNoteText } from './capture-note-text.ts';

/** The notes exactly as capture-web-page.ts and capture/render-page.ts write them. */
const NOTES = [
  '2 picture(s) written into the page or its style sheets (data: URLs) were removed before storing',
  'more than 200 resources: the rest was not fetched',
  'not fetched: http://127.0.0.1:9/x.js',
  'the page did not finish loading in time; the rendering shows what had loaded',
  'pictures hidden in the rendering (style sheet added after loading); image, video, audio and font requests refused',
  'page is 30000 px tall; the screenshot shows the first 20000 px',
];

describe('capture notes on a Dutch page', () => {
  it('reads every known note in Dutch, keeping its numbers and addresses', () => {
    const dutch = NOTES.map((n) => captureNoteText('nl', n));
    for (const [i, d] of dutch.entries()) expect(d, NOTES[i]).not.toBe(NOTES[i]);
    expect(dutch[0]).toContain('2 afbeelding(en)');
    expect(dutch[2]).toBe('Niet opgehaald: http://127.0.0.1:9/x.js');
    expect(dutch[5]).toContain('30000 px hoog');
  });

  it('shows an unknown note as written, and every note as written in English', () => {
    expect(captureNoteText('nl', 'iets nieuws')).toBe('iets nieuws');
    for (const n of NOTES) expect(captureNoteText('en', n)).toBe(n);
  });
});
