import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildStaffServer, listStaffRoutes, type StaffRoute } from '../../src/app/staff-server.ts';
import { hasAccess, ROLES, type Role } from '../../src/modules/accounts/roles.ts';
import { SESSION_COOKIE } from '../../src/modules/accounts/sign-in/session.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/client.ts';
import { createStaffUser, publicClient, signIn } from '../support/factories.ts';
import { concretePath, hasActiveSession, requestAs, SHARED_WITH_PUBLIC, signOutLast } from './staff-routes.ts';

/**
 * The authorisation matrix: every staff route (from the route inventory, so routes that modules add
 * later are walked without touching this file) for anonymous visitors and for a user of each single
 * role. Deny by default is checked on a route registered without an access rule.
 */
let app: TestApp;
let routes: StaffRoute[];

beforeAll(async () => {
  app = await createTestApp();
  routes = signOutLast(listStaffRoutes(app.staffApp));
});

afterAll(async () => {
  await app?.close();
});

const label = (route: StaffRoute) => `${route.method} ${route.url}`;

describe('route inventory', () => {
  test('lists the staff routes, each with an access rule', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes).toContainEqual({ method: 'GET', url: '/inloggen', access: 'anyone' });
    const withoutRule = routes.filter((r) => r.access === undefined).map(label);
    expect(withoutRule, 'a staff route without config.access is closed to everyone: give it a rule').toEqual([]);
  });
});

describe('anonymous visitors', () => {
  test('get the sign-in page (GET) or 401 on every route that is not open to anyone', async () => {
    const client = new TestClient(app.staffApp);
    for (const route of routes) {
      const res = await requestAs(client, route.method, concretePath(route.url));
      expect.soft(res.statusCode, `${label(route)}: never a 500`).toBeLessThan(500);
      if (route.access === 'anyone') continue;
      if (route.method === 'GET') {
        expect.soft(res.statusCode, label(route)).toBe(303);
        expect.soft(String(res.headers.location), label(route)).toMatch(/^\/inloggen(\?|$)/);
      } else {
        expect.soft(res.statusCode, label(route)).toBe(401);
      }
    }
  });
});

describe.each(ROLES.map((role) => [role]))('a user with only the role %s', (role: Role) => {
  test('gets 403 outside the routes for that role and no 403 inside them', async () => {
    const user = await createStaffUser(app.ctx, { roles: [role] });
    let client = await signIn(app.ctx, app.staffApp, user);
    for (const route of routes) {
      if (!(await hasActiveSession(app.ctx, client))) client = await signIn(app.ctx, app.staffApp, user);
      const res = await requestAs(client, route.method, concretePath(route.url));
      expect.soft(res.statusCode, `${label(route)}: never a 500`).toBeLessThan(500);
      const allowed = route.access !== undefined && hasAccess(route.access, [role]);
      if (allowed) expect.soft(res.statusCode, `${label(route)} is open to ${role}`).not.toBe(403);
      else expect.soft(res.statusCode, `${label(route)} is closed to ${role}`).toBe(403);
    }
  });
});

describe('deny by default', () => {
  test('a staff route registered without an access rule answers 403 to everyone', async () => {
    const server = await buildStaffServer(app.ctx);
    server.get('/zonder-regel', async () => 'open');
    server.post('/zonder-regel', async () => 'open');
    await server.ready();
    try {
      expect(listStaffRoutes(server)).toContainEqual({ method: 'GET', url: '/zonder-regel', access: undefined });
      const everyone = await createStaffUser(app.ctx, { roles: [...ROLES] });
      // The staff sign-in limit is kept in the database (shared by every process); the matrix above
      // used this file's allowance, so this extra sign-in starts from an empty limit.
      await app.ctx.db.execute(sql`DELETE FROM request_limits`);
      const signedIn = await signIn(app.ctx, server, everyone);
      const anonymous = new TestClient(server);
      for (const client of [anonymous, signedIn]) {
        const get = await client.get('/zonder-regel');
        expect(get.statusCode).toBe(403);
        expect(get.body).not.toContain('open</');
        const post = await requestAs(client, 'POST', '/zonder-regel');
        expect(post.statusCode).toBe(403);
      }
      // Every single role too: the session of a role user works on any staff server of this database.
      // Signed in on this second server: it has its own sign-in rate limit, so every role fits in it.
      for (const role of ROLES) {
        const u = await createStaffUser(app.ctx, { roles: [role] });
        const viaMain = await signIn(app.ctx, server, u);
        const client = new TestClient(server);
        client.cookies.set(SESSION_COOKIE, viaMain.cookies.get(SESSION_COOKIE) ?? '');
        expect((await client.get('/zonder-regel')).statusCode, role).toBe(403);
      }
    } finally {
      await server.close();
    }
  });
});

describe('the public port', () => {
  test('answers 404 on every staff route path', async () => {
    const client = publicClient(app.publicApp);
    for (const route of routes) {
      const path = concretePath(route.url);
      const res = route.method === 'GET' ? await client.get(path) : await requestAs(client, route.method, path);
      expect.soft(res.body, `${label(route)} on the public port`).not.toContain('vn-staff');
      const samePattern = app.publicApp.hasRoute({ method: route.method as 'GET', url: route.url });
      if (SHARED_WITH_PUBLIC.has(route.url)) continue;
      // The same GET path (for example "/") may be a public page of its own, never the staff page (checked above).
      if (route.method === 'GET' && samePattern) continue;
      expect.soft(samePattern, `${label(route)} is registered on the public surface`).toBe(false);
      if (route.method === 'GET') expect.soft(res.statusCode, `${label(route)} on the public port`).toBe(404);
      // Without a public form there is no CSRF token to send, so a post stops at the CSRF check (403) or 404.
      else expect.soft([403, 404], `${label(route)} on the public port`).toContain(res.statusCode);
    }
  });
});
