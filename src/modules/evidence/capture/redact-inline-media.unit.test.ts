import { describe, expect, it } from 'vitest';
import { INLINE_MEDIA_PLACEHOLDER, redactInlineMedia } from './redact-inline-media.ts';

const PNG_B64 = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex').toString('base64');
const JPEG_B64 = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex').toString('base64');

const redact = (s: string) => {
  const r = redactInlineMedia(Buffer.from(s, 'utf8'));
  return { text: r.body.toString('utf8'), removed: r.removed };
};

describe('pictures written into a page are never kept (hard rule 1)', () => {
  it('cuts data: pictures, films and sounds from HTML attributes, CSS and srcset, also when the base64 is broken over lines', () => {
    const html = [
      `<img src="data:image/png;base64,${PNG_B64}" alt="x">`,
      `<div style="background:url(data:image/jpeg;base64,${JPEG_B64})">`,
      `<img srcset="data:image/webp;base64,${JPEG_B64} 1x, /a.jpg 2x">`,
      `<video src='data:video/mp4;base64,AAAAIGZ0eXBpc29t\n  AAACAGlzb21pc28y'></video>`,
      `<audio src="DATA:AUDIO/MPEG;charset=utf-8;base64,SUQzBAAAAAAA"></audio>`,
      `<img src="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%22%3E%3C%2Fsvg%3E">`,
    ].join('\n');
    const { text, removed } = redact(html);
    expect(removed).toBe(6);
    for (const payload of [PNG_B64, JPEG_B64, 'AAAAIGZ0eXBpc29t', 'AAACAGlzb21pc28y', 'SUQzBAAAAAAA', '%3Csvg']) expect(text).not.toContain(payload);
    expect(text.split(INLINE_MEDIA_PLACEHOLDER)).toHaveLength(7);
    // The markup around them stays as it was.
    expect(text).toContain('" alt="x">');
    expect(text).toContain(' 1x, /a.jpg 2x">');
    expect(text).toContain("'></video>");
  });

  it('leaves other data: URLs, text and every other byte exactly as they were', () => {
    const html = '<a href="data:text/plain,hallo">tekst</a><p>Café “Zoë” 06‑12345678 — data:image zonder komma</p>';
    const r = redactInlineMedia(Buffer.from(html, 'utf8'));
    expect(r.removed).toBe(0);
    expect(r.body.equals(Buffer.from(html, 'utf8'))).toBe(true);
    const mixed = redact(`<p>Zoë</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">€`);
    expect(mixed.text).toBe(`<p>Zoë</p><img src="${INLINE_MEDIA_PLACEHOLDER}">€`);
  });

  it('stays fast on hostile input (megabytes of base64, many prefixes, long whitespace runs)', () => {
    const inputs = [
      `data:image/png;base64,${'A'.repeat(5_000_000)}`,
      'data:image/png;base64,'.repeat(100_000),
      `data:image/png;base64,AAAA${' '.repeat(1_000_000)}!`,
      `data:image/${'x'.repeat(1_000_000)}`,
      `data:image/png${';a=b'.repeat(200_000)}`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      const r = redactInlineMedia(Buffer.from(input, 'latin1'));
      expect(performance.now() - started, input.slice(0, 30)).toBeLessThan(2000);
      expect(r.body.toString('latin1')).not.toMatch(/base64,AAAA/);
    }
  });
});
