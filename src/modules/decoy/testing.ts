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
