import type { OrganisationKind } from '../accounts/index.ts';

/**
 * The sections a share can open, one by one (issue 16 point 1). The reporter is never a person in a
 * dossier (their identity stays in the report), so "people" never carries the reporter.
 */
export const SHARE_SECTIONS = ['summary', 'people', 'signals', 'assessment', 'plan', 'timeline'] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

/** The consent purpose (cases' ConsentPurpose) each kind of partner needs, for sharing and referring. */
export const PURPOSE_FOR_KIND: Partial<Record<OrganisationKind, 'police_om' | 'care_referral' | 'zvh_sharing' | 'comensha_registration'>> = {
  police: 'police_om',
  om: 'police_om',
  zvh: 'zvh_sharing',
  'veilig-thuis': 'care_referral',
  care: 'care_referral',
  // The municipality's care coordinator for human trafficking takes referrals to care.
  municipality: 'care_referral',
  comensha: 'comensha_registration',
};

/** Referrals go to the chain's care side; the police/OM route is the handover (cases). */
export const REFERRAL_KINDS: readonly OrganisationKind[] = ['zvh', 'veilig-thuis', 'comensha', 'care', 'municipality'];

export const LIMITS = { question: 2_000, reason: 500, note: 1_000, owner: 200, maxShareDays: 366 } as const;
