import type { TestClient } from '../../../test/support/client.ts';
import { receiptText } from './views/receipt-code.tsx';

/** Test helpers for the intake module: fill in the whole public form with fictitious answers. */
export type FormAnswers = Record<string, Record<string, string | string[]>>;

export const ANONYMOUS_REPORT: FormAnswers = {
  wie: { reporterKind: 'family' },
  gevaar: { dangerNow: 'no' },
  wat: { whatHappened: 'Mijn dochter (15) heeft opeens dure spullen en wordt elke vrijdag opgehaald door een oudere jongen.', signals: ['behaviour', 'relations'] },
  betrokkenen: { victimAgeEstimate: '12_15', victimAge: '15', victimGender: 'girl', victimPlace: 'Voorbeeldstad', perpetrators: 'Jongen genaamd "Testje", zwarte scooter', clients: '' },
  online: { phones: '06-12340001\n+31 6 12340002', emails: 'testje@example.org', urls: 'https://advertenties.example.org/ad/123', handles: 'snapchat: testje_vb', onlineOther: '' },
  'waar-wanneer': { place: 'Station Voorbeeldstad', when: 'Elke vrijdag sinds de zomer' },
  contact: { anonymous: 'yes' },
  toestemming: { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'no' },
};

export const withContact = (answers: FormAnswers): FormAnswers => ({
  ...answers,
  contact: { anonymous: 'no', name: 'Testouder Jansen', phone: '06-12349999', email: 'ouder@vangnet.test', contactWay: 'phone', contactWhen: 'na 15:00', mayLeaveMessage: 'no' },
});

/** Walks the form page by page like a browser without JavaScript; returns the receipt shown once. */
export const fillAndSubmit = async (client: TestClient, answers: FormAnswers = ANONYMOUS_REPORT): Promise<{ receipt: string; number: string }> => {
  await client.get('/melden');
  const start = await client.post('/melden/start');
  if (start.statusCode !== 303) throw new Error(`start: ${start.statusCode}`);
  for (const [slug, form] of Object.entries(answers)) {
    const res = await client.post(`/melden/${slug}`, form);
    if (res.statusCode !== 303) throw new Error(`${slug}: ${res.statusCode} ${res.body.slice(0, 2000)}`);
  }
  await client.get('/melden/controle');
  const sent = await client.post('/melden/versturen');
  if (sent.headers.location !== '/melden/ontvangen') throw new Error(`submit: ${sent.statusCode} ${sent.body.slice(0, 500)}`);
  const page = await client.get('/melden/ontvangen');
  const receipt = receiptText(page.body);
  if (!receipt) throw new Error(`no receipt: ${page.body.slice(0, 1000)}`);

  return { receipt, number: receipt.slice(0, 8) };
};

/** The three pages of the short way to report (issue 14), as a 15-year-old might fill them in. */
export const SHORT_REPORT: FormAnswers = {
  wat: { whatHappened: 'Mijn vriend (fictief, 19) zegt dat ik met zijn vrienden mee moet naar een hotel. Hij kijkt op mijn telefoon.', reporterKind: 'victim' },
  gevaar: { dangerNow: 'no' },
  contact: { anonymous: 'yes' },
};

/** Walks the short path like a browser without JavaScript; page 3 sends. Returns the receipt shown once. */
export const fillShortAndSubmit = async (client: TestClient, answers: FormAnswers = SHORT_REPORT): Promise<{ receipt: string; number: string; page: string }> => {
  await client.get('/melden');
  const start = await client.post('/melden/kort/start');
  if (start.headers.location !== '/melden/kort/wat') throw new Error(`short start: ${start.statusCode}`);
  for (const [slug, form] of Object.entries(answers)) {
    const res = await client.post(`/melden/kort/${slug}`, form);
    if (res.statusCode !== 303) throw new Error(`kort/${slug}: ${res.statusCode} ${res.body.slice(0, 2000)}`);
  }
  const page = await client.get('/melden/ontvangen');
  const receipt = receiptText(page.body);
  if (!receipt) throw new Error(`no receipt: ${page.body.slice(0, 1000)}`);

  return { receipt, number: receipt.slice(0, 8), page: page.body };
};

/** A multipart/form-data body with one file, as a browser sends it. */
export const multipartFile = (filename: string, content: Buffer, field = 'bestand') => {
  const boundary = `----vangnettest${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);

  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

/** Smallest real files of a few kinds, for type checks (fictitious content). */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const SAMPLE_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('VANGNET-TEST-PNG-BODY-4711')]);

/** The CSRF token an upload form carries in its action's query string. */
export const uploadToken = (html: string): string => decodeURIComponent(/_csrf=([^"&]+)"/.exec(html)?.[1] ?? '');

// For the tests of other modules.
export { receiptText } from './views/receipt-code.tsx';
export { changeConsents } from './triage/change-consents.ts';
export { findReportByNumber, insertAlert } from './queries.ts';
export { reportMessages } from './schema.ts';
export { intakeModule } from './module.ts';

/**
 * Posts a form like a browser: every public and report-page form answers with a 303 to a GET
 * (Post/Redirect/Get), so this follows it and returns the page landed on (its status says whether
 * the form was refused: 400, 429, 503). A post that does not redirect is returned as it is.
 */
export const postAndFollow = async (client: TestClient, url: string, form: Record<string, string | string[]> = {}, options?: Parameters<TestClient['post']>[2]) =>
  follow(client, await client.post(url, form, options));

/** Follows a 303 (for uploads sent with client.raw); any other answer is returned as it is. */
export const follow = async (client: TestClient, res: Awaited<ReturnType<TestClient['get']>>) => {
  const location = res.headers.location;
  if (res.statusCode !== 303 || typeof location !== 'string') return res;

  return client.get(location);
};
