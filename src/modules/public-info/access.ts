import type { Role } from '../accounts/index.ts';

/** Who writes information pages and campaigns, and proposes new versions. */
export const EDITORS: readonly Role[] = ['communications'];

/** Who may approve another person's version for publication (four eyes: never the author). */
export const APPROVERS: readonly Role[] = ['communications', 'supervisor'];

/** Who sees the pages in the staff app, their history and the campaign counts. */
export const READERS: readonly Role[] = ['communications', 'supervisor', 'admin'];

export const mayEdit = (roles: readonly string[]) => EDITORS.some((r) => roles.includes(r));
export const mayApprove = (roles: readonly string[]) => APPROVERS.some((r) => roles.includes(r));
