export { actorOf } from './actor.ts';
export type { Role } from './roles.ts';
