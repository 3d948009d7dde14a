import type { AgeBand } from '../../../app/consent-age.ts';
import type { Lang } from '../../../web/i18n.ts';
import { pick } from '../../../web/i18n.ts';
import { ownConsentReach, TOLD_BANDS, type ToldBand } from '../consent/own-consent-reach.ts';
import { consentAgeText } from '../texts/texts-victim.ts';

/** The sentence for one band: her answer counts for everything, for some questions, or not alone. */
export const bandSentence = (lang: Lang, band: ToldBand): string => {
  const t = pick(consentAgeText, lang);
  const { counts, needsParent } = ownConsentReach(band);
  if (needsParent.length === 0) return t.all;
  if (counts.length === 0) return t.none;

  return t.some(counts, needsParent, t.question);
};

/**
 * Above the consent questions of a victim who reports for herself or himself: what her or his own
 * "ja" counts for at this age (issue 14 finding 14). Nothing for other reporters: their consent is
 * their own, to pass on what they told us.
 */
export const ConsentAgeNote = ({ lang, band }: { lang: Lang; band: AgeBand | null }) => {
  if (band == null) return null;
  const t = pick(consentAgeText, lang);

  return (
    <section class="utrecht-alert utrecht-alert--info" aria-labelledby="leeftijd-toestemming" data-testid="consent-age-note">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-3" id="leeftijd-toestemming">
          {t.title}
        </h2>
        {band === 'unknown' ? (
          <>
            <p class="utrecht-paragraph">{t.unknown}</p>
            <ul class="utrecht-unordered-list">
              {TOLD_BANDS.map((b) => (
                <li>
                  {t.bandIf[b]} {bandSentence(lang, b)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="utrecht-paragraph">
            {t.band[band]} {bandSentence(lang, band)}
          </p>
        )}
        <p class="utrecht-paragraph">{t.voice}</p>
      </div>
    </section>
  );
};
