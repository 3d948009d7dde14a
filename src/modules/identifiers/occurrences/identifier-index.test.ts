import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { decideLink, linkHistory } from '../linking/decide-link.ts';
import { findWhereSeen } from '../where-seen/find-where-seen.ts';
import { forgetSource } from './forget-source.ts';
import { listIdentifiersOfSource } from './list-identifiers-of-source.ts';
import { recordOccurrences } from './record-occurrences.ts';
import { suggestLinks } from '../linking/suggest-links.ts';
import { identifierOccurrences, identifiers } from '../schema.ts';
import type { SourceRef } from '../sources.ts';
import { WhereElseSeen } from '../views/where-else-seen.tsx';
import { isWatching, listIdentifierAlerts, readIdentifierAlert, watchIdentifier } from '../watch-identifier.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const everyone = () => true;
const record = async (source: SourceRef, field: string, text: string, extra: { place?: string; seenAt?: Date } = {}) => {
  const result = await recordOccurrences(t.ctx.db, { source, field, text, ...extra });
  if (!result.ok) throw new Error(result.reason);

  return result;
};

describe('recording occurrences', () => {
  it('stores each identifier once under its key, with where it stands in the text', async () => {
    const text = 'Hij belt vanaf O6-l2345678 en mailt lisa.test [at] example [dot] org. Ook 06 12 34 56 78.';
    const r = await record({ type: 'report', id: 'rep-1' }, 'description', text);
    expect(r.identifiers).toBe(2);
    expect(r.added).toBe(2);
    const rows = await t.ctx.db.select().from(identifierOccurrences).where(eq(identifierOccurrences.sourceId, 'rep-1'));
    const phone = rows.find((o) => o.raw === 'O6-l2345678');
    expect(phone?.mentions).toBe(2);
    expect(text.slice(phone?.startPos, phone?.endPos)).toBe('O6-l2345678');
    const [id] = await t.ctx.db.select().from(identifiers).where(eq(identifiers.key, '+31612345678'));
    expect(id?.kind).toBe('phone');
  });

  it('is idempotent per source and field, and follows edits of the text', async () => {
    const source: SourceRef = { type: 'ad', id: 'ad-idem' };
    const first = await record(source, 'body', 'Bel 06-11112222 of 06-33334444');
    const again = await record(source, 'body', 'Bel 06-11112222 of 06-33334444');
    expect([first.added, again.added, again.removed]).toEqual([2, 0, 0]);
    const edited = await record(source, 'body', 'Nieuw nummer: 06-55556666, oud 06-11112222');
    expect([edited.added, edited.removed]).toEqual([1, 1]);
    const rows = await t.ctx.db.select().from(identifierOccurrences).where(eq(identifierOccurrences.sourceId, 'ad-idem'));
    expect(rows.map((r) => r.raw).sort()).toEqual(['06-11112222', '06-55556666']);
  });

  it('refuses to index a reporter’s own contact fields of a report', async () => {
    const r = await recordOccurrences(t.ctx.db, { source: { type: 'report', id: 'rep-x' }, field: 'reporter.phone', text: '06-12341234' });
    expect(r).toEqual({ ok: false, reason: 'reporter_field' });
    const rows = await t.ctx.db.select().from(identifierOccurrences).where(eq(identifierOccurrences.sourceId, 'rep-x'));
    expect(rows).toEqual([]);
  });
});

describe('where else was this seen', () => {
  it('counts per source type, gives first and last seen and places, and links only what the viewer may open', async () => {
    const phone = '06-47778888';
    await record({ type: 'report', id: 'rep-a' }, 'description', `nummer ${phone}`, { seenAt: new Date('2026-01-05T10:00:00Z') });
    await record({ type: 'report', id: 'rep-b' }, 'description', `ook ${phone}`, { seenAt: new Date('2026-02-01T10:00:00Z') });
    await record({ type: 'ad', id: 'ad-1' }, 'body', `app ${phone}`, { place: 'Utrecht', seenAt: new Date('2026-03-01T10:00:00Z') });
    await record({ type: 'ad', id: 'ad-2' }, 'body', `app ${phone}`, { place: 'Utrecht', seenAt: new Date('2026-03-02T10:00:00Z') });
    await record({ type: 'decoy_contact', id: 'dc-1' }, 'message', `mijn nr ${phone}`, { seenAt: new Date('2026-04-01T10:00:00Z') });

    const mayOpen = (s: SourceRef) => s.type !== 'report' || s.id === 'rep-a';
    const seen = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31647778888', mayOpen });
    expect(seen?.total).toBe(5);
    expect(seen?.perSourceType.map((p) => [p.sourceType, p.count])).toEqual([
      ['ad', 2],
      ['decoy_contact', 1],
      ['report', 2],
    ]);
    expect(seen?.firstSeen?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
    expect(seen?.lastSeen?.toISOString()).toBe('2026-04-01T10:00:00.000Z');
    expect(seen?.places).toEqual([{ place: 'Utrecht', count: 2 }]);
    expect(seen?.hidden).toBe(1);
    const hidden = seen?.occurrences.filter((o) => o.source === null) ?? [];
    expect(hidden.map((o) => o.sourceType)).toEqual(['report']);
    // A hidden occurrence tells nothing but its type and day: no id, no field, no text, no place.
    expect(JSON.stringify(hidden)).not.toContain('rep-b');
    expect(seen?.occurrences.find((o) => o.source?.id === 'rep-a')?.source).toMatchObject({ type: 'report', field: 'description', raw: phone });
  });

  it('never shows the place a reporter wrote to someone who may not open that report', async () => {
    const phone = '06-47779999';
    await record({ type: 'report', id: 'rep-home' }, 'description', `bel ${phone}`, { place: 'Fictieflaan 12, Nergenshuizen' });
    await record({ type: 'ad', id: 'ad-home' }, 'body', `app ${phone}`, { place: 'Zwolle' });
    const seen = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31647779999', mayOpen: (s) => s.type !== 'report' });
    expect(seen?.places).toEqual([{ place: 'Zwolle', count: 1 }]);
    expect(JSON.stringify(seen)).not.toContain('Fictieflaan');
  });

  it('leaves out the source being viewed ("where else")', async () => {
    await record({ type: 'report', id: 'rep-c' }, 'description', 'mail kim.test@example.org');
    await record({ type: 'ad', id: 'ad-c' }, 'body', 'kim.test＠example.org');
    const seen = await findWhereSeen(t.ctx.db, { kind: 'email', key: 'kim.test@example.org', mayOpen: everyone, exclude: { type: 'report', id: 'rep-c' } });
    expect(seen?.total).toBe(1);
    expect(seen?.occurrences.map((o) => o.source?.id)).toEqual(['ad-c']);
  });

  it('stores nothing about the reporter in an occurrence from a report', async () => {
    const columns = Object.keys(identifierOccurrences).join(' ');
    expect(columns).not.toMatch(/reporter|melder|ip|user/i);
    await record({ type: 'report', id: 'rep-anon' }, 'description', 'snap: anon_test_01');
    const seen = await findWhereSeen(t.ctx.db, { kind: 'account', key: 'snapchat:anon_test_01', mayOpen: everyone });
    expect(Object.keys(seen?.occurrences[0]?.source ?? {}).sort()).toEqual(['end', 'field', 'id', 'raw', 'start', 'type']);
  });

  it('lists the identifiers of one source page with where else each was seen', async () => {
    await record({ type: 'ad', id: 'ad-list-1' }, 'body', 'Bel 06-21212121, insta: lijst_test_1', { place: 'Zwolle' });
    await record({ type: 'report', id: 'rep-list-1' }, 'description', 'nummer 0621212121');
    await record({ type: 'report', id: 'rep-list-2' }, 'description', 'nummer +31 6 2121 2121');
    const items = await listIdentifiersOfSource(t.ctx.db, { type: 'ad', id: 'ad-list-1' });
    expect(items.map((i) => [i.key, i.totalElsewhere, i.elsewhere])).toEqual([
      ['+31621212121', 2, [{ sourceType: 'report', count: 2 }]],
      ['instagram:lijst_test_1', 0, []],
    ]);
    const html = await WhereElseSeen({ lang: 'nl', items }).toString();
    expect(html).toContain('ook gezien in: 2× Melding');
    expect(html).toContain('href="/identificatoren/phone/%2B31621212121"');
    expect(html).toContain('nergens anders gezien');
    expect(html).not.toContain('rep-list-1');
  });

  it('answers null for an identifier never seen', async () => {
    expect(await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31600000000', mayOpen: everyone })).toBeNull();
  });
});

describe('watches and alerts', () => {
  it('alerts the owner when a watched identifier turns up again, once per new occurrence', async () => {
    const owner = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const other = await createStaffUser(t.ctx, { roles: ['investigator'] });
    await record({ type: 'report', id: 'rep-w1' }, 'description', 'iban NL91 ABNA 0417 1643 00');
    const seen = await findWhereSeen(t.ctx.db, { kind: 'iban', key: 'NL91ABNA0417164300', mayOpen: everyone });
    const identifierId = seen?.identifier.id as number;
    expect((await watchIdentifier(t.ctx.db, { identifierId, userId: owner.user.id })).ok).toBe(true);
    await watchIdentifier(t.ctx.db, { identifierId, userId: owner.user.id });
    expect(await isWatching(t.ctx.db, identifierId, owner.user.id)).toBe(true);

    const r = await record({ type: 'ad', id: 'ad-w1' }, 'body', 'Betaal op nl91abna0417164300');
    expect(r.alerts).toBe(1);
    expect((await record({ type: 'ad', id: 'ad-w1' }, 'body', 'Betaal op nl91abna0417164300')).alerts).toBe(0);
    const alerts = await listIdentifierAlerts(t.ctx.db, owner.user.id);
    expect(alerts.map((a) => [a.kind, a.key, a.sourceType])).toEqual([['iban', 'NL91ABNA0417164300', 'ad']]);
    expect(await listIdentifierAlerts(t.ctx.db, other.user.id)).toEqual([]);

    await readIdentifierAlert(t.ctx.db, alerts[0]?.id as string, other.user.id);
    expect((await listIdentifierAlerts(t.ctx.db, owner.user.id, { unreadOnly: true })).length).toBe(1);
    await readIdentifierAlert(t.ctx.db, alerts[0]?.id as string, owner.user.id);
    expect((await listIdentifierAlerts(t.ctx.db, owner.user.id, { unreadOnly: true })).length).toBe(0);

    await watchIdentifier(t.ctx.db, { identifierId, userId: owner.user.id, active: false });
    expect((await record({ type: 'decoy_contact', id: 'dc-w1' }, 'message', 'NL91ABNA0417164300')).alerts).toBe(0);
  });
});

describe('forgetting a source', () => {
  it('removes its occurrences and identifiers seen nowhere else, keeping watched ones', async () => {
    const owner = await createStaffUser(t.ctx, { roles: ['investigator'] });
    await record({ type: 'report', id: 'rep-forget' }, 'description', 'mail weg.test@example.org of bel 06-31313131');
    await record({ type: 'ad', id: 'ad-forget' }, 'body', 'bel 06-31313131');
    const mail = await findWhereSeen(t.ctx.db, { kind: 'email', key: 'weg.test@example.org', mayOpen: everyone });
    await watchIdentifier(t.ctx.db, { identifierId: mail?.identifier.id as number, userId: owner.user.id });
    await record({ type: 'report', id: 'rep-forget-2' }, 'description', 'kenteken GB-123-X');

    expect(await forgetSource(t.ctx.db, { type: 'report', id: 'rep-forget' })).toEqual({ occurrencesOf: 2, identifiersDeleted: 0 });
    expect((await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31631313131', mayOpen: everyone }))?.total).toBe(1);
    expect((await findWhereSeen(t.ctx.db, { kind: 'email', key: 'weg.test@example.org', mayOpen: everyone }))?.total).toBe(0);
    expect(await forgetSource(t.ctx.db, { type: 'report', id: 'rep-forget-2' })).toEqual({ occurrencesOf: 1, identifiersDeleted: 1 });
    expect(await findWhereSeen(t.ctx.db, { kind: 'plate', key: 'GB123X', mayOpen: everyone })).toBeNull();
  });
});

describe('link decisions', () => {
  it('records same / not same / unsure with who and why, merges nothing, and audits it', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const user = { id: u.user.id, label: u.user.email };
    const a = { type: 'subject' as const, id: 'subj-1' };
    const b = { type: 'subject' as const, id: 'subj-2' };
    expect(await decideLink(t.ctx.db, { a, b, decision: 'same', reason: '  ', user })).toEqual({ ok: false, reason: 'reason_missing' });
    expect((await decideLink(t.ctx.db, { a, b, decision: 'unsure', reason: 'Zelfde nummer, andere naam', user })).ok).toBe(true);
    expect((await decideLink(t.ctx.db, { a: b, b: a, decision: 'not_same', reason: 'Andere leeftijd', user })).ok).toBe(true);
    const history = await linkHistory(t.ctx.db, a, b);
    expect(history.map((h) => [h.decision, h.aId, h.bId, h.decidedBy])).toEqual([
      ['not_same', 'subj-1', 'subj-2', u.user.id],
      ['unsure', 'subj-1', 'subj-2', u.user.id],
    ]);
    const audited = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'link.decide'));
    expect(audited.length).toBe(2);
  });

  it('suggests people who share identifiers, with the reasons and any earlier decision, within access', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const p1: SourceRef = { type: 'dossier_person', id: 'dos-1/pers-1' };
    const p2: SourceRef = { type: 'dossier_person', id: 'dos-2/pers-2' };
    const p3: SourceRef = { type: 'dossier_person', id: 'dos-3/pers-3' };
    await record(p1, 'phones', '06-41414141, snap: sugg_test_1');
    await record(p2, 'phones', 'bel 0641414141 of snap sugg_test_1');
    await record(p3, 'phones', '06-41414141');
    await decideLink(t.ctx.db, { a: { type: 'subject', id: 'pers-2' }, b: { type: 'subject', id: 'pers-1' }, decision: 'not_same', reason: 'Broers', user: { id: u.user.id, label: 'x' } });
    const result = await suggestLinks(t.ctx.db, { source: p1, mayOpen: (s) => !s.id.startsWith('dos-3') });
    expect(result.hidden).toBe(1);
    expect(result.suggestions).toEqual([{ other: p2, reasons: ['account:snapchat:sugg_test_1', 'phone:+31641414141'], similar: [], decided: 'not_same' }]);
  });
});
