import type { Db } from '../../db/client.ts';
import { selectAllScriptVersions, selectConversations, selectGovernanceRecords, selectProfile, selectProfiles, selectScriptVersion, selectUsableScripts, selectUserNames, selectVersionsOfScript } from './queries.ts';

/**
 * The read functions the routes use (routes never touch queries.ts). Reads of conversations go
 * through loadConversationPage, which logs them.
 */
export const readScriptLibrary = (db: Db) => selectAllScriptVersions(db);
export const readScriptVersions = (db: Db, scriptId: string) => selectVersionsOfScript(db, scriptId);
export const readScriptVersion = (db: Db, id: string) => selectScriptVersion(db, id);
export const readUsableScripts = (db: Db, kinds: readonly string[]) => selectUsableScripts(db, kinds);
export const readUserNames = (db: Db, ids: string[]) => selectUserNames(db, ids);
export const readGovernanceRecords = (db: Db) => selectGovernanceRecords(db);
export const readProfiles = (db: Db) => selectProfiles(db);
export const readProfile = (db: Db, id: string) => selectProfile(db, id);
export const readConversationsOfProfile = (db: Db, profileId: string) => selectConversations(db, profileId);
export { listOpenConversations as readQueue } from './list-open-conversations.ts';
