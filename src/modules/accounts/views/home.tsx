import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { NavItem } from '../../../web/staff-nav.ts';
import { isRole, roleLabels } from '../roles.ts';
import { homeText } from '../texts.ts';

/** The staff start page: a greeting and the parts of Vangnet this user's roles open. */
export const HomePage = ({ view, links }: { view: View; links: NavItem[] }) => {
  const t = pick(homeText, view.lang);
  const labels = pick(roleLabels, view.lang);
  const roles = (view.user?.roles ?? []).filter(isRole).map((r) => labels[r]);

  return (
    <StaffLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.greeting(view.user?.name ?? '')}</h1>
      <p class="utrecht-paragraph">
        {t.yourRoles}: {roles.join(', ')}
      </p>
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
