import { readFileSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { MODULES } from '../../../app/modules.ts';
import { loadKeyRing } from '../../crypto/index.ts';
import { insertDecision } from '../queries.ts';
import { subjectRequestDecisions, subjectRequests } from '../schema.ts';

/**
 * `vangnet rotate-key` then retiring the old master key must leave every request readable: who asked,
 * the extension reason and the decision notes are encrypted, so this module re-wraps them.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('re-wrapping the requests after a key rotation', () => {
  it('keeps who asked, the extension reason and the decision note readable with the old key gone', async () => {
    const { client: officer, user } = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
    const made = await officer.post('/inzageverzoeken', { soort: 'inzage', naam: 'Testje Sleutelwissel', telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen: '2031-03-09' });
    expect(made.statusCode, made.body.slice(0, 500)).toBe(303);
    const id = /^\/inzageverzoeken\/([0-9a-f-]{36})\?/.exec(String(made.headers.location))?.[1] as string;
    expect((await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: 'Drie dossiers doorzoeken (test)' })).statusCode).toBe(303);
    await insertDecision(t.ctx.db, { requestId: id, recordType: 'report', recordId: 'R-TEST', decision: 'correct', noteEnc: t.ctx.keys.encrypt('Geboortejaar verbeteren (test)'), execution: 'queued', decidedBy: user.id, decidedAt: clock.now() });

    // What `vangnet rotate-key` does: a new current key, then every module re-wraps.
    const oldId = t.ctx.keys.currentId;
    const newId = t.ctx.keys.rotate();
    for (const mod of MODULES) if (mod.rewrapSecrets) await mod.rewrapSecrets(t.ctx);
    const [row] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, id));
    const [decision] = await t.ctx.db.select().from(subjectRequestDecisions).where(eq(subjectRequestDecisions.requestId, id));
    for (const blob of [row?.subjectEnc, row?.extensionReasonEnc, decision?.noteEnc]) expect(blob?.split('.')[1]).toBe(newId);

    // Retire the old key: only re-wrapped values can still be opened.
    const file = t.config.masterKeyFile;
    const data = JSON.parse(readFileSync(file, 'utf8')) as { current: string; keys: Record<string, string> };
    delete data.keys[oldId];
    writeFileSync(file, JSON.stringify(data));
    t.ctx.keys = loadKeyRing(file);

    const page = await officer.get(`/inzageverzoeken/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Testje Sleutelwissel');
    expect(page.body).toContain('Drie dossiers doorzoeken (test)');
    expect(page.body).toContain('Geboortejaar verbeteren (test)');
  });
});
