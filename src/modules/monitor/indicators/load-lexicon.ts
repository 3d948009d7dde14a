import type { Db } from '../../../db/client.ts';
import { selectNewestLexicon } from '../queries/lexicon.ts';
import { type Lexicon, ZLexicon } from './lexicon.ts';
import { LEXICON_V1 } from './lexicon-v1.ts';

/**
 * The lexicon in force: the newest version the unit saved in the app, or the built-in first version
 * while none was saved. Load it once per crawl or regrouping and pass it on (not cached across calls:
 * a worker process must see a new version at its next call). A stored row that no longer validates
 * (a future field, a hand edit) is not used silently: it throws, so scoring stops loudly.
 */
export const loadLexicon = async (db: Db): Promise<Lexicon> => {
  const row = await selectNewestLexicon(db);
  if (!row) return LEXICON_V1;
  return ZLexicon.parse({ ...row.lexicon, version: row.version });
};
