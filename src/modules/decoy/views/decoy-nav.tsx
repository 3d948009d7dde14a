import type { View } from '../../../app/view.ts';

const LINKS = [
  { href: '/lokprofielen', nl: 'Overzicht', en: 'Overview' },
  { href: '/lokprofielen/grondslag', nl: 'Grondslag', en: 'Basis' },
  { href: '/lokprofielen/scripts', nl: 'Scripts', en: 'Scripts' },
];

/** The module's own menu, on every decoy page. */
export const DecoyNav = ({ view }: { view: View }) => (
  <nav aria-label={view.lang === 'en' ? 'Decoy profiles' : 'Lokprofielen'}>
    <ul class="utrecht-unordered-list vn-inline-list">
      {LINKS.filter((l) => l.href === '/lokprofielen' || l.href === '/lokprofielen/grondslag' || (view.user?.roles ?? []).some((r) => r === 'decoy_operator' || r === 'legal_reviewer' || r === 'supervisor')).map((l) => (
        <li>
          <a href={l.href} aria-current={view.path === l.href ? 'page' : undefined}>
            {view.lang === 'en' ? l.en : l.nl}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
