import { type Lang, formatDateTime, pick } from '../../../web/i18n.ts';
import type { IdentifierKind } from '../identifier-kinds.ts';
import type { SeenElsewhere } from '../where-seen/show-where-else-seen.ts';
import { identifierHref, sourceHref } from '../where-seen/source-access.ts';
import { identifierText } from '../texts.ts';

type Props = {
  lang: Lang;
  items: SeenElsewhere[];
  /** How many identifiers of the source were left out (WHERE_ELSE_LIMITS). */
  more: number;
  /** Whether the viewer may open identifier pages; otherwise the identifier is plain text. */
  linkIdentifiers: boolean;
  /** A page with several of these blocks (the dossier page) gives each its own test id. */
  testId?: string;
};

/**
 * The detailed "where else" block of a source page (showWhereElseSeen): per identifier the counts per
 * kind of other source, then the latest other sources — a link when the viewer may open it, else
 * only its kind and date with "no access".
 */
export const WhereElseSeenLinks = ({ lang, items, more, linkIdentifiers, testId = 'where-else-seen' }: Props) => {
  const t = pick(identifierText, lang);
  if (items.length === 0) return <p class="utrecht-paragraph">{t.noIdentifiers}</p>;

  return (
    <div data-testid={testId}>
      <p class="utrecht-paragraph">{t.whereElseIntro}</p>
      <ul class="utrecht-unordered-list">
        {items.map((i) => {
          const kind = t.kinds[i.kind as IdentifierKind] ?? i.kind;
          const counts = i.sources.map((p) => (t.otherSources[p.sourceType] ?? ((n: number) => `${n}× ${p.sourceType}`))(p.count));
          return (
            <li class="utrecht-unordered-list__item" data-identifier={`${i.kind}:${i.key}`}>
              {kind}:{' '}
              {linkIdentifiers ? (
                <a class="utrecht-link" href={identifierHref(i.kind, i.key)}>
                  {i.display}
                </a>
              ) : (
                <strong>{i.display}</strong>
              )}{' '}
              — {counts.length === 0 ? t.nowhereElse : `${t.alsoSeenIn} ${counts.join(', ')}`}
              {i.firstSeen && i.lastSeen ? (
                <p class="vn-hint">
                  {t.firstSeen} {formatDateTime(lang, i.firstSeen)} · {t.lastSeen} {formatDateTime(lang, i.lastSeen)}
                  {i.places.length > 0 ? ` · ${t.places}: ${i.places.map((p) => `${p.place} (${p.count})`).join(', ')}` : ''}
                </p>
              ) : null}
              {i.occurrences.length > 0 ? (
                <ul class="utrecht-unordered-list">
                  {i.occurrences.map((o) => {
                    const label = t.sources[o.sourceType] ?? o.sourceType;
                    const href = o.source ? sourceHref(o.source) : null;
                    return (
                      <li class="utrecht-unordered-list__item">
                        {formatDateTime(lang, o.seenAt)} ·{' '}
                        {href ? (
                          <a class="utrecht-link" href={href}>
                            {label}
                          </a>
                        ) : o.source ? (
                          label
                        ) : (
                          <span data-testid="no-access">{`${label} (${t.noAccess})`}</span>
                        )}
                        {o.source && o.place ? ` · ${o.place}` : ''}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {i.unlisted > 0 ? <p class="utrecht-paragraph">{t.moreOccurrences(i.unlisted)}</p> : null}
            </li>
          );
        })}
      </ul>
      {more > 0 ? <p class="utrecht-paragraph">{t.moreIdentifiers(more)}</p> : null}
    </div>
  );
};
