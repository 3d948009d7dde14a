import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { signedInAs, type TestUser } from '../../../test/support/factories.ts';
import { insertTestReport } from '../cases/testing.ts';
import { findWhereSeen, recordOccurrences } from '../identifiers/index.ts';
import { listIdentifierAlerts, watchIdentifier } from '../identifiers/testing.ts';
import { insertAlert } from '../intake/testing.ts';
import { createSource, type ExtractedAd, monitorAlerts, TEST_SITE_RULES, storeAd } from '../monitor/testing.ts';

/**
 * The start page's "Voor u" list: each module counts what waits for the user (unread watch alerts,
 * unread monitor alerts, urgent reports nobody has seen), only for roles that may open the link.
 */
let t: TestApp;
let investigator: TestUser & { client: TestClient };
let intake: TestUser & { client: TestClient };
let monitorAlertId = '';
let adId = '';

type Line = { href: string; label: string; count: string };

/** The lines of the "Voor u" list as the user sees them. */
const noticesOn = (html: string): Line[] => {
  const start = html.indexOf('data-testid="home-notices"');
  if (start < 0) return [];
  const list = html.slice(start, html.indexOf('</ul>', start));

  return [...list.matchAll(/<a class="utrecht-link" href="([^"]+)">([^<]+)<\/a>: <span data-testid="home-notice-count">([^<]+)<\/span>/g)].map((m) => ({
    href: m[1] ?? '',
    label: m[2] ?? '',
    count: m[3] ?? '',
  }));
};

const record = async (sourceId: string, text: string) => {
  const result = await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: sourceId }, field: 'body', text });
  if (!result.ok) throw new Error(result.reason);
};

const ad: ExtractedAd = {
  title: 'Testadvertentie (voor u)',
  text: 'Een fictieve advertentie voor de test van de startpagina. Bel 06-12347711.',
  place: 'Zwolle',
  statedAge: 21,
  price: null,
  postedAt: '2026-11-10T10:00:00Z',
  contact: null,
  imageUrls: [],
};

beforeAll(async () => {
  t = await createTestApp();
  investigator = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  intake = await signedInAs(t.ctx, t.staffApp, ['intake']);

  // A watch alert: the investigator follows an IBAN, which then turns up in another place.
  await record('home-ad-1', 'Betaal op NL91 ABNA 0417 1643 00');
  const seen = await findWhereSeen(t.ctx.db, { kind: 'iban', key: 'NL91ABNA0417164300', mayOpen: () => true });
  await watchIdentifier(t.ctx.db, { identifierId: seen?.identifier.id as number, userId: investigator.user.id });
  await record('home-ad-2', 'iban nl91abna0417164300');

  // A monitor alert for the investigator on a stored ad (the dossier match itself is tested in monitor).
  const source = await createSource(
    t.ctx.db,
    {
      name: 'Testadvertenties (startpagina)',
      startUrls: ['https://advertenties.example.org/'],
      allowedUrlPatterns: ['^https://advertenties\\.example\\.org/'],
      selectors: TEST_SITE_RULES,
      legalBasis: 'Openbare advertenties, testgegevens (fictief).',
    },
    null,
  );
  if (!source.ok) throw new Error('test source refused');
  const stored = await storeAd(t.ctx.db, { sourceId: source.source.id, url: 'https://advertenties.example.org/ad/home', ad });
  adId = stored.adId;
  const [row] = await t.ctx.db
    .insert(monitorAlerts)
    .values({ adId: stored.adId, dossierId: randomUUID(), identifierId: seen?.identifier.id as number, via: 'ad', ownerUserId: investigator.user.id })
    .returning({ id: monitorAlerts.id });
  monitorAlertId = row?.id ?? '';

  // An urgent report nobody has marked seen.
  const report = await insertTestReport(t.ctx, {});
  await insertAlert(t.ctx.db, report.id, 'danger_now');
});

afterAll(async () => {
  await t?.close();
});

describe('the start page says what waits for you', () => {
  it('an investigator sees their unread watch alert and monitor alert, with counts and links, and no urgent reports', async () => {
    const res = await investigator.client.get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Voor u');
    expect(noticesOn(res.body)).toEqual([
      { href: '/identificatoren#meldingen', label: 'Meldingen over identificatoren die u volgt, nog niet gelezen', count: '1' },
      { href: '/monitor/meldingen', label: 'Meldingen van de online monitor, nog niet gelezen', count: '1' },
    ]);
    expect(res.body).not.toContain('data-testid="home-notices-none"');
    // The links lead to pages that list the alerts.
    expect((await investigator.client.get('/identificatoren')).body).toContain('id="meldingen"');
  });

  it('after marking both read the lines are gone and one sentence says nothing waits', async () => {
    const [watchAlert] = await listIdentifierAlerts(t.ctx.db, investigator.user.id, { unreadOnly: true });
    await investigator.client.get('/identificatoren');
    expect((await investigator.client.post(`/identificatoren/meldingen/${watchAlert?.id}/gelezen`)).statusCode).toBe(303);
    expect((await investigator.client.post(`/monitor/meldingen/${monitorAlertId}/gelezen`)).statusCode).toBe(303);

    const res = await investigator.client.get('/');
    expect(noticesOn(res.body)).toEqual([]);
    expect(res.body).toContain('Er wacht nu niets nieuws op u.');
  });

  it('an intake user sees the urgent report, never monitor or identifier lines', async () => {
    const res = await intake.client.get('/');
    expect(noticesOn(res.body)).toEqual([{ href: '/meldingen#signalen', label: 'Urgente meldingen die nog niemand heeft gezien', count: '1' }]);
    expect(res.body).not.toContain('/monitor/meldingen');
    expect(res.body).not.toContain('/identificatoren');
  });

  it('in English too', async () => {
    await intake.client.get('/taal/en');
    const res = await intake.client.get('/');
    expect(res.body).toContain('For you');
    expect(noticesOn(res.body)).toEqual([{ href: '/meldingen#signalen', label: 'Urgent reports nobody has marked seen yet', count: '1' }]);
  });

  it('stops counting past 99 and says "meer dan 99"', async () => {
    const busy = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const rows = Array.from({ length: 100 }, (_, i) => ({ adId, dossierId: randomUUID(), identifierId: i + 1, via: 'ad', ownerUserId: busy.user.id }));
    await t.ctx.db.insert(monitorAlerts).values(rows);
    expect(noticesOn((await busy.client.get('/')).body)).toEqual([
      { href: '/monitor/meldingen', label: 'Meldingen van de online monitor, nog niet gelezen', count: 'meer dan 99' },
    ]);
  });
});
