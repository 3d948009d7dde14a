import { pick } from '../../../web/i18n.ts';
import { casesLabels } from '../texts.ts';
import type { HandOverCheck } from './can-hand-over.ts';

type Basis = Extract<HandOverCheck, { ok: true }>['basis'];

const nlDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const day = (d: Date | string) => nlDay.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);

/**
 * What allowed the handover, in words for the police reader (issue 14: the PDF said
 * "Grondslag: consent:8e280dfd-…"): who gave the consent, when, how and for what — or which
 * exception, who asked for it and who approved it. The code stays in dossier.json as `basis`.
 */
export const basisText = (basis: Basis, names: ReadonlyMap<string, string>, reportNumbers: ReadonlyMap<string, string>): string => {
  const l = pick(casesLabels, 'nl');
  if (basis.kind === 'consent') {
    const c = basis.consent;
    const who = `${l.givenBy[c.givenBy] ?? c.givenBy}${c.givenByName ? ` (${c.givenByName})` : ''}`;
    return `toestemming van ${lcFirst(who)}, gegeven op ${day(c.givenOn)} (${lcFirst(l.method[c.method] ?? c.method)}), voor: ${lcFirst(l.purpose[c.purpose] ?? c.purpose)}. Wat de toestemming omvat: ${c.scope}`;
  }
  if (basis.kind === 'report_consent') {
    const number = reportNumbers.get(basis.reportId);
    return `toestemming van de melder zelf, gegeven op ${day(basis.givenAt)} in melding ${number ?? '(onbekend nummer)'} (via het formulier of de berichten), voor: overdracht aan politie/OM`;
  }
  const e = basis.exception;
  return `uitzondering zonder toestemming wegens ${lcFirst(l.ground[e.ground] ?? e.ground)}, aangevraagd door ${names.get(e.requestedBy) ?? 'een medewerker'}, goedgekeurd door ${names.get(e.decidedBy ?? '') ?? 'een teamleider'}${e.decidedAt ? ` op ${day(e.decidedAt)}` : ''}. Reden: ${e.reason}`;
};
