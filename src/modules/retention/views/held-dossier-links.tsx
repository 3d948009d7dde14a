import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { retentionText } from '../texts.ts';

/** The held dossiers a rule skipped, as numbered links (the run page and the "expires soon" page). */
export const HeldDossierLinks = ({ view, held }: { view: View; held: string[] }) => {
  const t = pick(retentionText, view.lang);
  if (held.length === 0) return <>{t.noneHeld}</>;

  return (
    <>
      {held.map((id, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a class="utrecht-link" href={`/dossiers/${id}`}>
            {t.heldDossier(i + 1)}
          </a>
        </>
      ))}
    </>
  );
};
