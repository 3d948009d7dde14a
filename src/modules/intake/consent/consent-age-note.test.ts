import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, type FormAnswers, fillAndSubmit } from '../testing.ts';

/**
 * Issue 14 finding 14: the consent step of the full path and /mijn-melding/toestemming tell a young
 * person who reports for herself what her own "ja" counts for at her age, by the one rule
 * (consentCountsForAge): from 16 everything, 12 to 15 a referral to care only, under 12 nothing
 * without a parent. Checked on the page text, Dutch and English, for each age band.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const note = (html: string): string =>
  (/<section[^>]*data-testid="consent-age-note"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const asVictim = (ages: Record<string, string>): FormAnswers => ({
  ...ANONYMOUS_REPORT,
  wie: { reporterKind: 'victim' },
  betrokkenen: { ...ANONYMOUS_REPORT.betrokkenen, victimAgeEstimate: '', victimAge: '', ...ages },
});

/** The consent step's note after the steps before it, in this language. */
const stepNote = async (answers: FormAnswers, lang: 'nl' | 'en' = 'nl'): Promise<string> => {
  const client: TestClient = publicClient(t.publicApp);
  if (lang === 'en') client.cookies.set('vn_lang', 'en');
  await client.get('/melden');
  await client.post('/melden/start');
  for (const [slug, form] of Object.entries(answers)) if (slug !== 'toestemming') await client.post(`/melden/${slug}`, form);
  const page = await client.get('/melden/toestemming');
  expect(page.statusCode).toBe(200);

  return note(page.body);
};

/** The note on /mijn-melding/toestemming after the report was sent and opened with its receipt. */
const followUpNote = async (answers: FormAnswers, lang: 'nl' | 'en' = 'nl'): Promise<string> => {
  const { receipt } = await fillAndSubmit(publicClient(t.publicApp), answers);
  const back = publicClient(t.publicApp);
  if (lang === 'en') back.cookies.set('vn_lang', 'en');
  await back.get('/mijn-melding');
  await back.post('/mijn-melding', { bewijscode: receipt });
  const page = await back.get('/mijn-melding/toestemming');
  expect(page.statusCode).toBe(200);

  return note(page.body);
};

const BANDS = [
  {
    band: '12 to 15 (exact age 14)',
    answers: asVictim({ victimAge: '14' }),
    nl: ['Je bent 12 tot en met 15 jaar.', 'Jouw "ja" telt dan alleen voor de vraag over hulpverleners.', 'Voor de politie en het Zorg- en Veiligheidshuis is ook toestemming nodig van je ouder of voogd.'],
    en: ['You are 12 to 15 years old.', 'your "yes" counts only for the question about care workers', 'For the police and the Care and Safety House your parent or guardian must agree too.'],
  },
  {
    band: '12 to 15 (estimate only)',
    answers: asVictim({ victimAgeEstimate: '12_15' }),
    nl: ['Je bent 12 tot en met 15 jaar.', 'alleen voor de vraag over hulpverleners'],
    en: ['You are 12 to 15 years old.', 'only for the question about care workers'],
  },
  {
    band: '16 and older (exact age 16)',
    answers: asVictim({ victimAge: '16' }),
    nl: ['Je bent 16 jaar of ouder.', 'Dan beslis je zelf. Jouw "ja" of "nee" telt voor alle drie de vragen.'],
    en: ['You are 16 or older.', 'Then you decide yourself.'],
  },
  {
    band: 'under 12 (exact age 11)',
    answers: asVictim({ victimAge: '11' }),
    nl: ['Je bent jonger dan 12 jaar.', 'Dan is voor alle drie de vragen ook toestemming nodig van je ouder of voogd.'],
    en: ['You are younger than 12.', 'Your "yes" alone is not enough yet.'],
  },
  {
    band: 'no age given',
    answers: asVictim({}),
    nl: ['Je hebt niet gezegd hoe oud je bent.', 'Ben je 16 jaar of ouder? Dan beslis je zelf.', 'Ben je 12 tot en met 15 jaar? Jouw "ja" telt dan alleen voor de vraag over hulpverleners.', 'Ben je jonger dan 12 jaar? Dan is voor alle drie'],
    en: ['You have not said how old you are.', 'Are you 12 to 15 years old? Then your "yes" counts only for the question about care workers.'],
  },
];

describe('issue 14 finding 14: the consent step says what her own "ja" counts for', () => {
  for (const b of BANDS) {
    it(`on the full path's consent step, ${b.band}`, async () => {
      const nl = await stepNote(b.answers);
      for (const line of b.nl) expect(nl).toContain(line);
      const en = await stepNote(b.answers, 'en');
      for (const line of b.en) expect(en).toContain(line);
    });
  }

  it('the 12-15 note does not claim her "ja" counts for the police, and the 16+ note asks no parent', async () => {
    expect(await stepNote(asVictim({ victimAge: '15' }))).not.toMatch(/telt dan alleen voor de vraag over (de politie|het Zorg)/);
    expect(await stepNote(asVictim({ victimAge: '17' }))).not.toContain('ouder of voogd');
  });

  it('is not shown to someone who reports about another person (their consent is their own)', async () => {
    expect(await stepNote(ANONYMOUS_REPORT)).toBe('');
  });

  for (const b of [BANDS[0]!, BANDS[2]!, BANDS[3]!]) {
    it(`on /mijn-melding/toestemming, ${b.band}`, async () => {
      const nl = await followUpNote(b.answers);
      for (const line of b.nl) expect(nl).toContain(line);
    });
  }

  it('on /mijn-melding/toestemming in English, and not for a parent who reported', async () => {
    const en = await followUpNote(BANDS[0]!.answers, 'en');
    for (const line of BANDS[0]!.en) expect(en).toContain(line);
    expect(await followUpNote(ANONYMOUS_REPORT)).toBe('');
  });
});
