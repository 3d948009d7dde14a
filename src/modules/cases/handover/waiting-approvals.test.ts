import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs, type TestUser } from '../../../../test/support/factories.ts';
import { listExceptions } from '../queries/consent.ts';
import { listHandovers } from '../queries/handover.ts';
import { createDossierVia, formHtml, inputValue } from '../testing.ts';

/**
 * Issue 14 finding 11: a supervisor's start page lists each handover and each consent exception that
 * waits for a second person, with a link to the form that approves it. Only supervisors may approve,
 * and never their own request: the requester and other roles are not told to approve it.
 */
let t: TestApp;
// Referral follow-up dates are days; the clock decides which have come.
const clock = testClock('2026-11-25T10:00:00Z');
type Staff = TestUser & { client: TestClient };
let investigator: Staff;
let supA: Staff;
let supB: Staff;
let intake: Staff;
let dossierId = '';

type Line = { href: string; count: string; items: { href: string; text: string }[] };

/** One "Voor u" line of the start page, found by its label, with its count and item links. */
const lineOn = (html: string, label: string): Line | null => {
  const start = html.indexOf('data-testid="home-notices"');
  if (start < 0) return null;
  const list = html.slice(start, html.indexOf('<h2', start));
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<a class="utrecht-link" href="([^"]+)">${escaped}</a>: <span data-testid="home-notice-count">([^<]+)</span>(.*?)</li>\\s*(?:</ul>\\s*</li>|$)`, 's').exec(list);
  if (!m) return null;
  const items = [...(m[3] ?? '').matchAll(/<a class="utrecht-link" href="([^"]+)">([^<]+)<\/a>/g)].map((i) => ({ href: i[1] ?? '', text: i[2] ?? '' }));

  return { href: m[1] ?? '', count: m[2] ?? '', items };
};

const HANDOVERS = 'Overdrachten die wachten op uw goedkeuring';
const EXCEPTIONS = 'Uitzonderingen die wachten op uw besluit';

const home = async (s: Staff) => (await s.client.get('/')).body;

beforeAll(async () => {
  t = await createTestApp({ clock });
  investigator = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  supA = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  supB = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  intake = await signedInAs(t.ctx, t.staffApp, ['intake']);

  dossierId = await createDossierVia(investigator.client, { title: 'Wachttest meisje (fictief)' });
  for (const status of ['investigation', 'decision']) {
    const p = await investigator.client.get(`/dossiers/${dossierId}`);
    const res = await investigator.client.post(`/dossiers/${dossierId}/status`, { status, versie: inputValue(formHtml(p.body, `/dossiers/${dossierId}/status`), 'versie')! });
    expect(res.statusCode).toBe(303);
  }
  const consent = await investigator.client.post(`/dossiers/${dossierId}/toestemmingen`, {
    doel: 'police_om',
    door: 'reporter',
    wijze: 'written',
    reikwijdte: 'Overdracht aan de politie (test)',
    datum: '2026-11-20',
  });
  expect(consent.statusCode).toBe(303);
});

afterAll(async () => {
  await t?.close();
});

describe('what waits for a second person, on the start page', () => {
  it('before anything is requested, no supervisor sees either line', async () => {
    expect(lineOn(await home(supA), HANDOVERS)).toBeNull();
    expect(lineOn(await home(supA), EXCEPTIONS)).toBeNull();
  });

  it('a handover an investigator requested is listed for every supervisor, with a link to its approve form; not for the investigator or intake', async () => {
    const res = await investigator.client.post(`/dossiers/${dossierId}/overdracht`, { ontvanger: 'Politie, team mensenhandel (fictief)' });
    expect(res.statusCode).toBe(303);
    const [handover] = await listHandovers(t.ctx.db, dossierId);

    for (const sup of [supA, supB]) {
      const line = lineOn(await home(sup), HANDOVERS);
      expect(line).toEqual({
        href: '/dossiers',
        count: '1',
        items: [{ href: `/dossiers/${dossierId}/overdracht#overdracht-${handover!.id}`, text: 'Overdracht goedkeuren: Wachttest meisje (fictief)' }],
      });
    }
    expect(lineOn(await home(investigator), HANDOVERS)).toBeNull();
    expect(lineOn(await home(intake), HANDOVERS)).toBeNull();

    // The dossier's overview says it waits, with a link to the request.
    const overview = (await supA.client.get(`/dossiers/${dossierId}`)).body;
    const todo = overview.slice(overview.indexOf('data-testid="dossier-to-do"'));
    expect(todo.slice(0, todo.indexOf('</ul>'))).toContain(`href="/dossiers/${dossierId}/overdracht#overdracht-${handover!.id}">1 overdracht wacht op goedkeuring`);

    // The link lands on the approve form of that handover.
    const page = await supA.client.get(`/dossiers/${dossierId}/overdracht`);
    const item = page.body.slice(page.body.indexOf(`id="overdracht-${handover!.id}"`));
    expect(item.slice(0, item.indexOf('</li>'))).toContain(`action="/dossiers/${dossierId}/overdracht/${handover!.id}/goedkeuren"`);

    // Approved: the line goes for everyone.
    expect((await supA.client.post(`/dossiers/${dossierId}/overdracht/${handover!.id}/goedkeuren`)).statusCode).toBe(303);
    expect(lineOn(await home(supA), HANDOVERS)).toBeNull();
    expect(lineOn(await home(supB), HANDOVERS)).toBeNull();
  });

  it('an exception a supervisor requested is listed for the other supervisor only, with a link to the decision form', async () => {
    const res = await supA.client.post(`/dossiers/${dossierId}/uitzonderingen`, { doel: 'zvh_sharing', grond: 'acute_danger', reden: 'Zij is vannacht in gevaar (test)' });
    expect(res.statusCode).toBe(303);
    const [exception] = await listExceptions(t.ctx.db, dossierId);

    expect(lineOn(await home(supB), EXCEPTIONS)).toEqual({
      href: '/dossiers',
      count: '1',
      items: [{ href: `/dossiers/${dossierId}/toestemming#uitzondering-${exception!.id}`, text: 'Uitzondering beoordelen: Wachttest meisje (fictief)' }],
    });
    // The requester is not told to decide on their own request, neither on the start page nor on the dossier.
    expect(lineOn(await home(supA), EXCEPTIONS)).toBeNull();
    expect((await supA.client.get(`/dossiers/${dossierId}/toestemming`)).body).not.toContain(`action="/dossiers/${dossierId}/uitzonderingen/${exception!.id}/besluit"`);
    expect(lineOn(await home(investigator), EXCEPTIONS)).toBeNull();

    const page = await supB.client.get(`/dossiers/${dossierId}/toestemming`);
    expect(page.body).toContain(`action="/dossiers/${dossierId}/uitzonderingen/${exception!.id}/besluit"`);
    expect((await supB.client.post(`/dossiers/${dossierId}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'approved', toelichting: 'Akkoord (test)' })).statusCode).toBe(303);
    expect(lineOn(await home(supB), EXCEPTIONS)).toBeNull();
  });

  it('in English the lines speak English', async () => {
    const res = await supA.client.post(`/dossiers/${dossierId}/uitzonderingen`, { doel: 'care_referral', grond: 'acute_danger', reden: 'Tweede verzoek (test)' });
    expect(res.statusCode).toBe(303);
    await supB.client.get('/taal/en');
    const html = await home(supB);
    expect(lineOn(html, 'Exceptions waiting for your decision')?.items[0]?.text).toBe('Decide on exception: Wachttest meisje (fictief)');
    await supB.client.get('/taal/nl');
  });
});
