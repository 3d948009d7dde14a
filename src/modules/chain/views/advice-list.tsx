import { type Lang, pick } from '../../../web/i18n.ts';
import type { Advice } from '../routing/advise.ts';
import { chainText } from '../texts.ts';

/** The routing advice as a list: each partner that fits with every reason (chain page and handover page). */
export const AdviceList = ({ lang, advice }: { lang: Lang; advice: Advice[] }) => {
  const t = pick(chainText, lang);

  return (
    <ul class="utrecht-unordered-list">
      {advice.map((a) => (
        <li data-advice={a.target}>
          <strong>{t.adviceTarget[a.target]}</strong>
          <ul class="utrecht-unordered-list">
            {a.reasons.map((r) => (
              <li data-reason={r}>{t.adviceReason[r]}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
};
