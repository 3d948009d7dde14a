import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listStaffRoutes } from '../../src/app/staff-server.ts';
import { ROLES } from '../../src/modules/accounts/roles.ts';
import { createDossierVia, SECTION_PAGES, sectionHref } from '../../src/modules/cases/testing.ts';
import { addEvidenceFile } from '../../src/modules/evidence/testing.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, findReportByNumber } from '../../src/modules/intake/testing.ts';
import { crawl, staffGetPaths } from '../security/pages.ts';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { createStaffUser, publicClient, signedInAs } from '../support/factories.ts';

/**
 * Issue 14 finding 17: every staff page fits a 360 px phone (no sideways scrolling of the whole page;
 * a wide table scrolls inside its own region, which a keyboard can reach) and passes axe, at 360 and
 * at 1280 px. The pages are found from the route inventory and by following links, with enough data
 * (reports that share a number, a dossier with them, evidence, the audit log) that the wide tables
 * are there: an empty list has no table to overflow.
 */
let servers: BrowserServers;
let browser: Browser;
const extra: string[] = [];
const reportNumbers: string[] = [];
const reportIds: string[] = [];

const NO_ONLINE = { phones: '', emails: '', urls: '', handles: '', onlineOther: '' };
const PHONE_PATH = '/identificatoren/phone/%2B31612345671';

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
  const submit = async (answers: typeof ANONYMOUS_REPORT) => {
    const { number } = await fillAndSubmit(publicClient(servers.publicApp), answers);
    const row = await findReportByNumber(servers.ctx.db, number);
    if (!row) throw new Error('report not stored');
    reportNumbers.push(number);
    reportIds.push(row.id);

    return row;
  };
  const a = await submit({ ...ANONYMOUS_REPORT, online: { ...NO_ONLINE, phones: '06-12 34 56 71' } });
  const b = await submit({ ...ANONYMOUS_REPORT, wat: { whatHappened: 'Hij appt steeds vanaf nul zes 1234 5671 (test).', signals: [] }, online: NO_ONLINE });
  extra.push(`/meldingen/${a.id}`, `/meldingen/${b.id}`, PHONE_PATH);
  extra.push('/monitor/lexicon', '/account', '/logboek/audit', '/logboek/toegang');
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

/** How wide the page is at this viewport: wider than the viewport means the whole page scrolls sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The outermost elements that stick out to the right (tag.class#id and width), to say what to fix. */
const stickingOut = (page: Page, width: number) =>
  page.evaluate((w) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.vn-table-wrap')) continue;
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (r.right > w + 0.5 && (!parent || parent.right <= w + 0.5)) {
        out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}${el.id ? `#${el.id}` : ''} ${Math.round(r.width)}px`);
      }
    }
    return out.slice(0, 3).join(', ');
  }, width);

describe('every staff page at 360 and 1280 px', () => {
  test('fits the screen and passes axe', { timeout: 1_200_000 }, async () => {
    await createStaffUser(servers.ctx, { roles: ['partner'], name: 'Bram Voorbeeldsma' });
    const everyRole = await signedInAs(servers.ctx, servers.staffApp, [...ROLES]);
    const dossier = await createDossierVia(everyRole.client, { title: 'Smalle-schermtest: meisje 15 jaar, Teststad (fictief)', meldingen: reportNumbers.join(' ') });
    await everyRole.client.post(`/dossiers/${dossier}/personen`, { rol: 'possible_victim', naam: 'Testmeisje S.', leeftijd: '15', plaats: 'Teststad', beschrijving: 'Belt met 06-12345671 (test)' });
    await addEvidenceFile(servers.ctx, {
      actor: { id: everyRole.user.id, name: everyRole.user.name },
      bytes: Buffer.from('%PDF-1.4 fictief chatverslag\n'),
      title: 'Chatverslag met een lange titel die op een telefoon niet op één regel past (test)',
      sourceDescription: 'Aangeleverd door de moeder (test)',
      dossierId: dossier,
    });
    extra.push(...SECTION_PAGES.map((page) => sectionHref(dossier, page)), `/dossiers/${dossier}/verbanden`, `/dossiers/${dossier}/koppelingen`, '/dossiers', '/bewijs');

    const seeds = [...extra, ...staffGetPaths(listStaffRoutes(servers.staffApp))];
    const paths = [...(await crawl(everyRole.client, seeds, 140)).keys()];
    for (const p of ['/dossiers', '/account', '/logboek/audit', '/monitor/lexicon', PHONE_PATH, `/dossiers/${dossier}/verbanden`]) expect(paths).toContain(p);

    const context = await signedInContext(browser, servers.staffUrl, everyRole.client);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(`${servers.staffUrl}${path}`);
        const w = await pageWidth(page);
        if (w > width) problems.push(`${width} ${path} — page is ${w} px wide: ${await stickingOut(page, width)}`);
        for (const v of await axeViolations(page)) problems.push(`${width} ${path} — ${v}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  test('on a report page each label stands above its field (the message box, the status select), at both widths', { timeout: 120_000 }, async () => {
    const intake = await signedInAs(servers.ctx, servers.staffApp, ['intake']);
    const context = await signedInContext(browser, servers.staffUrl, intake.client);
    const page = await context.newPage();
    const misplaced: string[] = [];
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${servers.staffUrl}/meldingen/${reportIds[0]}`);
      for (const id of ['body', 'status', 'closeReason', 'assigneeId']) {
        const label = await page.locator(`label[for="${id}"]`).boundingBox();
        const field = await page.locator(`#${id}`).boundingBox();
        if (!label || !field) {
          misplaced.push(`${width} #${id}: not found`);
          continue;
        }
        // Above: the label ends where the field begins or higher, and starts at the same left edge.
        if (label.y + label.height > field.y + 1 || Math.abs(label.x - field.x) > 1) misplaced.push(`${width} #${id}: label at ${label.x},${label.y}, field at ${field.x},${field.y}`);
      }
    }
    await context.close();
    expect(misplaced).toEqual([]);
  });
});
