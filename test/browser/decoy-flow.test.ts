import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifySignedPackage } from '../../src/modules/evidence/index.ts';
import { whatsAppExport } from '../../src/modules/decoy/testing/chat-exports.ts';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { testClock } from '../support/clock.ts';
import { pdfText } from '../support/pdf-text.ts';
import { signedInAs } from '../support/factories.ts';

/**
 * Issue 15 "done when", in Chromium without JavaScript: an admin and a legal reviewer open the module
 * with a governance record; an operator writes the scripts and a second person approves each exact
 * version; a decoy goes live from an approved ad text; a responder writes first; the operator sends
 * only the approved explicit age disclosure, imports the responder's WhatsApp export (he continues
 * after the disclosure), proposes a warning that a legal reviewer approves, freezes the evidence,
 * proposes the police notification that the reviewer approves, and downloads a package that
 * verify-package accepts, with the tagged PDF in it. Every forbidden step on the way is refused with its reason. axe on every
 * page at 360 and 1280 px.
 */
let servers: BrowserServers;
let browser: Browser;
const clock = testClock('2027-03-02T10:00:00.000Z');
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  servers = await startServers({ clock });
  browser = await launchBrowser();
  const axeContext = await browser.newContext({ bypassCSP: true });
  contexts.push(axeContext);
  axePage = await axeContext.newPage();
  await axePage.goto(`${servers.staffUrl}/`);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await servers?.close();
});

const AD = 'Hoi, ik ben Sanne (fictief testprofiel). Ik zit in de derde klas en verveel me.';
const DISCLOSURE = 'Ik ben 15 jaar, dat moet je wel weten.';
const WARNING = 'Je reageerde op een profiel van iemand die aangaf 15 jaar te zijn. Seksueel contact met een minderjarige is strafbaar. Anonieme hulp: {hulplink}';

/** Every page a person sees, scanned later at both widths (GET pages) or now (a POST answer). */
const seen = new Set<string>();
const violations: string[] = [];
/**
 * axe needs scripts, and the walk runs without them: the page as the person sees it (also a POST
 * answer) is copied into a page with scripts on the same origin, so its stylesheet applies.
 */
let axePage: Page;
let scanned = 0;
const scanNow = async (page: Page, what: string) => {
  const html = await page.content();
  for (const width of [360, 1280]) {
    await axePage.setViewportSize({ width, height: 800 });
    await axePage.setContent(html, { waitUntil: 'load' });
    violations.push(...(await axeViolations(axePage)).map((v) => `${what} at ${width}px: ${v}`));
    const scrollWidth = await axePage.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) violations.push(`${what} at ${width}px: page is ${scrollWidth}px wide`);
  }
  // Two fields with one id: a click on the second label lands in the first field.
  const ids = await axePage.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (twice.length > 0) violations.push(`${what}: id used twice: ${twice.join(', ')}`);
  scanned += 1;
};
const look = async (page: Page) => {
  const url = page.url();
  if (!seen.has(url)) {
    seen.add(url);
    await scanNow(page, url.replace(servers.staffUrl, ''));
  }
};

const as = async (role: 'admin' | 'decoy_operator' | 'legal_reviewer') => {
  const who = await signedInAs(servers.ctx, servers.staffApp, [role]);
  const context = await signedInContext(browser, servers.staffUrl, who.client, { javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${servers.staffUrl}/`);

  return page;
};

const alertText = async (page: Page) => (await page.locator('.vn-error-summary, .utrecht-alert, .vn-field-error').allInnerTexts()).join('\n');

describe('a decoy programme from governance to a verified police notification', () => {
  test('operator, legal reviewer and admin walk the passive flow with four eyes', { timeout: 600_000 }, async () => {
    const admin = await as('admin');
    const operator = await as('decoy_operator');
    const reviewer = await as('legal_reviewer');

    // 1. Closed until a basis is recorded and approved by someone else.
    await admin.getByRole('navigation').getByRole('link', { name: 'Lokprofielen' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Lokprofielen: gesloten' }).waitFor({ state: "visible" });
    await look(admin);
    await admin.getByRole('link', { name: 'Naar de grondslag van het programma' }).click();
    await look(admin);
    await admin.getByLabel('Doel (verbonden aan de bescherming van slachtoffers)').fill('Fictief (test): slachtoffers beschermen door klanten van minderjarigen af te schrikken.');
    await admin.getByLabel('Kenmerk afspraak met politie en OM').fill('FICTIEF-POL-2027-001');
    await admin.getByRole('button', { name: /^Vastleggen/ }).click();
    // Missing fields: told which, nothing typed lost.
    await admin.locator('.vn-error-summary').waitFor({ state: "visible" });
    expect(await admin.getByLabel('Kenmerk afspraak met politie en OM').inputValue()).toBe('FICTIEF-POL-2027-001');
    await scanNow(admin, 'governance with errors');
    await admin.getByLabel('Contactpersoon politie').fill('Fictieve rechercheur, team mensenhandel');
    await admin.getByLabel('Afgesproken meldkanaal').fill('Fictief beveiligd meldkanaal');
    await admin.getByLabel('Datum DPIA (jjjj-mm-dd)').fill('2027-01-15');
    await admin.getByLabel('Vergunning of uitzondering Autoriteit Persoonsgegevens').fill('Fictieve AP-vergunning 2027/123');
    await admin.getByLabel('Ethische toets').fill('Fictieve ethische commissie, positief');
    await admin.getByLabel('Geldig tot en met (jjjj-mm-dd)').fill('2028-01-31');
    await admin.getByRole('button', { name: /^Vastleggen/ }).click();
    await admin.getByText('wacht op goedkeuring').waitFor({ state: "visible" });
    await reviewer.goto(`${servers.staffUrl}/lokprofielen/grondslag`);
    await reviewer.getByLabel('Reden van goedkeuring').fill('Fictief: alle stukken aanwezig.');
    await reviewer.getByRole('button', { name: 'Goedkeuren' }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Lokprofielen' }).waitFor({ state: "visible" });
    await look(reviewer);

    // 2. The script library: a forbidden text cannot be saved; each version needs a second person.
    await operator.goto(`${servers.staffUrl}/lokprofielen`);
    await operator.getByRole('link', { name: 'Scripts' }).click();
    await look(operator);
    await operator.getByLabel('Soort').selectOption({ label: 'Advertentietekst' });
    await operator.getByLabel('Variant').selectOption('standaard');
    await operator.getByLabel('Tekst', { exact: true }).fill('Kom om 20:00 naar de Stationsstraat 12, 50 euro, app me op 06-12345678.');
    await operator.getByRole('button', { name: /^Opslaan als nieuwe versie/ }).click();
    const blocked = await alertText(operator);
    expect(blocked).toContain('20:00');
    expect(blocked).toContain('50 euro');
    expect(await operator.getByLabel('Tekst', { exact: true }).inputValue()).toContain('Stationsstraat 12');
    await scanNow(operator, 'script refused by the lexicon screen');
    const scriptIds: string[] = [];
    for (const s of [
      { kind: 'Advertentietekst', variant: 'standaard', text: AD },
      { kind: 'Leeftijd noemen', variant: 'expliciet', text: DISCLOSURE },
      { kind: 'Waarschuwing', variant: 'A', text: WARNING },
    ]) {
      await operator.goto(`${servers.staffUrl}/lokprofielen/scripts`);
      await operator.getByLabel('Soort').selectOption({ label: s.kind });
      await operator.getByLabel('Variant').selectOption(s.variant);
      await operator.getByLabel('Tekst', { exact: true }).fill(s.text);
      await operator.getByRole('button', { name: /^Opslaan als nieuwe versie/ }).click();
      await operator.getByText('Zij wacht op goedkeuring door een juridisch toetser').waitFor({ state: "visible" });
      await look(operator);
      scriptIds.push(new URL(operator.url()).pathname.split('/').pop() as string);
    }
    for (const [i, id] of scriptIds.entries()) {
      await reviewer.goto(`${servers.staffUrl}/lokprofielen/scripts/${id}`);
      await look(reviewer);
      if (i === 0) {
        // Not every forbidden element ticked as absent: refused.
        await reviewer.getByLabel('een voorstel om af te spreken').check();
        await reviewer.getByLabel('Reden', { exact: true }).fill('Fictieve toets.');
        await reviewer.getByRole('button', { name: 'Deze exacte versie goedkeuren' }).click();
        await reviewer.locator('.vn-error-summary').waitFor({ state: "visible" });
        await scanNow(reviewer, 'script approval refused');
      }
      for (const label of ['een voorstel om af te spreken', 'een plaats of adres', 'een tijd of moment', 'een prijs of bedrag', 'een vraag om of aanbod van beelden', 'contactgegevens (telefoon, e-mail, account, link)', 'seksuele inhoud']) {
        await reviewer.getByLabel(label).check();
      }
      await reviewer.getByLabel('Reden', { exact: true }).fill('Fictieve toets: niets verbodens.');
      await reviewer.getByRole('button', { name: 'Deze exacte versie goedkeuren' }).click();
      await reviewer.getByText('De versie is goedgekeurd en kan nu gebruikt worden.').waitFor({ state: "visible" });
    }

    // 3. A decoy from the approved ad text: draft, legal sign-off by someone else, live.
    await operator.goto(`${servers.staffUrl}/lokprofielen`);
    await operator.getByLabel('Interne naam').fill('Fictief testprofiel Sanne');
    await operator.getByLabel('Platform', { exact: true }).fill('instagram');
    await operator.getByLabel('Naam of handle op het platform').fill('sanne_fictief_test');
    await operator.getByLabel('Link naar profiel of advertentie').fill('https://voorbeeld.test/sanne-fictief');
    await operator.getByLabel('Opgegeven leeftijd (minderjarig: 12 tot en met 17)').fill('15');
    await operator.getByLabel('Gepubliceerde tekst (goedgekeurd script)').selectOption({ index: 0 });
    await operator.getByLabel('Juridische notitie (grondslag, leeftijd, art. 251 Sr)').fill('Fictief: opgegeven leeftijd 15, art. 251 lid 1 Sr.');
    await operator.getByRole('button', { name: 'Profiel opslaan als concept' }).click();
    await look(operator);
    const profileUrl = operator.url();
    await reviewer.goto(profileUrl);
    await reviewer.getByLabel('Reden', { exact: true }).fill('Fictieve toets: passief, leeftijd 15.');
    await reviewer.getByRole('button', { name: 'Juridisch goedkeuren' }).click();
    await operator.goto(profileUrl);
    await operator.getByRole('button', { name: 'Live zetten' }).click();
    expect(await operator.locator('#profile').getAttribute('data-status')).toBe('live');
    seen.delete(profileUrl);
    await look(operator);

    // 4. The responder writes first; the operator records the contact.
    await operator.getByLabel('Naam of handle van de afzender').fill('fictieve_man_test');
    await operator.getByLabel('Telefoonnummer van de afzender (als hij het gaf)').fill('06-12348030');
    await operator.getByLabel('Tijd van het eerste bericht (UTC, jjjj-mm-dd uu:mm)').fill('2027-03-02 09:00');
    await operator.getByLabel('Bericht-id op het platform').fill('fictief-ig-1');
    await operator.getByLabel('Tekst van het eerste bericht (precies zoals ontvangen)').fill('Hoi, leuk profiel. Ben je beschikbaar?');
    await operator.getByRole('button', { name: 'Contact vastleggen' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Gesprek met fictieve_man_test' }).waitFor({ state: "visible" });
    const convUrl = operator.url();
    await look(operator);
    // Nothing may be sent in triage: no script is offered.
    await operator.getByText('In deze stand mag er niets verstuurd worden.').waitFor({ state: "visible" });
    await operator.getByLabel('Benadering: leeftijd noemen').check();
    await operator.getByRole('button', { name: 'Volgende stap' }).click();

    // 5. Only the approved explicit disclosure is offered; without the approval tick nothing goes.
    const offered = operator.locator('form[data-next-script]');
    expect(await offered.count()).toBe(1);
    expect(await offered.locator('blockquote').textContent()).toBe(DISCLOSURE);
    expect(await operator.locator('textarea[name="text"]').count()).toBe(1); // only the "record an inbound message" box
    await operator.getByRole('button', { name: 'Goedkeuren en als verstuurd vastleggen' }).click();
    expect(await alertText(operator)).toContain('Vink aan dat u dit bericht goedkeurt');
    await scanNow(operator, 'send without approval');
    await operator.getByLabel('Ik heb dit bericht gelezen en keur het goed').check();
    await operator.getByRole('button', { name: 'Goedkeuren en als verstuurd vastleggen' }).click();
    expect(await operator.locator('#conversation').getAttribute('data-state')).toBe('await_reply');
    expect(await operator.locator('tr[data-disclosure="yes"]').textContent()).toContain(DISCLOSURE);
    seen.delete(convUrl);
    await look(operator);

    // 6. The responder's WhatsApp export: he continues after the disclosure.
    const sentAt = clock.now();
    const txt = whatsAppExport(
      [
        { at: sentAt, from: 'sanne_fictief_test', text: DISCLOSURE },
        { at: new Date(sentAt.getTime() + 60_000), from: 'Fictieve Man', text: 'Maakt niet uit.' },
        { at: new Date(sentAt.getTime() + 120_000), from: 'Fictieve Man', text: 'Zullen we afspreken bij mij thuis? Ik betaal 100 euro.' },
      ],
      { style: 'nl' },
    );
    clock.advance(10 * 60_000);
    await operator.getByLabel('Exportbestand').setInputFiles({ name: 'WhatsApp-chat met Fictieve Man.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) });
    await operator.getByRole('button', { name: 'Inlezen' }).click();
    await operator.getByText('Ingelezen: 2 nieuwe berichten, 0 stonden er al.').waitFor({ state: "visible" });
    await look(operator);
    expect(await operator.locator('#transcript').textContent()).toContain('Ik betaal 100 euro');
    await operator.getByLabel('Ging door na leeftijd').check();
    await operator.getByRole('button', { name: 'Volgende stap' }).click();
    expect(await operator.locator('#conversation').getAttribute('data-state')).toBe('continuation_review');
    // No script can be sent while the continuation is reviewed.
    expect(await operator.locator('form[data-next-script]').count()).toBe(0);
    seen.delete(operator.url());
    await look(operator);

    // 7. The warning: the art. 251 Sr checklist, then a second person.
    await operator.getByRole('button', { name: 'Voorstellen aan een tweede persoon' }).click();
    expect(await alertText(operator)).toContain('Vink aan wat de afzender na de leeftijdsmelding voorstelde');
    await scanNow(operator, 'warning proposal refused');
    const proposalSelect = operator.getByLabel('Bericht van de afzender ná de leeftijdsmelding waarin hij iets voorstelde');
    const proposalValue = await proposalSelect.locator('option', { hasText: 'Zullen we afspreken' }).getAttribute('value');
    await proposalSelect.selectOption(proposalValue as string);
    await operator.getByLabel('een afspraak of ontmoeting').check();
    await operator.getByLabel('een prijs of betaling').check();
    await operator.getByRole('checkbox', { name: /De opgegeven leeftijd was 15 en is expliciet genoemd/ }).check();
    await operator.getByRole('button', { name: 'Voorstellen aan een tweede persoon' }).click();
    await operator.getByText('Wacht op een tweede persoon').waitFor({ state: "visible" });
    await reviewer.goto(convUrl);
    await look(reviewer);
    await reviewer.getByLabel('Goedkeuren', { exact: true }).check();
    await reviewer.getByLabel('Reden', { exact: true }).fill('Fictief: checklist klopt.');
    await reviewer.getByRole('button', { name: 'Besluiten als tweede persoon' }).click();
    expect(await reviewer.locator('#conversation').getAttribute('data-state')).toBe('warning_sent');
    expect(await reviewer.locator('#transcript').textContent()).toMatch(/\/hulp\/w\/[0-9a-f]{10}/);

    // 8. Evidence frozen, notification proposed, approved by the second person with the police reference.
    await operator.goto(convUrl);
    await look(operator);
    await operator.getByRole('button', { name: 'Bewijs vastzetten (transcript verzegelen)' }).click();
    expect(await operator.locator('#conversation').getAttribute('data-state')).toBe('evidence_frozen');
    await look(operator);
    await operator.getByLabel('Grondslag voor de melding').fill('Fictief: afspraak met politie, art. 251 Sr-signaal.');
    await operator.getByRole('checkbox', { name: /Privacytoets gedaan/ }).check();
    await operator.getByRole('button', { name: 'Voorstellen aan een tweede persoon' }).click();
    await reviewer.goto(convUrl);
    seen.delete(convUrl);
    await look(reviewer);
    await reviewer.getByLabel('Goedkeuren', { exact: true }).check();
    await reviewer.getByLabel('Reden', { exact: true }).fill('Fictief: melding gerechtvaardigd.');
    await reviewer.getByRole('button', { name: 'Besluiten als tweede persoon' }).click();
    expect(await alertText(reviewer)).toContain('Vul het kenmerk in dat de politie voor de melding gaf');
    await scanNow(reviewer, 'notification decision refused');
    await reviewer.getByLabel('Kenmerk van de politie (bij goedkeuren)').fill('FICTIEF-PL-0001');
    await reviewer.getByRole('button', { name: 'Besluiten als tweede persoon' }).click();
    expect(await reviewer.locator('#conversation').getAttribute('data-state')).toBe('police_notified');
    seen.delete(reviewer.url());
    await look(reviewer);

    // 9. The signed package: verify-package accepts it.
    const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: /Politiepakket downloaden/ }).click()]);
    const path = await download.path();
    const zip = await readFile(path);
    const verified = verifySignedPackage(new Uint8Array(zip));
    expect(verified.ok, JSON.stringify(verified).slice(0, 500)).toBe(true);
    const pdf = pdfText(Buffer.from(unzipSync(new Uint8Array(zip))['politiemelding.pdf'] as Uint8Array));
    expect(pdf).toContain(`EXPLICIETE LEEFTIJDSMELDING: ${DISCLOSURE}`);
    expect(pdf).toContain('Kenmerk van de politie: FICTIEF-PL-0001');

    // The menu pages too: figures.
    await operator.goto(`${servers.staffUrl}/lokprofielen/cijfers`);
    await look(operator);

    expect(violations).toEqual([]);
    expect(scanned).toBeGreaterThan(20);
  });
});
