import type { Child } from 'hono/jsx';
import type { View } from '../../../../app/view.ts';
import { Alert } from '../../../../web/components/form.tsx';
import { pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { decoyText } from '../../texts.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';

/** The module's start: closed without an approved, unexpired governance record. */
export const OverviewPage = ({ view, open, children }: { view: View; open: boolean; children?: Child }) => {
  const t = pick(decoyText, view.lang);
  const title = open ? (view.lang === 'en' ? 'Decoy profiles' : 'Lokprofielen') : t.closedTitle;

  return (
    <StaffLayout view={view} title={title}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{title}</h1>
      {open ? null : (
        <div id="module-closed">
          <Alert type="warning">{t.closed}</Alert>
          <p class="utrecht-paragraph">
            <a href="/lokprofielen/grondslag">{t.governanceLink}</a>
          </p>
        </div>
      )}
      {children}
    </StaffLayout>
  );
};
