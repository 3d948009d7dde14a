import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { checkContentLinks } from './check-content-links.ts';
import { createThroughForm, versionIdFrom } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('link checker for published content (issue 18, bad input)', () => {
  it('lists links to pages that do not exist and sites that fail, for the communications role', async () => {
    const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const reviewer = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const nl = 'Zie [de oude pagina](/informatie/bestaat-niet) en [de kapotte site](https://kapot.example/pad).\n\n>> Naar jongeren | /informatie/jongeren\n\n>> Werkt | https://werkt.example/';
    const id = await createThroughForm(author.client, { slug: 'met-links', kind: 'page', nl });
    await reviewer.client.post(`/inhoud/versies/${await versionIdFrom(reviewer.client, id, 1)}/goedkeuren`);
    const asked: string[] = [];
    const broken = await checkContentLinks(t.ctx, async (url) => {
      asked.push(url);
      return url.includes('kapot') ? 404 : 200;
    });
    expect(broken.filter((b) => b.slug === 'met-links').map((b) => `${b.href} ${b.problem}`).sort()).toEqual(['/informatie/bestaat-niet unknownPage', 'https://kapot.example/pad httpError']);
    // The default pages link only to pages that exist.
    expect(broken.filter((b) => b.slug !== 'met-links' && b.problem === 'unknownPage')).toEqual([]);
    expect(asked).toContain('https://werkt.example/');
    // Each external address is tried once, however often it is used.
    expect(asked.filter((u) => u === 'https://stopitnow.nl/')).toHaveLength(1);
    const page = await author.client.get('/inhoud/links');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/informatie/bestaat-niet');
    expect(page.body).toContain('deze pagina bestaat niet');
    expect(page.body).toContain('de site geeft een foutmelding');
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await intake.client.get('/inhoud/links')).statusCode).toBe(403);
  });
});
