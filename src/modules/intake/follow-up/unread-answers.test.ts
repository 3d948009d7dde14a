import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient, signedInAs, type TestUser } from '../../../../test/support/factories.ts';
import { findReportByNumber } from '../queries.ts';
import { fillAndSubmit } from '../testing.ts';

/**
 * Issue 14 finding 10: when a reporter answers with the receipt, staff are told. The start page lists
 * "Nieuwe antwoorden van melders" with a link per report (intake: every report; others: the reports
 * assigned to them) and /meldingen marks the row "ongelezen", until the user opens the report.
 */
let t: TestApp;
let intake: TestUser & { client: TestClient };
let otherIntake: TestUser & { client: TestClient };
let supervisor: TestUser & { client: TestClient };
let investigator: TestUser & { client: TestClient };
let reporter: TestClient;
let reportId = '';
let reportNumber = '';

type Item = { href: string; text: string };

/** The links under the "Nieuwe antwoorden van melders" line of the start page, as the user sees them. */
const answersOn = (html: string): { count: string; items: Item[] } | null => {
  const start = html.indexOf('data-testid="home-notices"');
  if (start < 0) return null;
  const list = html.slice(start, html.indexOf('<h2', start));
  const line = /<a class="utrecht-link" href="\/meldingen">(?:Nieuwe antwoorden van melders|New answers from reporters)<\/a>: <span data-testid="home-notice-count">([^<]+)<\/span>(.*?)<\/li>/s.exec(list);
  if (!line) return null;
  const items = [...(line[2] ?? '').matchAll(/<a class="utrecht-link" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1] ?? '', text: m[2] ?? '' }));

  return { count: line[1] ?? '', items };
};

/** The queue row of the report, and whether it says "ongelezen". */
const queueRow = (html: string, id: string): string => {
  const at = html.indexOf(`href="/meldingen/${id}"`);
  if (at < 0) return '';
  const start = html.lastIndexOf('<tr', at);

  return html.slice(start, html.indexOf('</tr>', at));
};

beforeAll(async () => {
  t = await createTestApp();
  intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
  otherIntake = await signedInAs(t.ctx, t.staffApp, ['intake']);
  supervisor = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  investigator = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  reporter = publicClient(t.publicApp);
  const { receipt, number } = await fillAndSubmit(reporter);
  reportNumber = number;
  reportId = (await findReportByNumber(t.ctx.db, number))?.id ?? '';
  await reporter.get('/mijn-melding');
  expect((await reporter.post('/mijn-melding', { bewijscode: receipt })).statusCode).toBe(303);
});

afterAll(async () => {
  await t?.close();
});

const answer = async (text: string) => {
  const res = await reporter.post('/mijn-melding/bericht', { bericht: text });
  expect(res.statusCode).toBeLessThan(400);
};

describe('a reporter answers with the receipt and staff are told', () => {
  it('before any answer, nothing is unread', async () => {
    expect(answersOn((await intake.client.get('/')).body)).toBeNull();
    expect(queueRow((await intake.client.get('/meldingen')).body, reportId)).not.toContain('data-testid="queue-unread"');
  });

  it('after the answer, intake sees it on the start page with a link to the report, and /meldingen marks it unread', async () => {
    await answer('Ik durf niet te bellen, mijn vriend kijkt op mijn telefoon.');

    const home = answersOn((await intake.client.get('/')).body);
    expect(home).toEqual({ count: '1', items: [{ href: `/meldingen/${reportId}`, text: `Melding ${reportNumber}` }] });
    const row = queueRow((await intake.client.get('/meldingen')).body, reportId);
    expect(row).toContain('data-testid="queue-unread"');
    expect(row).toContain('Nieuw antwoord van de melder');
    expect((await intake.client.get('/meldingen')).body).toContain('>Ongelezen</th>');
  });

  it('after opening the report it is read for that user, still unread for a colleague', async () => {
    const page = await intake.client.get(`/meldingen/${reportId}`);
    expect(page.body).toContain('mijn vriend kijkt op mijn telefoon');

    expect(answersOn((await intake.client.get('/')).body)).toBeNull();
    expect(queueRow((await intake.client.get('/meldingen')).body, reportId)).not.toContain('data-testid="queue-unread"');
    expect(answersOn((await otherIntake.client.get('/')).body)?.count).toBe('1');
  });

  it('a new answer makes it unread again', async () => {
    await answer('Bel me alsjeblieft niet, stuur een bericht.');
    expect(answersOn((await intake.client.get('/')).body)?.count).toBe('1');
    expect(queueRow((await intake.client.get('/meldingen')).body, reportId)).toContain('data-testid="queue-unread"');
  });

  it('a supervisor sees it only once the report is assigned to them; an investigator who is not assigned never', async () => {
    expect(answersOn((await supervisor.client.get('/')).body)).toBeNull();
    expect(answersOn((await investigator.client.get('/')).body)).toBeNull();
    // The intake colleague assigns the report to the supervisor (that re-renders the report page for the colleague).
    await otherIntake.client.get(`/meldingen/${reportId}`);
    expect((await otherIntake.client.post(`/meldingen/${reportId}/toewijzen`, { assigneeId: supervisor.user.id })).statusCode).toBe(303);

    expect(answersOn((await supervisor.client.get('/')).body)).toEqual({ count: '1', items: [{ href: `/meldingen/${reportId}`, text: `Melding ${reportNumber}` }] });
    await supervisor.client.get(`/meldingen/${reportId}`);
    expect(answersOn((await supervisor.client.get('/')).body)).toBeNull();
  });

  it('in English too', async () => {
    await answer('Nog iets.');
    await intake.client.get('/taal/en');
    expect(answersOn((await intake.client.get('/')).body)).toEqual({ count: '1', items: [{ href: `/meldingen/${reportId}`, text: `Report ${reportNumber}` }] });
    expect(queueRow((await intake.client.get('/meldingen')).body, reportId)).toContain('New answer from the reporter');
  });
});
