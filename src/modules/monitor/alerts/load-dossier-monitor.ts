import type { Db } from '../../../db/client.ts';
import { selectDossierAlertAds, selectDossierReviews } from '../queries/alerts.ts';

const LIMIT = 50;

/**
 * What the online monitor knows about one dossier, for its page: ads that match it (alerts, whoever
 * their owner) and ads a person added to it in the review queue, with who, when and why. The caller
 * has checked access to the dossier (and logged the read).
 */
export const loadDossierMonitor = async (db: Db, dossierId: string) => {
  const [matches, reviews] = await Promise.all([selectDossierAlertAds(db, dossierId, LIMIT), selectDossierReviews(db, dossierId, LIMIT)]);

  return { matches, reviews };
};

export type DossierMonitor = Awaited<ReturnType<typeof loadDossierMonitor>>;
