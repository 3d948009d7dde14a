/**
 * Seed 001's routing as guidance: a clear criminal component (a known suspect, or coercion together
 * with economic gain) → police/OM; otherwise → case consultation at the Zorg- en Veiligheidshuis.
 * Advice with its reason on the handover page, never an automatic move; a referral or share itself
 * is made on the chain page (issue 16).
 */
export const routingAdvice = (criteria: { criterion: string; state: string }[]): 'police_om' | 'zvh' => {
  const met = (c: string) => criteria.some((x) => x.criterion === c && x.state === 'met');

  return met('suspect_known') || (met('coerced_boundaries') && met('economic_gain')) ? 'police_om' : 'zvh';
};
