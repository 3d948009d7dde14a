import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { reports } from '../intake/index.ts';

// Helpers for the dossier tests. Fictitious data only.

/** Creates a dossier through the form and returns its id. */
export const createDossierVia = async (client: TestClient, form: Record<string, string> = {}): Promise<string> => {
  const res = await client.post('/dossiers', { title: 'Meisje 15 jaar, Zwolle (test)', priority: 'normal', ...form });
  expect(res.statusCode, res.body.slice(0, 800)).toBe(303);
  const id = /^\/dossiers\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1];
  expect(id).toBeTruthy();

  return id!;
};

/** A stored report, as the intake module would keep it, without a reporter identity. */
export const insertTestReport = async (ctx: AppContext, answers: Record<string, unknown> = {}) => {
  const number = `T${randomBytes(4).toString('hex').toUpperCase().slice(0, 6)}`;
  const [row] = await ctx.db
    .insert(reports)
    .values({ number, channel: 'web', reporterKind: 'family', answers, anonymous: true, receiptHash: 'test-hash-not-a-receipt' })
    .returning();

  return row!;
};

/** The value of a hidden or text input in a page. */
export const inputValue = (html: string, name: string): string | undefined => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1];

/** All text between the form's action and its end, to read one form's hidden fields. */
export const formHtml = (html: string, action: string): string => {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) return '';
  const end = html.indexOf('</form>', start);

  return html.slice(start, end);
};

// For the tests of other modules.
export { SECTION_PAGES, sectionHref } from './dossier/sections.ts';
export { insertAssignee } from './queries/access.ts';
export { insertDossier } from './queries/dossiers.ts';
export { dossierAssignees } from './schema.ts';
