import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { type TestClock, testClock } from '../../../../test/support/clock.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import type { AppContext } from '../../../app/context.ts';
import { buildPublicServer } from '../../../app/public-server.ts';
import { createContext } from '../../../app/start.ts';
import { type Database, openPostgres } from '../../../db/client.ts';
import { findPageBySlug } from '../queries.ts';
import { pageForm, versionIdFrom } from '../testing.ts';
import { LIVE_TTL_MS } from './render-cache.ts';

/**
 * Issue 18, the page cache across processes: two app instances on one database, each with its own
 * cache (on PostgreSQL each with its own connections, as two processes have; on PGlite both on the
 * one embedded database). An edit approved on A is on B's public page within BOUND_MS, while the
 * injected clock stands still, so B's own expiry (LIVE_TTL_MS) cannot be what brought it.
 */
const BOUND_MS = 2000;

let clock: TestClock;
let a: TestApp;
let bCtx: AppContext;
let bPublic: FastifyInstance;
let bDatabase: Database | undefined;

beforeAll(async () => {
  clock = testClock('2026-03-11T10:00:00Z');
  a = await createTestApp({ clock });
  bDatabase = a.databaseUrl ? await openPostgres(a.databaseUrl, { max: 2 }) : undefined;
  bCtx = await createContext(a.config, { database: bDatabase ?? a.ctx.database, clock, logStream: new PassThrough() });
  bPublic = await buildPublicServer(bCtx);
  await bPublic.ready();
});
afterAll(async () => {
  await bPublic?.close();
  await bDatabase?.close();
  await a?.close();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a published edit reaches the other app instance within a bound (issue 18)', () => {
  it('B shows the new text within 2 s of the approval on A, with the clock standing still', async () => {
    const visitorB = publicClient(bPublic);
    const before = text((await visitorB.get('/informatie/stoppen')).body);
    expect(before).not.toContain('Nieuwe tekst voor wie wil stoppen');
    // B has the live version in its cache now: without a notification it would keep it for LIVE_TTL_MS.
    expect(LIVE_TTL_MS).toBeGreaterThan(BOUND_MS);

    const author = await signedInAs(a.ctx, a.staffApp, ['communications']);
    const reviewer = await signedInAs(a.ctx, a.staffApp, ['communications']);
    const page = await findPageBySlug(a.ctx.db, 'stoppen');
    const id = page?.id ?? '';
    await author.client.get(`/inhoud/${id}/bewerken`);
    const saved = await author.client.post(`/inhoud/${id}/bewerken`, pageForm({ basis: page?.latestVersion ?? 1, nl: '## Nieuwe tekst voor wie wil stoppen', reason: 'Test over twee processen' }));
    expect(saved.statusCode).toBe(303);
    const version = await versionIdFrom(reviewer.client, id, (page?.latestVersion ?? 1) + 1);
    const clockBefore = clock.now().getTime();
    expect((await reviewer.client.post(`/inhoud/versies/${version}/goedkeuren`)).statusCode).toBe(303);
    const approvedAt = performance.now();

    let seenAfter: number | null = null;
    while (performance.now() - approvedAt < BOUND_MS) {
      if (text((await visitorB.get('/informatie/stoppen')).body).includes('Nieuwe tekst voor wie wil stoppen')) {
        seenAfter = performance.now() - approvedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seenAfter, `B still showed the old text ${BOUND_MS} ms after the approval`).not.toBeNull();
    expect(clock.now().getTime()).toBe(clockBefore);
    // A, where it was approved, shows it at once.
    expect(text((await publicClient(a.publicApp).get('/informatie/stoppen')).body)).toContain('Nieuwe tekst voor wie wil stoppen');
  });
});
