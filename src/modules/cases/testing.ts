import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { reports } from '../intake/index.ts';
import { listSignals } from './queries/assessment.ts';

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

/** How many signals a dossier has (for tests outside the module, which may not read its queries). */
export const dossierSignalCount = async (ctx: AppContext, dossierId: string): Promise<number> => (await listSignals(ctx.db, dossierId)).length;

// For the tests of other modules.
export { SECTION_PAGES, sectionHref } from './dossier/sections.ts';
export { insertAssignee } from './queries/access.ts';
export { insertDossier } from './queries/dossiers.ts';
export { dossierAssignees } from './schema.ts';

/**
 * A refused dossier form (Post/Redirect/Get, issue 14): expects the 303 to the section page (not the
 * "saved" one) and returns that page as the browser would load it.
 */
export const postRefused = async (client: TestClient, url: string, form: Record<string, string | string[]> = {}) => {
  const res = await client.post(url, form);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 500)}`).toBe(303);
  const location = String(res.headers.location);
  expect(location).not.toContain('ok=1');

  return client.get(location);
};

/** A dossier form's answer as the browser ends up: a refusal's redirect is followed, a saved one is not. */
export const followRefusal = async (client: TestClient, res: LightMyRequestResponse): Promise<LightMyRequestResponse> => {
  const location = String(res.headers.location ?? '');
  if (res.statusCode !== 303 || location.includes('ok=1') || !location.startsWith('/dossiers/')) return res;

  return client.get(location);
};
