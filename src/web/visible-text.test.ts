import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { signIn, createStaffUser } from '../../test/support/factories.ts';
import { addEvidenceFile } from '../modules/evidence/testing.ts';

/** Issue 12 finding 8: a bidi override in a file name or text was applied by the browser, not shown. */
describe('hostile text on a page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an evidence item named with a bidi override and a zero-width space shows both as marks', async () => {
    const u = await createStaffUser(app.ctx, { roles: ['investigator'] });
    const item = await addEvidenceFile(app.ctx, {
      actor: { id: u.user.id, name: u.user.name },
      bytes: Buffer.from('%PDF-1.4\n% fictief\n%%EOF\n'),
      title: 'factuur\u202Efdp.exe',
      sourceDescription: 'Gemaild door 06\u200B12345678 (fictief)',
      fileName: 'factuur\u202Efdp.exe',
    });
    const client = await signIn(app.ctx, app.staffApp, u);
    const page = await client.get(`/bewijs/${item.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('factuur⟨U+202E⟩fdp.exe');
    expect(page.body).toContain('06⟨U+200B⟩12345678');
    expect(page.body).not.toContain('\u202E');
    expect(page.body).not.toContain('\u200B');
  });
});
