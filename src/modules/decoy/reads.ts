import type { Db } from '../../db/client.ts';
import { logAccess } from '../audit/index.ts';
import type { DecoyActor } from './access.ts';
import { listOpenConversations } from './triage/list-open-conversations.ts';
import { selectConversations } from './queries/conversations.ts';
import { selectGovernanceRecords } from './queries/governance.ts';
import { selectUserNames } from './queries/names.ts';
import { selectProfile, selectProfiles } from './queries/profiles.ts';
import { selectAllScriptVersions, selectScriptVersion, selectUsableScripts, selectVersionsOfScript } from './queries/scripts.ts';

/**
 * The read functions the routes use (routes never touch queries/). Reads of conversations go
 * through loadConversationPage, which logs them.
 */
export const readScriptLibrary = (db: Db) => selectAllScriptVersions(db);
export const readScriptVersions = (db: Db, scriptId: string) => selectVersionsOfScript(db, scriptId);
export const readScriptVersion = (db: Db, id: string) => selectScriptVersion(db, id);
export const readUsableScripts = (db: Db, kinds: readonly string[]) => selectUsableScripts(db, kinds);
export const readUserNames = (db: Db, ids: string[]) => selectUserNames(db, ids);
export const readGovernanceRecords = (db: Db) => selectGovernanceRecords(db);
export const readProfiles = (db: Db) => selectProfiles(db);
export const readConversationsOfProfile = (db: Db, profileId: string) => selectConversations(db, profileId);

/** The open conversations waiting for an operator; reading the queue is an access-log line. */
export const openQueue = async (db: Db, actor: DecoyActor) => {
  const queue = await listOpenConversations(db);
  await logAccess(db, { user: actor, recordType: 'decoy_conversation', recordId: 'queue', reason: 'wachtrij' });

  return queue;
};

/** One decoy profile for its page; each look is an access-log line. Null when there is none. */
export const openProfile = async (db: Db, actor: DecoyActor, id: string) => {
  const profile = await selectProfile(db, id);
  if (profile) await logAccess(db, { user: actor, recordType: 'decoy_profile', recordId: profile.id });

  return profile;
};
