import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, findReportByNumber } from '../../intake/testing.ts';
import { listHandovers } from '../queries/handover.ts';
import { createDossierVia, formHtml, inputValue } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Client = Awaited<ReturnType<typeof signedInAs>>['client'];

/** The words of a PDF as a reader sees them: every text run, hex-decoded from the inflated streams. */
const pdfText = (pdf: Buffer): string => {
  const raw = pdf.toString('latin1');
  const runs: string[] = [];
  for (let at = raw.indexOf('stream\n'); at >= 0; at = raw.indexOf('stream\n', at + 1)) {
    const end = raw.indexOf('endstream', at);
    let text: string;
    try {
      text = inflateSync(pdf.subarray(at + 7, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/\[([^\]]*)\] TJ/g)) {
      runs.push([...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
    at = end;
  }

  return runs.join(' ').replace(/\s+/g, ' ');
};

const setStatus = async (client: Client, id: string, status: string) => {
  const page = await client.get(`/dossiers/${id}`);
  expect((await client.post(`/dossiers/${id}/status`, { status, versie: inputValue(formHtml(page.body, `/dossiers/${id}/status`), 'versie')! })).statusCode).toBe(303);
};

describe('no raw internal text (issue 14 finding 16)', () => {
  it('the timeline speaks Dutch, plan step 3 does not assume a girl, and the package PDF says the consent in words', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(inv.client, { priority: 'urgent' });
    const page = (await inv.client.get(`/dossiers/${id}/tijdlijn`)).body;
    const timeline = page.slice(page.indexOf('id="tijdlijn"'), page.indexOf('</section>', page.indexOf('id="tijdlijn"')));
    expect(timeline).toContain('prioriteit: Spoed');
    expect(timeline).not.toContain('priority: urgent');
    const plan = (await inv.client.get(`/dossiers/${id}/plan`)).body;
    expect(plan).toContain('Signalen bespreken met de jongere (en de ouders)');
    expect(plan).not.toContain('het meisje');

    await inv.client.post(`/dossiers/${id}/toestemmingen`, {
      doel: 'police_om',
      door: 'victim',
      naam: 'Testmeisje R. (fictief)',
      wijze: 'spoken',
      reikwijdte: 'Alles wat in het dossier staat (test)',
      datum: '2026-11-22',
    });
    await setStatus(inv.client, id, 'investigation');
    await setStatus(inv.client, id, 'decision');
    expect((await inv.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' })).statusCode).toBe(303);
    const [h] = await listHandovers(t.ctx.db, id);
    expect((await sup.client.post(`/dossiers/${id}/overdracht/${h!.id}/goedkeuren`)).statusCode).toBe(303);
    const files = unzipSync((await inv.client.get(`/dossiers/${id}/overdracht/${h!.id}/pakket.zip`)).rawPayload);
    const text = pdfText(Buffer.from(files['overdracht.pdf']!));
    expect(text).toContain('Grondslag: toestemming van het (mogelijke) slachtoffer (Testmeisje R. (fictief)), gegeven op 22 november 2026 (mondeling)');
    expect(text).toContain('Alles wat in het dossier staat (test)');
    expect(text).not.toMatch(/consent:[0-9a-f]/);
    expect(text).toContain("Weging van de risico's");
    const json = JSON.parse(Buffer.from(files['dossier.json']!).toString('utf8')) as { basis: string; basisText: string };
    expect(json.basis).toMatch(/^consent:/);
    expect(json.basisText).toContain('toestemming van het (mogelijke) slachtoffer');
  });

  it('the public form says "niet verplicht" once per question and numbers the files step like the others', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    expect((await client.post('/melden/start')).statusCode).toBe(303);
    const wat = (await client.get('/melden/wat')).body;
    expect(wat.match(/niet verplicht/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const files = (await client.get('/melden/bestanden')).body;
    expect(files).toMatch(/Vraag 7 van \d+/);
  });

  it('a report whose number is only in the free text does not say "no phone numbers" above the recognised number', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp), {
      ...ANONYMOUS_REPORT,
      wie: { reporterKind: 'hotel' },
      wat: { whatHappened: 'Hotel (test): een meisje kwam met een oudere man. Hij belde vanaf 06 1234 0077.', signals: [] },
      online: { phones: '', emails: '', urls: '', handles: '', onlineOther: '' },
    });
    const report = await findReportByNumber(t.ctx.db, number);
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    let body = '';
    // The index may be filled by a job: wait until the page shows the recognised number.
    for (let i = 0; i < 50 && !/12340077|1234 ?0077/.test(body); i++) {
      body = (await intake.client.get(`/meldingen/${report!.id}`)).body;
      if (!/12340077|1234 ?0077/.test(body.slice(body.indexOf('Gegevens om na te trekken')))) {
        body = '';
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(body).not.toBe('');
    expect(body).not.toContain('De melder gaf geen telefoonnummers');
    expect(body).toContain('Wat Vangnet in de tekst van de melding herkende');
  });

  it('an empty monitor list says so once, without a pager above and below it', async () => {
    const analyst = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const page = (await analyst.client.get('/monitor')).body;
    expect(page).toContain('Nog niets gevonden.');
    expect(page).not.toContain('data-testid="pager"');
  });
});
