import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { auditEventsFor } from '../../accounts/testing.ts';
import { findPageBySlug } from '../queries.ts';
import { createThroughForm, pageForm, versionIdFrom } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('pages and campaigns the communications role edits (issue 18 point 4)', () => {
  it('a campaign goes live only after a second person approves it, with history and audit', async () => {
    const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const reviewer = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const id = await createThroughForm(author.client, { slug: 'kermis-2026', kind: 'campaign', codes: 'kermis kermis-qr', nl: '## Kermis\n\nLet op op de kermis.\n\n>> Meld het online | /melden' });
    const visitor = publicClient(t.publicApp);
    expect((await visitor.get('/c/kermis')).statusCode).toBe(404);

    // The author cannot approve their own version.
    const versionId = await versionIdFrom(reviewer.client, id, 1);
    const own = await author.client.get(`/inhoud/${id}/versies/1`);
    expect(text(own.body)).toContain('Dit is uw eigen versie');
    const selfApprove = await author.client.post(`/inhoud/versies/${versionId}/goedkeuren`);
    expect(selfApprove.statusCode).toBe(403);
    expect(text(selfApprove.body)).toContain('Een tweede persoon moet dat doen');
    expect((await visitor.get('/c/kermis')).statusCode).toBe(404);

    const approved = await reviewer.client.post(`/inhoud/versies/${versionId}/goedkeuren`);
    expect(approved.statusCode).toBe(303);
    const live = await visitor.get('/c/kermis-qr');
    expect(live.statusCode).toBe(200);
    expect(text(live.body)).toContain('Let op op de kermis.');
    // The call to action to the report form is counted for the landing path.
    expect(live.body).toContain('action="/c/kermis-qr/melden"');

    const history = await reviewer.client.get(`/inhoud/${id}`);
    expect(text(history.body)).toContain('live');
    expect(text(history.body)).toContain(author.user.email);
    expect(await auditEventsFor(t.ctx.db, 'info.page.create', id)).toHaveLength(1);
    const published = await auditEventsFor(t.ctx.db, 'info.version.publish', id);
    expect(published).toHaveLength(1);
    expect(published[0]?.actorUserId).toBe(reviewer.user.id);
  });

  it('edits a default page with a preview, then approval; roll back proposes the old text again', async () => {
    const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const reviewer = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const page = await findPageBySlug(t.ctx.db, 'taxi');
    expect(page?.latestVersion).toBe(1);
    const id = page?.id ?? '';
    const editor = await author.client.get(`/inhoud/${id}/bewerken`);
    expect(editor.body).toContain('half uur later');
    expect(editor.body).toContain('name="basis" value="1"');

    const preview = await author.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 1, nl: '## Nieuwe kop voor chauffeurs', extra: { actie: 'voorbeeld' } }));
    expect(preview.statusCode).toBe(200);
    expect(text(preview.body)).toContain('Voorbeeld (nog niet opgeslagen)');
    expect(preview.body).toContain('<h2 class="utrecht-heading-2">Nieuwe kop voor chauffeurs</h2>');
    expect((await findPageBySlug(t.ctx.db, 'taxi'))?.latestVersion).toBe(1);

    const saved = await author.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 1, nl: '## Nieuwe kop voor chauffeurs', reason: 'Kortere tekst' }));
    expect(saved.statusCode).toBe(303);
    // Not live yet.
    expect(text((await publicClient(t.publicApp).get('/informatie/taxi')).body)).toContain('half uur later');
    const v2 = await versionIdFrom(reviewer.client, id, 2);
    expect((await reviewer.client.post(`/inhoud/versies/${v2}/goedkeuren`)).statusCode).toBe(303);
    const now = text((await publicClient(t.publicApp).get('/informatie/taxi')).body);
    expect(now).toContain('Nieuwe kop voor chauffeurs');
    expect(now).not.toContain('half uur later');

    // Roll back to version 1: a new proposed version 3 with the old text, live after approval.
    expect((await author.client.post(`/inhoud/${id}/terugzetten`, { versie: '1' })).statusCode).toBe(303);
    const v3 = await versionIdFrom(reviewer.client, id, 3);
    expect(text((await reviewer.client.get(`/inhoud/${id}/versies/3`)).body)).toContain('Terug naar versie 1');
    expect((await reviewer.client.post(`/inhoud/versies/${v3}/goedkeuren`)).statusCode).toBe(303);
    expect(text((await publicClient(t.publicApp).get('/informatie/taxi')).body)).toContain('half uur later');
    const history = text((await reviewer.client.get(`/inhoud/${id}`)).body);
    expect(history).toContain('Kortere tekst');
    expect(history).toContain('vervangen');
    expect(await auditEventsFor(t.ctx.db, 'info.version.rollback', id)).toHaveLength(1);
  });

  it('two editors saving the same page: the second gets 409 with both versions, nothing lost', async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const b = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const id = (await findPageBySlug(t.ctx.db, 'hotels'))?.id ?? '';
    await a.client.get(`/inhoud/${id}/bewerken`);
    await b.client.get(`/inhoud/${id}/bewerken`);
    expect((await a.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 1, nl: 'Tekst van redacteur A.' }))).statusCode).toBe(303);
    const clash = await b.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 1, nl: 'Tekst van redacteur B.' }));
    expect(clash.statusCode).toBe(409);
    expect(clash.body).toContain('Tekst van redacteur A.');
    expect(clash.body).toContain('Tekst van redacteur B.');
    expect(clash.body).toContain('name="basis" value="2"');
    expect(text(clash.body)).toContain('Uw tekst is niet weg');
    // B saves again on top of A's version.
    expect((await b.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 2, nl: 'Tekst van redacteur B.' }))).statusCode).toBe(303);
    expect((await findPageBySlug(t.ctx.db, 'hotels'))?.latestVersion).toBe(3);
  });

  it('hostile and huge input gets a clear Dutch message and keeps what was typed', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const id = (await findPageBySlug(t.ctx.db, 'ouders'))?.id ?? '';
    await client.get(`/inhoud/${id}/bewerken`);
    const huge = `${'Heel lange tekst. '.repeat(3000)}EINDE`;
    const res = await client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: 1, nl: huge }));
    expect(res.statusCode).toBe(400);
    expect(text(res.body)).toContain('Dit is te lang. Gebruik hoogstens 50000 tekens.');
    expect(res.body).toContain('Heel lange tekst. Heel lange tekst.');
    const empty = await client.post(`/inhoud/${id}/bewerken`, { ...pageForm({ basis: 1 }), titleNl: '', reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(text(empty.body)).toContain('Vul dit in.');
    await client.get('/inhoud/nieuw');
    const bad = await client.post('/inhoud/nieuw', pageForm({ extra: { slug: '../Etc Passwd', kind: 'campaign', codes: 'ok <script>' } }));
    expect(bad.statusCode).toBe(400);
    expect(text(bad.body)).toContain('Gebruik alleen kleine letters');
    expect(text(bad.body)).toContain('Een landingspad bestaat uit');
    expect(bad.body).not.toContain('<script>');
    const taken = await client.post('/inhoud/nieuw', pageForm({ extra: { slug: 'jongeren', kind: 'page' } }));
    expect(taken.statusCode).toBe(400);
    expect(text(taken.body)).toContain('Er is al een pagina met dit adres');
  });

  it('only communications edits; supervisors approve; others get 403', async () => {
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await intake.client.get('/inhoud')).statusCode).toBe(403);
    const supervisor = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await supervisor.client.get('/inhoud')).statusCode).toBe(200);
    expect((await supervisor.client.get('/inhoud/nieuw')).statusCode).toBe(403);
    const comms = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const list = await comms.client.get('/inhoud');
    expect(list.body).toContain('href="/inhoud/nieuw"');
    const home = await supervisor.client.get('/');
    expect(text(home.body)).toContain('Versies wachten op goedkeuring');
  });

  it('takes page and version ids in upper case like lower case (isUuid), and answers 404 to a malformed one', async () => {
    const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const reviewer = await signedInAs(t.ctx, t.staffApp, ['communications']);
    const id = await createThroughForm(author.client, { slug: 'hoofdletters-2026', kind: 'page', nl: '## Hoofdletters\n\nFictieve pagina.' });
    const lower = await reviewer.client.get(`/inhoud/${id}`);
    const upper = await reviewer.client.get(`/inhoud/${id.toUpperCase()}`);
    expect(upper.statusCode).toBe(200);
    expect(text(upper.body)).toBe(text(lower.body));
    const versionId = await versionIdFrom(reviewer.client, id, 1);
    const approved = await reviewer.client.post(`/inhoud/versies/${versionId.toUpperCase()}/goedkeuren`);
    expect(approved.statusCode).toBe(303);
    expect(approved.headers.location).toBe(`/inhoud/${id}?gepubliceerd=1`);
    // Approving again (the same version, now in lower case) is refused as it was before, not a 500.
    expect((await reviewer.client.post(`/inhoud/versies/${versionId}/goedkeuren`)).statusCode).toBeLessThan(500);
    for (const bad of [`${id.slice(0, -1)}g`, `${id}0`, 'niet-een-id']) {
      expect((await reviewer.client.get(`/inhoud/${bad}`)).statusCode).toBe(404);
      expect((await reviewer.client.post(`/inhoud/versies/${bad}/goedkeuren`)).statusCode).toBe(404);
    }
  });
});
