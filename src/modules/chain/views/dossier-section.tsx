import type { DossierSection } from '../../../app/module.ts';
import { Section } from '../../../web/components/section.tsx';
import { pick } from '../../../web/i18n.ts';
import { hasAccess } from '../../accounts/index.ts';
import { DOSSIER_STAFF } from '../access.ts';
import { countDossierChain } from '../queries.ts';
import { chainText } from '../texts.ts';
import { amsterdamDay } from '../referrals/workflow.ts';

/**
 * "Keten" on the dossier page: a count and the link to the dossier's chain page. Partners never see
 * it (they must not learn of other organisations' shares or referrals).
 */
export const dossierChainSection: DossierSection = {
  id: 'keten',
  load: async (ctx, dossierId) => {
    const counts = await countDossierChain(ctx.db, dossierId, amsterdamDay(ctx.clock.now()));
    return (view) => {
      if (!view.user || !hasAccess(DOSSIER_STAFF, view.user.roles)) return null;
      const t = pick(chainText, view.lang);
      return (
        <Section id="keten" title={t.dossierSection}>
          <p class="utrecht-paragraph">{t.dossierSectionText(counts.shares, counts.referrals)}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/keten/dossiers/${dossierId}`}>
              {t.dossierSectionLink}
            </a>
          </p>
        </Section>
      );
    };
  },
};
