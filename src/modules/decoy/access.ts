/**
 * Who may use the decoy module. Deny by default: partners and analysts never see decoy data
 * (issue 15, hard rules). Supervisors read, to act on urgent alerts.
 */
export const DECOY_READERS = ['decoy_operator', 'legal_reviewer', 'supervisor'] as const;
/** Who works conversations: types, imports, proposes, sends approved scripts. */
export const DECOY_OPERATORS = ['decoy_operator'] as const;
/** Who approves scripts, profiles, the governance record, warnings and notifications (never their own). */
export const DECOY_REVIEWERS = ['legal_reviewer'] as const;
/** Who writes a script version: operators draft, reviewers may too (but never approve their own). */
export const SCRIPT_AUTHORS = ['decoy_operator', 'legal_reviewer'] as const;
/** Who records the programme's basis. */
export const GOVERNANCE_RECORDERS = ['admin'] as const;
/** Who sees the governance page (and so whether the module is open). */
export const GOVERNANCE_READERS = ['admin', 'decoy_operator', 'legal_reviewer', 'supervisor'] as const;

export type DecoyActor = { id: string; name: string; email: string; roles: readonly string[] };

export const actorLabel = (a: DecoyActor) => ({ userId: a.id, label: a.email });
