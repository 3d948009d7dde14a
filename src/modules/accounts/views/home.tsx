import { HOME_NOTICE_CAP, HOME_NOTICE_ITEMS, type HomeNotice } from '../../../app/module.ts';
import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { NavItem } from '../../../web/staff-nav.ts';
import { isRole, roleLabels } from '../roles.ts';
import { homeText } from '../texts.ts';

/** The staff start page: a greeting, what waits for this user, and the parts of Vangnet their roles open. */
export const HomePage = ({ view, links, notices }: { view: View; links: NavItem[]; notices: HomeNotice[] }) => {
  const t = pick(homeText, view.lang);
  const labels = pick(roleLabels, view.lang);
  const roles = (view.user?.roles ?? []).filter(isRole).map((r) => labels[r]);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.greeting(view.user?.name ?? '')}</h1>
      <p class="utrecht-paragraph">
        {t.yourRoles}: {roles.join(', ')}
      </p>
      <h2 class="utrecht-heading-2">{t.forYouTitle}</h2>
      {notices.length === 0 ? (
        <p class="utrecht-paragraph" data-testid="home-notices-none">
          {t.forYouNone}
        </p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="home-notices">
          {notices.map((n) => (
            <li>
              <a class="utrecht-link" href={n.href}>
                {view.lang === 'en' ? n.label.en : n.label.nl}
              </a>
              : <span data-testid="home-notice-count">{n.count > HOME_NOTICE_CAP ? t.moreThan(HOME_NOTICE_CAP) : String(n.count)}</span>
              {n.items && n.items.length > 0 ? (
                <ul class="utrecht-unordered-list" data-testid="home-notice-items">
                  {n.items.slice(0, HOME_NOTICE_ITEMS).map((item) => (
                    <li>
                      <a class="utrecht-link" href={item.href}>
                        {view.lang === 'en' ? item.label.en : item.label.nl}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t.partsTitle}</h2>
      <p class="utrecht-paragraph">{t.intro}</p>
      <ul class="vn-card-list">
        {links.map((l) => (
          <li>
            <a class="utrecht-link" href={l.href}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
};
