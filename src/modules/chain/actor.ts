import type { actorFrom, requireDossierAccess } from '../cases/index.ts';

export type Actor = ReturnType<typeof actorFrom>;
export type DossierAccess = Awaited<ReturnType<typeof requireDossierAccess>>;

export const auditActor = (a: Actor) => ({ userId: a.id, label: a.name, ip: a.ip });
