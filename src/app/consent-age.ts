/**
 * The purposes a consent is for, as the cases module names them (its CONSENT_PURPOSES). The intake
 * module's report consents map onto them with REPORT_CONSENT_PURPOSE.
 */
export type ConsentPurpose = 'police_om' | 'care_referral' | 'zvh_sharing' | 'comensha_registration';

/** The intake module's consent questions (report_consents.purpose) and the purpose each is for. */
export const REPORT_CONSENT_PURPOSE: Record<string, ConsentPurpose | undefined> = { police: 'police_om', care: 'care_referral', zvh: 'zvh_sharing' };

/**
 * Who may consent for a (possible) victim, by age — the one rule (issue 14, finding 14). Used when
 * staff record a consent (cases), when the handover check reads the staff's consents and the
 * reporter's own "ja" from the public form of a victim who reports for herself or himself (cases),
 * and where the report page shows that "ja" (intake). It lives in src/app because both modules use it
 * and intake may not import cases. src/modules/cases/README.md states the rule and its legal ground.
 *
 *   16 and older  the victim, for every purpose; a parent's or guardian's consent does not replace it.
 *   12 to 15      the victim, for a referral to care (help and advice offered to the young person);
 *                 for police/OM, the ZVH and CoMensha a parent or guardian.
 *   under 12      a parent or guardian, for every purpose.
 *   unknown       the victim or a parent/guardian counts; staff are asked to record the age.
 *
 * Acting without the right consent is still possible through an exception (acute danger, conflict
 * of duties) that a second person approves — never through this rule.
 */
export type AgeBand = 'under_12' | '12_15' | '16_plus' | 'unknown';

export type ConsentGiver = 'victim' | 'guardian';

export type AgeRuleAnswer = { ok: true } | { ok: false; reason: { nl: string; en: string } };

/** The age below which a parent or guardian consents (UAVG art. 5; WGBO art. 7:447 BW). */
export const SELF_CONSENT_AGE = 16;
/** From this age the young person's own consent counts for a referral to care (WGBO/Jeugdwet: from 12). */
export const CARE_SELF_CONSENT_AGE = 12;

export const bandOfAge = (age: number): AgeBand => (age < CARE_SELF_CONSENT_AGE ? 'under_12' : age < SELF_CONSENT_AGE ? '12_15' : '16_plus');

const ORDER: readonly AgeBand[] = ['under_12', '12_15', '16_plus'];

/**
 * The band of a person whose age is only estimated in free text ("15 of 16", "rond de 14"): the
 * youngest age named decides, so a doubt about being under 16 counts as under 16.
 */
export const bandOfEstimate = (estimate: string): AgeBand => {
  const ages = (estimate.match(/\d{1,3}/g) ?? []).map(Number).filter((n) => n > 0 && n < 120);

  return ages.length === 0 ? 'unknown' : bandOfAge(Math.min(...ages));
};

/** The band of the public form's answers (victimAge, else victimAgeEstimate: under_12, 12_15, 16_17, 18_plus, unknown). */
export const bandOfReportAnswers = (victimAge: string | null | undefined, estimate: string | null | undefined): AgeBand => {
  const age = Number.parseInt(String(victimAge ?? ''), 10);
  if (Number.isFinite(age) && age > 0) return bandOfAge(age);
  if (estimate === 'under_12') return 'under_12';
  if (estimate === '12_15') return '12_15';
  if (estimate === '16_17' || estimate === '18_plus') return '16_plus';

  return 'unknown';
};

/**
 * A report's consent is the victim's own when the reporter is the victim ("Het gaat om mij"); then
 * this is her or his band from the form. Null: the reporter is someone else (their own consent to
 * pass on their report, not the victim's).
 */
export const ownConsentBandOfReport = (reporterKind: string, answers: { victimAge?: unknown; victimAgeEstimate?: unknown }): AgeBand | null =>
  reporterKind === 'victim' ? bandOfReportAnswers(answers.victimAge == null ? null : String(answers.victimAge), answers.victimAgeEstimate == null ? null : String(answers.victimAgeEstimate)) : null;

/** The youngest of several bands (several sources, several possible victims): the safe side. */
export const youngestBand = (bands: AgeBand[]): AgeBand => {
  const known: readonly AgeBand[] = bands.filter((b) => b !== 'unknown');
  if (known.length === 0) return 'unknown';

  return ORDER.find((b) => known.includes(b)) ?? 'unknown';
};

/** Purposes where a young person of 12 to 15 decides alone: referral to care (help and advice for her or him). */
const CARE_PURPOSES: readonly ConsentPurpose[] = ['care_referral'];

/** How each consent purpose is named in a sentence (Dutch and English), here and in the handover check. */
export const purposeNl: Record<ConsentPurpose, string> = {
  police_om: 'overdracht aan politie/OM',
  care_referral: 'doorverwijzing naar zorg',
  zvh_sharing: 'delen met het Zorg- en Veiligheidshuis',
  comensha_registration: 'registratie bij CoMensha',
};
export const purposeEn: Record<ConsentPurpose, string> = {
  police_om: 'handover to police/OM',
  care_referral: 'referral to care',
  zvh_sharing: 'sharing with the Care and Safety House',
  comensha_registration: 'registration with CoMensha',
};

/**
 * Does a consent from this giver count for this purpose, for a victim of this age band? The answer
 * says why not, in words the consent form and the handover checklist show.
 */
export const consentCountsForAge = (giver: ConsentGiver, purpose: ConsentPurpose, band: AgeBand): AgeRuleAnswer => {
  if (band === 'unknown') return { ok: true };
  if (giver === 'guardian') {
    if (band !== '16_plus') return { ok: true };
    return {
      ok: false,
      reason: {
        nl: `Het mogelijke slachtoffer is 16 of ouder. Dan beslist zij of hij zelf over ${purposeNl[purpose]}; toestemming van een ouder of voogd telt niet in de plaats daarvan.`,
        en: `The possible victim is 16 or older and decides on ${purposeEn[purpose]} themselves; a parent's or guardian's consent does not count instead.`,
      },
    };
  }
  if (band === '16_plus') return { ok: true };
  if (band === '12_15' && CARE_PURPOSES.includes(purpose)) return { ok: true };
  if (band === '12_15') {
    return {
      ok: false,
      reason: {
        nl: `Het mogelijke slachtoffer is jonger dan 16. Voor ${purposeNl[purpose]} geeft een ouder of voogd toestemming; de eigen toestemming van de jongere telt hier alleen voor doorverwijzing naar zorg. Zonder die toestemming kan alleen een uitzondering (acuut gevaar of conflict van plichten) die een tweede persoon goedkeurt.`,
        en: `The possible victim is under 16. For ${purposeEn[purpose]} a parent or guardian consents; the young person's own consent counts only for a referral to care. Without that consent only an exception (acute danger or conflict of duties) approved by a second person will do.`,
      },
    };
  }

  return {
    ok: false,
    reason: {
      nl: `Het mogelijke slachtoffer is jonger dan 12. Dan geeft een ouder of voogd toestemming, ook voor ${purposeNl[purpose]}; anders kan alleen een uitzondering (acuut gevaar of conflict van plichten) die een tweede persoon goedkeurt.`,
      en: `The possible victim is under 12. A parent or guardian consents, also for ${purposeEn[purpose]}; otherwise only an exception (acute danger or conflict of duties) approved by a second person will do.`,
    },
  };
};

/** The youngest band of a dossier's possible victims (a recorded age, else the estimate). */
export const bandOfVictims = (subjects: { role: string; age: number | null; ageEstimate: string; mergedInto: string | null }[]): AgeBand =>
  youngestBand(
    subjects.filter((s) => s.role === 'possible_victim' && !s.mergedInto).map((s) => (s.age != null ? bandOfAge(s.age) : bandOfEstimate(s.ageEstimate))),
  );
