/**
 * Which chain partner fits, from the facts of a dossier — advice with its reasons, never a move
 * (issue 16 point 3, seed 001; who does what: shared/research/chain-domain.md §1, §2.2, §2.4, §2.6).
 *
 *  - A clear criminal component (a known suspect, or coerced boundaries together with economic gain)
 *    → handover to police/OM; otherwise → case consultation at the Zorg- en Veiligheidshuis.
 *  - A minor in acute danger or with a high risk of violence or coercion → Veilig Thuis (safety
 *    assessment within 5 working days; professionals may report there without consent, Wmo art. 5.2.6).
 *  - Signs of exploitation (economic gain met, or an exploitation risk medium or high) → CoMensha
 *    (registration of a presumed victim, shelter coordination; written consent from non-police reporters).
 *  - A possible victim → care (youth care or the zorgcoördinator mensenhandel).
 * Nothing here is scored or ranked beyond this fixed order; the page shows every reason.
 */
export type RoutingFacts = {
  criteria: { criterion: string; state: string }[];
  risks: { risk: string; severity: string }[];
  /** Recorded ages and free-text estimates of the dossier's possible victims. */
  victims: { age: number | null; ageEstimate: string }[];
  priority: string;
};

export type AdviceTarget = 'police_om' | 'zvh' | 'veilig-thuis' | 'comensha' | 'care';
export type Reason =
  | 'suspect_known'
  | 'coerced_and_gain'
  | 'no_criminal_component'
  | 'minor'
  | 'age_unknown'
  | 'acute_priority'
  | 'high_violence'
  | 'high_coercion'
  | 'economic_gain'
  | 'exploitation_risk'
  | 'possible_victim';
export type Advice = { target: AdviceTarget; reasons: Reason[] };

const ADULT_AGE = 18;

/** The youngest age the victims' records name (a recorded age, else the lowest number in an estimate), or null. */
export const youngestAge = (victims: RoutingFacts['victims']): number | null => {
  const ages = victims.flatMap((v) => (v.age != null ? [v.age] : (v.ageEstimate.match(/\d{1,3}/g) ?? []).map(Number).filter((n) => n > 0 && n < 120)));
  return ages.length === 0 ? null : Math.min(...ages);
};

export const adviseRouting = (f: RoutingFacts): Advice[] => {
  const met = (c: string) => f.criteria.some((x) => x.criterion === c && x.state === 'met');
  const risk = (r: string, levels: string[]) => f.risks.some((x) => x.risk === r && levels.includes(x.severity));
  const out: Advice[] = [];

  if (met('suspect_known')) out.push({ target: 'police_om', reasons: ['suspect_known'] });
  else if (met('coerced_boundaries') && met('economic_gain')) out.push({ target: 'police_om', reasons: ['coerced_and_gain'] });
  else out.push({ target: 'zvh', reasons: ['no_criminal_component'] });

  const age = youngestAge(f.victims);
  const minor = age !== null && age < ADULT_AGE;
  const danger: Reason[] = [];
  if (f.priority === 'urgent') danger.push('acute_priority');
  if (risk('violence', ['high'])) danger.push('high_violence');
  if (risk('coercion', ['high'])) danger.push('high_coercion');
  // An unknown age may be a minor: advise it too, and say that the age is missing.
  if (danger.length > 0 && (minor || age === null)) out.push({ target: 'veilig-thuis', reasons: [minor ? 'minor' : 'age_unknown', ...danger] });

  const exploitation: Reason[] = [];
  if (met('economic_gain')) exploitation.push('economic_gain');
  if (risk('exploitation', ['medium', 'high'])) exploitation.push('exploitation_risk');
  if (exploitation.length > 0) out.push({ target: 'comensha', reasons: exploitation });

  if (f.victims.length > 0) out.push({ target: 'care', reasons: minor ? ['possible_victim', 'minor'] : ['possible_victim'] });

  return out;
};
