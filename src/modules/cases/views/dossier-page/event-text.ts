import { type Lang, pick } from '../../../../web/i18n.ts';
import { casesLabels, casesText } from '../../texts.ts';

/** Keys that only point at rows (ids): the row itself is elsewhere on the page. */
const HIDDEN = new Set(['subject', 'note', 'task', 'signal', 'consent', 'exception', 'share', 'kept', 'merged', 'handover', 'referral']);

const keyLabels = {
  nl: {
    priority: 'prioriteit',
    reports: 'meldingen',
    reason: 'reden',
    user: 'onderzoeker',
    recipient: 'ontvanger',
    basis: 'grondslag',
    packageSha256: 'pakket (SHA-256)',
    reporterIdentityIncluded: 'gegevens van de melder mee',
    reference: 'referentie',
    victims: 'slachtoffers',
    target: 'naar',
    step: 'stap',
    state: 'stand',
    suspicion: 'vermoeden',
    category: 'groep',
    kind: 'soort',
    purpose: 'doel',
    givenBy: 'gegeven door',
    method: 'hoe',
    ground: 'grond',
    decision: 'besluit',
    organisation: 'organisatie',
    scope: 'wat',
    role: 'rol',
    suspect_known: 'dader bekend',
    coerced_boundaries: 'grenzen onder dwang',
    economic_gain: 'economisch voordeel',
  },
  en: {
    priority: 'priority',
    reports: 'reports',
    reason: 'reason',
    user: 'investigator',
    recipient: 'recipient',
    basis: 'basis',
    packageSha256: 'package (SHA-256)',
    reporterIdentityIncluded: 'reporter’s details included',
    reference: 'reference',
    victims: 'victims',
    target: 'to',
    step: 'step',
    state: 'state',
    suspicion: 'suspicion',
    category: 'group',
    kind: 'kind',
    purpose: 'purpose',
    givenBy: 'given by',
    method: 'how',
    ground: 'ground',
    decision: 'decision',
    organisation: 'organisation',
    scope: 'what',
    role: 'role',
    suspect_known: 'trafficker known',
    coerced_boundaries: 'boundaries under coercion',
    economic_gain: 'economic gain',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const basisWords = {
  nl: { consent: 'toestemming', report_consent: 'toestemming in de melding', exception: 'goedgekeurde uitzondering' },
  en: { consent: 'consent', report_consent: 'consent in the report', exception: 'approved exception' },
} as const;

/**
 * Event details are stored as JSON with codes ("priority: urgent"); the timeline shows them in the
 * reader's words ("prioriteit: Spoed"), and leaves out ids (issue 14).
 */
export const eventText = (json: string, lang: Lang): string => {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return '';
  }
  const l = pick(casesLabels, lang);
  const t = pick(casesText, lang);
  const keys: Record<string, string> = keyLabels[lang];
  const word = (key: string, value: string): string => {
    const lists: Record<string, Record<string, string>> = {
      priority: l.priority,
      target: l.target,
      state: l.stepState,
      suspicion: l.suspicion,
      category: l.category,
      kind: l.kind,
      purpose: l.purpose,
      givenBy: l.givenBy,
      method: l.method,
      ground: l.ground,
      scope: l.scope,
      role: l.role,
      decision: { approved: t.approved, refused: t.refused },
      suspect_known: l.criterionState,
      coerced_boundaries: l.criterionState,
      economic_gain: l.criterionState,
      violence: l.severity,
      coercion: l.severity,
      exploitation: l.severity,
    };
    if (key === 'step') return l.step[value] ?? value;
    if (key === 'basis') return basisWords[lang][value.split(':')[0] as keyof (typeof basisWords)['nl']] ?? value;
    return lists[key]?.[value] ?? value;
  };
  const parts: string[] = [];
  if (typeof details.from === 'string' && typeof details.to === 'string') {
    parts.push(lang === 'en' ? `from ${l.status[details.from] ?? details.from} to ${l.status[details.to] ?? details.to}` : `van ${l.status[details.from] ?? details.from} naar ${l.status[details.to] ?? details.to}`);
  }
  for (const [key, raw] of Object.entries(details)) {
    if (raw === null || raw === '' || HIDDEN.has(key) || key === 'from' || key === 'to') continue;
    const value = typeof raw === 'boolean' ? (raw ? (lang === 'en' ? 'yes' : 'ja') : lang === 'en' ? 'no' : 'nee') : word(key, String(raw));
    const label = keys[key] ?? l.risk[key]?.toLowerCase() ?? key;
    parts.push(`${label}: ${value}`);
  }

  return parts.join(', ');
};
