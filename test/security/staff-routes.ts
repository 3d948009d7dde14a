import type { LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../src/app/context.ts';
import { findSessionWithUser } from '../../src/modules/accounts/queries.ts';
import { hashToken, SESSION_COOKIE } from '../../src/modules/accounts/sign-in/session.ts';
import { csrfFrom, type TestClient } from '../support/client.ts';

/** A uuid that no row has: routes with an :id answer "not found", never "forbidden", for a role that may use them. */
export const FAKE_UUID = '00000000-0000-4000-8000-00000000abcd';

/** A concrete path for a route pattern: every :param becomes the fake uuid, a wildcard becomes "x". */
export const concretePath = (url: string): string => url.replace(/:[A-Za-z0-9_]+(\([^)]*\))?/g, FAKE_UUID).replace(/\*/g, 'x');

/** Routes that sign the user out go last, so one sign-in per role lasts the whole walk. */
export const signOutLast = <T extends { url: string }>(routes: readonly T[]): T[] =>
  [...routes].sort((a, b) => Number(a.url === '/uitloggen') - Number(b.url === '/uitloggen'));

/** Staff paths that both surfaces serve on purpose (stylesheet, language switch). */
export const SHARED_WITH_PUBLIC = new Set(['/assets/vangnet.css', '/taal/:lang']);

/** Whether the client's staff session is still a signed-in one (a route may have ended it). */
export const hasActiveSession = async (ctx: AppContext, client: TestClient): Promise<boolean> => {
  const token = client.cookies.get(SESSION_COOKIE);
  if (!token) return false;
  const row = await findSessionWithUser(ctx.db, hashToken(token));

  return row?.session.stage === 'active' && !row.session.revokedAt && !row.user.disabledAt && !row.user.mustChangePassword;
};

/**
 * Sends one request of any method with a valid CSRF token, so what answers is the access rule and the
 * route itself, not the CSRF check. A token comes from any staff page (the 404 page has one too).
 */
export const requestAs = async (client: TestClient, method: string, path: string): Promise<LightMyRequestResponse> => {
  if (method === 'GET') return client.get(path);
  if (method === 'POST') return client.post(path, {});
  const page = await client.get(client.cookies.has(SESSION_COOKIE) ? '/bestaat-niet-csrf' : client.tokenPage);
  const token = csrfFrom(page.body) ?? '';
  const sep = path.includes('?') ? '&' : '?';

  return client.raw({
    method: method as 'PUT' | 'DELETE',
    url: `${path}${sep}_csrf=${encodeURIComponent(token)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  });
};
