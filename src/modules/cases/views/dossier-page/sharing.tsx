import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { labelsFor } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

/**
 * Shares made with the old cases form that still answer (issue 16: new shares are made on the chain
 * page). Shown on the consent page only when there is one, so a supervisor can stop it.
 */
export const OldShares = ({ view, data }: Pick<SectionProps, 'view' | 'data'>) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const isSupervisor = data.access.actor.roles.includes('supervisor');
  if (data.shares.length === 0) return null;

  return (
    <>
      <h3 class="utrecht-heading-3" id="delen">
        {t.oldSharesTitle}
      </h3>
      <p class="utrecht-paragraph">{t.oldSharesIntro}</p>
      <ul class="utrecht-unordered-list" data-testid="old-shares">
        {data.shares.map((s) => (
          <li>
            {s.organisation} · {l.scope[s.scope]} · {t.sharedSince} {formatDateTime(view.lang, s.sharedAt)}
            {isSupervisor ? (
              <form method="post" action={`${base(data)}/delen/${s.id}/stoppen`} class="vn-inline">
                <CsrfField token={view.csrf} />
                <SubmitButton secondary>{t.revoke}</SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
};
