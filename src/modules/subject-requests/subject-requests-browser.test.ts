import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { axeViolations, openAsStaff, scanPages, useBrowserServers } from '../../../test/support/browser.ts';
import { testClock } from '../../../test/support/clock.ts';
import { publicClient } from '../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, withContact } from '../intake/testing.ts';

/**
 * Issue 19 "done when", the data-subject part: a privacy officer, as a new user would, in Chromium
 * without JavaScript at 360 px, registers a request (a mistake first: told so, nothing lost), sees
 * the deadline, searches the person, decides, and downloads the PDF and the JSON answer — which do
 * not name the reporter. axe on every page at 360 and 1280 px (in a context with JavaScript, as
 * axe needs it).
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
const file = useBrowserServers({ clock });

describe('the privacy officer answers a data-subject request', () => {
  test('register, search, decide, answer as PDF and JSON', { timeout: 300_000 }, async () => {
    const report = withContact({ ...ANONYMOUS_REPORT, betrokkenen: { ...ANONYMOUS_REPORT.betrokkenen, perpetrators: 'Jongen genaamd Testje Verzonnen' } });
    const { servers } = file;
    await fillAndSubmit(publicClient(servers.publicApp), report);
    const { page, jsPage, close } = await openAsStaff(file, ['privacy_officer'], { acceptDownloads: true });

    await page.goto(`${servers.staffUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Verzoeken betrokkenen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' }).waitFor({ state: "visible" });
    await page.getByRole('link', { name: 'Nieuw verzoek vastleggen' }).click();
    await page.getByLabel(/^Inzage: welke gegevens/).check();
    await page.getByLabel('Naam van de persoon').fill('Testje Verzonnen');
    await page.getByLabel('Identiteitsbewijs gezien (kopie niet bewaard)').check();
    await page.getByLabel('Datum van ontvangst').fill('9 maart');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    // A date in words: told how to write it, the name kept.
    await page.getByRole('link', { name: /Vul een bestaande datum in als JJJJ-MM-DD/ }).waitFor({ state: "visible" });
    expect(await page.getByLabel('Naam van de persoon').inputValue()).toBe('Testje Verzonnen');
    await page.getByLabel('Datum van ontvangst').fill('2031-03-09');
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    await page.getByText('Het verzoek is vastgelegd.').waitFor({ state: "visible" });
    await page.getByText('Uiterlijk antwoorden op 2031-04-09 (nog 30 dagen).').waitFor({ state: "visible" });
    const requestUrl = page.url().split('?')[0] as string;
    // The request is complex: the period is extended by two months, with a reason, and the person told.
    await page.getByLabel('Reden van de verlenging').fill('Veel gegevens in verschillende dossiers (test)');
    await page.getByRole('button', { name: 'Termijn met twee maanden verlengen' }).click();
    await page.getByText('De termijn is met twee maanden verlengd.').waitFor({ state: "visible" });
    await page.getByText('Uiterlijk antwoorden op 2031-06-09 (nog 91 dagen).').waitFor({ state: "visible" });
    await page.getByText(/Laat de persoon uiterlijk op 2031-04-09 weten/).waitFor({ state: "visible" });
    await page.getByRole('button', { name: 'De persoon weet het nu' }).click();
    await page.getByText('De persoon is op 2031-03-10 verteld dat de termijn is verlengd.').waitFor({ state: "visible" });

    await page.getByRole('link', { name: /Zoek deze persoon/ }).click();
    await page.getByText('Vangnet vond 1 gegeven bij deze persoon.').waitFor({ state: "visible" });
    const searchUrl = page.url();
    await page.getByRole('group', { name: /Besluit over: Melding van/ }).getByLabel('Geven (inzage)').check();
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Het besluit is vastgelegd.').waitFor({ state: "visible" });

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Antwoord maken als PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('antwoord-avg-2031-03-10.pdf');
    const pdfBytes = await readFile((await pdf.path()) as string);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.goto(requestUrl);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gegevens maken als JSON-bestand' }).click()]);
    const answer = await readFile((await json.path()) as string, 'utf8');
    expect(JSON.parse(answer).given).toHaveLength(1);
    expect(answer).not.toContain('Testouder Jansen');
    expect(answer).not.toContain('ouder@vangnet.test');
    await page.goto(requestUrl);
    await page.getByText('Beantwoord op 2031-03-10').waitFor({ state: "visible" });

    const violations = await scanPages(jsPage, [`${servers.staffUrl}/inzageverzoeken`, `${servers.staffUrl}/inzageverzoeken/nieuw`, requestUrl, searchUrl]);
    // The form with its errors is a POST answer; scan it as it comes.
    await jsPage.goto(`${servers.staffUrl}/inzageverzoeken/nieuw`);
    await jsPage.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    violations.push(...(await axeViolations(jsPage)).map((v) => `new with errors: ${v}`));
    await jsPage.goto(searchUrl);
    await jsPage.getByRole('group', { name: /Besluit over: Melding van/ }).getByLabel('Weigeren').check();
    await jsPage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await jsPage.getByText('Kies bij weigeren de wettelijke grond.').first().waitFor({ state: "visible" });
    violations.push(...(await axeViolations(jsPage)).map((v) => `decision with errors: ${v}`));
    expect(violations).toEqual([]);
    await close();
  });
});
