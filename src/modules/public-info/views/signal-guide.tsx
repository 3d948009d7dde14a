import type { View } from '../../../app/view.ts';
import { ChoiceGroup, CsrfField, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import { SIGNAL_GUIDE, signalByCode } from '../signal-guide/signal-list.ts';
import { guideText } from '../texts.ts';

/**
 * The signal guide without JavaScript and without storing anything: every page is a POST form that
 * carries what was ticked so far in hidden fields (POST, so the ticks do not end up in the browser
 * history as a URL), and the server keeps nothing.
 */
const Carried = ({ codes }: { codes: readonly string[] }) => (
  <>
    {codes.map((c) => (
      <input type="hidden" name="s" value={c} />
    ))}
  </>
);

export const GuideStartPage = ({ view }: { view: View }) => {
  const t = pick(guideText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <p class="utrecht-paragraph">{t.privacy}</p>
      <form method="post" action="/signalenwijzer/stap">
        <CsrfField token={view.csrf} />
        <input type="hidden" name="naar" value="1" />
        <SubmitButton>{t.start}</SubmitButton>
      </form>
    </PublicLayout>
  );
};

export const GuideStepPage = ({ view, step, codes }: { view: View; step: number; codes: readonly string[] }) => {
  const t = pick(guideText, view.lang);
  const group = SIGNAL_GUIDE[step - 1];
  if (!group) return GuideStartPage({ view });
  const own = new Set(group.signals.map((s) => s.code));
  const total = SIGNAL_GUIDE.length;

  return (
    <PublicLayout view={view} title={`${t.title}: ${group[view.lang]}`}>
      <p class="utrecht-paragraph">{t.step(step, total)}</p>
      <h1 class="utrecht-heading-1">{group[view.lang]}</h1>
      <form method="post" action="/signalenwijzer/stap">
        <CsrfField token={view.csrf} />
        <input type="hidden" name="van" value={String(step)} />
        <Carried codes={codes.filter((c) => !own.has(c))} />
        <ChoiceGroup
          name="s"
          legend={group[view.lang]}
          hint={t.tickHint}
          options={group.signals.map((s) => ({ value: s.code, label: s[view.lang] }))}
          selected={codes}
        />
        <div class="utrecht-button-group">
          <button type="submit" name="naar" value={String(step + 1)} class="utrecht-button utrecht-button--primary-action">
            {step === total ? t.toResult : t.next}
          </button>{' '}
          <button type="submit" name="naar" value={String(step - 1)} class="utrecht-button utrecht-button--secondary-action">
            {t.previous}
          </button>
        </div>
      </form>
    </PublicLayout>
  );
};

export const GuideResultPage = ({ view, codes }: { view: View; codes: readonly string[] }) => {
  const t = pick(guideText, view.lang);
  const groups = new Set(codes.map((c) => signalByCode(c)?.group.key));
  const related = codes.map((c) => t.criteriaRelation[c]).filter((x): x is string => Boolean(x));

  return (
    <PublicLayout view={view} title={t.resultTitle}>
      <h1 class="utrecht-heading-1">{t.resultTitle}</h1>
      {codes.length === 0 ? (
        <p class="utrecht-paragraph">{t.noneTicked}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{t.ticked(codes.length)}</p>
          <ul class="utrecht-unordered-list">
            {codes.map((c) => {
              const found = signalByCode(c);
              return found ? (
                <li>
                  {found.signal[view.lang]} ({found.group[view.lang].toLowerCase()})
                </li>
              ) : null;
            })}
          </ul>
          <p class="utrecht-paragraph">{codes.length <= 2 ? t.fewSignals : t.manySignals}</p>
          {groups.size >= 3 ? <p class="utrecht-paragraph">{t.manyGroups(groups.size)}</p> : null}
        </>
      )}
      <h2 class="utrecht-heading-2">{t.criteriaTitle}</h2>
      <p class="utrecht-paragraph">{t.criteriaIntro}</p>
      <ul class="utrecht-unordered-list">
        {t.criteria.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
      {related.map((r) => (
        <p class="utrecht-paragraph">{r}</p>
      ))}
      <h2 class="utrecht-heading-2">{t.stepsTitle}</h2>
      <ol class="utrecht-ordered-list">
        {t.steps.map((s) => (
          <li>{s}</li>
        ))}
      </ol>
      <h2 class="utrecht-heading-2">{t.reportTitle}</h2>
      <p class="utrecht-paragraph">{t.reportIntro}</p>
      <form method="post" action="/signalenwijzer/melden">
        <CsrfField token={view.csrf} />
        <Carried codes={codes} />
        <SubmitButton>{t.reportButton}</SubmitButton>
      </form>
      <form method="post" action="/signalenwijzer/stap">
        <CsrfField token={view.csrf} />
        <Carried codes={codes} />
        <input type="hidden" name="naar" value={String(SIGNAL_GUIDE.length)} />
        <SubmitButton secondary>{t.back}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/signalenwijzer">
          {t.startOver}
        </a>
      </p>
    </PublicLayout>
  );
};
