import type { DossierSection } from '../../../app/module.ts';
import { pick } from '../../../web/i18n.ts';
import { hasAccess } from '../../accounts/index.ts';
import { DOSSIER_STAFF } from '../access.ts';
import { readRoutingFacts } from '../queries.ts';
import { adviseRouting } from '../routing/advise.ts';
import { chainText } from '../texts.ts';
import { AdviceList } from './advice-list.tsx';

/**
 * The routing advice on the dossier's handover page (issue 11: one advice, the chain's, where the
 * handover is asked for): which partner fits, with its reasons, and the way to the chain page where
 * a referral or share is made. Advice only: it moves, preselects or sends nothing.
 */
export const routingAdviceSection: DossierSection = {
  id: 'routeringsadvies',
  page: 'overdracht',
  load: async (ctx, dossierId) => {
    const facts = await readRoutingFacts(ctx.db, dossierId);
    const advice = adviseRouting(facts);
    return (view) => {
      if (!view.user || !hasAccess(DOSSIER_STAFF, view.user.roles)) return null;
      const t = pick(chainText, view.lang);
      return (
        <section aria-labelledby="routeringsadvies-titel" id="routeringsadvies" data-testid="routing-advice">
          <h3 class="utrecht-heading-3" id="routeringsadvies-titel">
            {t.adviceHeading}
          </h3>
          <p class="utrecht-paragraph">{t.adviceIntro}</p>
          <AdviceList lang={view.lang} advice={advice} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/keten/dossiers/${dossierId}#advies`}>
              {t.adviceOnChainPage}
            </a>
          </p>
        </section>
      );
    };
  },
};
