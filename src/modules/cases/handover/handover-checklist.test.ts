import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { listHandovers } from '../queries/handover.ts';
import { createDossierVia, formHtml, inputValue, postRefused } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Client = Awaited<ReturnType<typeof signedInAs>>['client'];

/** The checklist as a user reads it: one line per item, with its state and its links. */
const checklist = (html: string) => {
  const start = html.indexOf('data-testid="handover-checklist"');
  const list = start < 0 ? '' : html.slice(start, html.indexOf('</ol>', start));
  return Object.fromEntries(
    [...list.matchAll(/<li[^>]*data-item="([a-z]+)"[^>]*data-state="([a-z]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, { state: m[2]!, html: m[3]! }]),
  );
};

const setStatus = async (client: Client, id: string, status: string) => {
  const page = await client.get(`/dossiers/${id}`);
  const res = await client.post(`/dossiers/${id}/status`, { status, versie: inputValue(formHtml(page.body, `/dossiers/${id}/status`), 'versie')! });
  expect(res.statusCode).toBe(303);
};

/** The text of the error summary, and where it sits on the page. */
const errorSummary = (html: string) => {
  const at = html.indexOf('id="fouten"');
  return { at, html: at < 0 ? '' : html.slice(at, html.indexOf('</div>', at)) };
};

describe('the handover page says what is missing (issue 14 finding 12)', () => {
  it('shows a checklist before the request button with each item, its state and a link to fix it', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const page = (await inv.client.get(`/dossiers/${id}/overdracht`)).body;
    const items = checklist(page);
    expect(Object.keys(items)).toEqual(['status', 'basis', 'approval']);
    expect(items.status?.state).toBe('todo');
    expect(items.status?.html).toContain('open → in onderzoek → besluit');
    expect(items.status?.html).toContain(`href="/dossiers/${id}#status-status"`);
    expect(items.basis?.state).toBe('todo');
    expect(items.basis?.html).toContain(`href="/dossiers/${id}/toestemming#toestemming-doel"`);
    expect(items.basis?.html).toContain(`href="/dossiers/${id}/toestemming#uitzondering-doel"`);
    expect(items.approval?.state).toBe('todo');
    expect(items.approval?.html).toContain('teamleider');
    // Each link goes to the section page that holds its form.
    for (const href of [`/dossiers/${id}#status-status`, `/dossiers/${id}/toestemming#toestemming-doel`, `/dossiers/${id}/toestemming#uitzondering-doel`]) {
      const [path, target] = href.split('#');
      expect((await inv.client.get(path!)).body, href).toContain(`id="${target}"`);
    }
    // Before the button.
    expect(page.indexOf('data-testid="handover-checklist"')).toBeLessThan(page.indexOf(`action="/dossiers/${id}/overdracht"`));
  });

  it('a refused request lands with an error summary at the top that says the whole path, in plain Dutch', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/overdracht`);

    const refused = await postRefused(inv.client, `/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' });
    expect(refused.statusCode).toBe(400);
    const summary = errorSummary(refused.body);
    expect(summary.at).toBeGreaterThan(0);
    expect(summary.at).toBeLessThan(refused.body.indexOf('id="overdracht"'));
    expect(summary.html).toContain('open → in onderzoek → besluit');
    expect(summary.html).toContain('eerst op ‘in onderzoek’');
    expect(summary.html).toContain('Er is geen toestemming voor overdracht aan politie/OM');
    expect(summary.html).not.toContain('Van ‘open’ kan het dossier niet');
    const anchor = /href="#([^"]+)"/.exec(summary.html)?.[1];
    expect(refused.body).toContain(`id="${anchor}"`);
    // What was typed stays.
    expect(inputValue(formHtml(refused.body, `/dossiers/${id}/overdracht`), 'ontvanger')).toBe('Politie (fictief)');

    // With consent, in 'in onderzoek': still refused, and the message says the one step left.
    await inv.client.post(`/dossiers/${id}/toestemmingen`, { doel: 'police_om', door: 'victim', wijze: 'spoken', reikwijdte: 'Overdracht (test)', datum: '2026-11-22' });
    await setStatus(inv.client, id, 'investigation');
    const again = await postRefused(inv.client, `/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' });
    expect(again.statusCode).toBe(400);
    const second = errorSummary(again.body).html;
    expect(second).toContain('Het staat nu op ‘in onderzoek’');
    expect(second).toContain('op ‘besluit’');
    expect(second).not.toContain('toestemming voor overdracht');
    expect(checklist(again.body).basis?.state).toBe('done');

    // In 'besluit' the request goes through; the checklist then waits for the second person.
    await setStatus(inv.client, id, 'decision');
    expect((await inv.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' })).statusCode).toBe(303);
    const [h] = await listHandovers(t.ctx.db, id);
    const after = checklist((await inv.client.get(`/dossiers/${id}/overdracht`)).body);
    expect(after.status?.state).toBe('done');
    expect(after.approval?.state).toBe('waiting');
    expect(after.approval?.html).toContain(`href="/dossiers/${id}/overdracht#overdracht-${h!.id}"`);
  });

  it('gives the dossier overview a short summary at the top with links to the section pages', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'possible_victim', naam: 'Testmeisje Q. (fictief)' });
    const page = (await inv.client.get(`/dossiers/${id}`)).body;
    const start = page.indexOf('data-testid="dossier-summary"');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(page.indexOf('id="overzicht"'));
    const summary = page.slice(start, page.indexOf('</dl>', start));
    expect(summary).toContain('Open');
    expect(summary).toContain(`href="/dossiers/${id}/personen">1 persoon`);
    expect(summary).toContain(`href="/dossiers/${id}/overdracht#overdracht-nodig">0 van 3 klaar`);
  });
});
