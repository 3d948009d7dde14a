import { type Lang, formatDateTime, pick } from '../../../web/i18n.ts';
import type { IdentifierKind } from '../identifier-kinds.ts';
import type { IdentifierElsewhere } from '../occurrences/list-identifiers-of-source.ts';
import { identifierHref } from '../where-seen/source-access.ts';
import { identifierText } from '../texts.ts';

/**
 * A block for any source page (report, dossier, ad, person): each identifier found there, with where
 * else it was seen ("also in 2 reports, 14 ads"), linking to the identifier page. Feed it
 * listIdentifiersOfSource(). Only counts are shown here; the identifier page checks access per link.
 */
export const WhereElseSeen = ({ lang, items }: { lang: Lang; items: IdentifierElsewhere[] }) => {
  const t = pick(identifierText, lang);
  if (items.length === 0) return <p class="utrecht-paragraph">{t.noIdentifiers}</p>;

  return (
    <ul class="utrecht-unordered-list" data-testid="where-else-seen">
      {items.map((i) => (
        <li class="utrecht-unordered-list__item">
          {t.kinds[i.kind as IdentifierKind] ?? i.kind}:{' '}
          <a class="utrecht-link" href={identifierHref(i.kind, i.key)}>
            {i.display}
          </a>{' '}
          —{' '}
          {i.totalElsewhere === 0
            ? t.nowhereElse
            : `${t.alsoIn} ${i.elsewhere.map((e) => `${e.count}× ${t.sources[e.sourceType] ?? e.sourceType}`).join(', ')} (${t.lastSeen.toLowerCase()}: ${formatDateTime(lang, i.lastSeenElsewhere)})`}
        </li>
      ))}
    </ul>
  );
};
