import { expect } from 'vitest';
import type { TestClient } from '../../../test/support/client.ts';

/** Test helpers for the decoy module: the same forms a person fills in. Fictitious texts only. */

export const FICTIVE_SCRIPTS = {
  ad_text: { variant: 'standaard', text: 'Hoi, ik ben Sanne (fictief). Ik zit in de derde klas en zoek een sugardaddy.' },
  disclosure: { variant: 'expliciet', text: 'Ik ben 15 jaar, dat moet je wel weten.' },
  subtle: { variant: 'subtiel', text: 'Ik kan alleen na schooltijd, ik mag nog niet rijden.' },
  clarification: { variant: 'neutraal', text: 'Wat bedoel je?' },
  warning: {
    variant: 'A',
    text: 'Je reageerde op een advertentie van iemand die aangaf 15 jaar te zijn. Seksueel contact met een minderjarige is strafbaar en beschadigt kinderen ernstig. Deze advertentie is geplaatst door een organisatie die gegevens van dit gesprek aan de politie kan melden. Anonieme hulp: {hulplink}',
  },
  help_only: { variant: 'standaard', text: 'Goed dat je stopt. Anonieme en vertrouwelijke hulp: {hulplink}' },
  closing: { variant: 'standaard', text: 'Ik stop met dit gesprek.' },
} as const;

export const ALL_ABSENT = ['meeting', 'place', 'time', 'price', 'images', 'contact', 'sexual'];

/** Writes a script through the form and returns its script id and version id. */
export const writeScript = async (author: TestClient, kind: string, s: { variant: string; text: string }) => {
  await author.get('/lokprofielen/scripts');
  const res = await author.post('/lokprofielen/scripts', { kind, variant: s.variant, text: s.text });
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  const scriptId = /\/lokprofielen\/scripts\/([0-9a-f-]{36})/.exec(res.headers.location as string)?.[1] as string;
  const page = await author.get(`/lokprofielen/scripts/${scriptId}`);
  const versionId = /data-script-version="([0-9a-f-]{36})" data-status="awaiting"/.exec(page.body)?.[1] as string;

  return { scriptId, versionId };
};

export const approveScript = async (reviewer: TestClient, scriptId: string, versionId: string) => {
  await reviewer.get(`/lokprofielen/scripts/${scriptId}`);
  const res = await reviewer.post(`/lokprofielen/scripts/versie/${versionId}/goedkeuren`, { checkedAbsent: ALL_ABSENT, reason: 'Fictieve toets: niets verbodens.' });
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
};

/** Writes and approves one script of each kind; returns the version ids by key of FICTIVE_SCRIPTS. */
export const approvedLibrary = async (author: TestClient, reviewer: TestClient) => {
  const kinds: Record<keyof typeof FICTIVE_SCRIPTS, string> = {
    ad_text: 'ad_text',
    disclosure: 'age_disclosure',
    subtle: 'age_disclosure',
    clarification: 'clarification',
    warning: 'warning',
    help_only: 'help_only',
    closing: 'closing',
  };
  const out = {} as Record<keyof typeof FICTIVE_SCRIPTS, string>;
  for (const key of Object.keys(kinds) as (keyof typeof FICTIVE_SCRIPTS)[]) {
    const { scriptId, versionId } = await writeScript(author, kinds[key], FICTIVE_SCRIPTS[key]);
    await approveScript(reviewer, scriptId, versionId);
    out[key] = versionId;
  }

  return out;
};

/** Admin records the basis, a legal reviewer approves it. Valid for a year from the test clock's day. */
export const openProgramme = async (admin: TestClient, reviewer: TestClient, validUntil = '2028-01-31') => {
  await admin.get('/lokprofielen/grondslag');
  const rec = await admin.post('/lokprofielen/grondslag', {
    purpose: 'Fictief: slachtoffers beschermen door klanten van minderjarigen af te schrikken.',
    policeAgreementRef: 'FICTIEF-POL-2027-001',
    policeContact: 'Fictieve rechercheur, team mensenhandel',
    notificationChannel: 'Fictief beveiligd meldkanaal AVIM',
    dpiaDate: '2027-01-15',
    apBasis: 'Fictieve AP-vergunning 2027/123',
    ethicsReview: 'Fictieve ethische commissie, 2027-02-01, positief',
    validUntil,
  });
  expect(rec.statusCode, rec.body.slice(0, 3000)).toBe(303);
  const page = await reviewer.get('/lokprofielen/grondslag');
  const id = /data-governance="([0-9a-f-]{36})"/.exec(page.body)?.[1] as string;
  const res = await reviewer.post(`/lokprofielen/grondslag/${id}/goedkeuren`, { reason: 'Fictief: alles aanwezig.' });
  expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
};

/** An operator creates a profile from an approved ad text, a second person approves it, it goes live. */
export const liveProfile = async (op: TestClient, reviewer: TestClient, adScriptVersionId: string, statedAge = '15') => {
  await op.get('/lokprofielen');
  const res = await op.post('/lokprofielen/profielen', {
    name: `Fictief profiel Sanne ${Math.random().toString(36).slice(2, 6)}`,
    platform: 'instagram',
    handle: 'sanne_fictief_test',
    url: 'https://voorbeeld.test/sanne-fictief',
    statedAge,
    adScriptVersionId,
    imageProvenance: 'none',
    imageConsentRef: '',
    legalBasisNote: 'Fictief: opgegeven leeftijd 15, art. 251 lid 1 Sr.',
  });
  expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
  const profileId = /profielen\/([0-9a-f-]{36})/.exec(res.headers.location as string)?.[1] as string;
  await reviewer.get(`/lokprofielen/profielen/${profileId}`);
  expect((await reviewer.post(`/lokprofielen/profielen/${profileId}/status`, { step: 'approve', reason: 'Fictieve toets: passief, leeftijd 15.' })).statusCode).toBe(303);
  await op.get(`/lokprofielen/profielen/${profileId}`);
  expect((await op.post(`/lokprofielen/profielen/${profileId}/status`, { step: 'live' })).statusCode).toBe(303);

  return profileId;
};

/** A responder writes first; the operator records the contact. Returns the conversation id. */
export const incomingContact = async (op: TestClient, profileId: string, first: { at: string; id: string; text: string; handle?: string; phone?: string }) => {
  await op.get(`/lokprofielen/profielen/${profileId}`);
  const res = await op.post(`/lokprofielen/profielen/${profileId}/contacten`, {
    responderHandle: first.handle ?? 'fictieve_afzender_1',
    responderUrl: '',
    responderPhone: first.phone ?? '',
    responderEmail: '',
    at: first.at,
    platformMessageId: first.id,
    text: first.text,
  });
  expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);

  return /gesprekken\/([0-9a-f-]{36})/.exec(res.headers.location as string)?.[1] as string;
};

export const step = async (c: TestClient, convId: string, action: string) => {
  await c.get(`/lokprofielen/gesprekken/${convId}`);
  return c.post(`/lokprofielen/gesprekken/${convId}/stap`, { action, stepNote: '' });
};

export const send = async (c: TestClient, convId: string, scriptVersionId: string, extra: Record<string, string> = {}) => {
  await c.get(`/lokprofielen/gesprekken/${convId}`);
  return c.post(`/lokprofielen/gesprekken/${convId}/versturen`, { scriptVersionId, approved: 'yes', ...extra });
};

export const reply = async (c: TestClient, convId: string, m: { at: string; id: string; text: string }) => {
  await c.get(`/lokprofielen/gesprekken/${convId}`);
  return c.post(`/lokprofielen/gesprekken/${convId}/berichten`, { at: m.at, platformMessageId: m.id, text: m.text });
};
