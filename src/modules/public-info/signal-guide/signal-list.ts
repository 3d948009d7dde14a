/**
 * The signal guide's questions: the six groups of the CCV signal list (seed 003 §3.8), each signal
 * in plain words of our own. Group keys are the report form's signal groups (intake SIGNAL_GROUPS),
 * so a ticked signal fills in its group on the report form. Codes are stable: they travel in the
 * guide's forms and nothing else.
 */
export type Signal = { code: string; nl: string; en: string };
export type SignalGroup = { key: 'appearance' | 'self_image' | 'behaviour' | 'sexual' | 'relations' | 'physical'; nl: string; en: string; signals: Signal[] };

export const SIGNAL_GUIDE: SignalGroup[] = [
  {
    key: 'appearance',
    nl: 'Uiterlijk',
    en: 'Appearance',
    signals: [
      { code: 'a1', nl: 'Ziet er opeens uitdagend of sexy uit', en: 'Suddenly looks provocative or sexy' },
      { code: 'a2', nl: 'Draagt andere kleding of veel meer make-up', en: 'Wears different clothes or much more make-up' },
      { code: 'a3', nl: 'Ziet er overdreven verzorgd uit', en: 'Looks overly groomed' },
      { code: 'a4', nl: 'Is moe en vermagerd', en: 'Is tired and has lost weight' },
      { code: 'a5', nl: 'Heeft klachten waar geen lichamelijke oorzaak voor is', en: 'Has complaints without a physical cause' },
      { code: 'a6', nl: 'Doet zichzelf pijn', en: 'Hurts themselves' },
    ],
  },
  {
    key: 'self_image',
    nl: 'Hoe de jongere over zichzelf denkt',
    en: 'How the young person sees themselves',
    signals: [
      { code: 'b1', nl: 'Vindt zichzelf weinig waard', en: 'Thinks little of themselves' },
      { code: 'b2', nl: 'Ziet zichzelf niet zoals hij of zij echt is', en: 'Does not see themselves as they really are' },
      { code: 'b3', nl: 'Lijkt niet te weten wie hij of zij is', en: 'Seems not to know who they are' },
      { code: 'b4', nl: 'Is somber of depressief', en: 'Is gloomy or depressed' },
      { code: 'b5', nl: 'Laat zich snel iets wijsmaken door anderen', en: 'Is easily influenced by others' },
      { code: 'b6', nl: 'Huilt opeens of wordt opeens heel boos', en: 'Suddenly cries or gets very angry' },
      { code: 'b7', nl: 'Kan of durft geen "nee" te zeggen', en: 'Cannot or dares not say "no"' },
      { code: 'b8', nl: 'Trekt zich terug', en: 'Withdraws' },
    ],
  },
  {
    key: 'behaviour',
    nl: 'Gedrag',
    en: 'Behaviour',
    signals: [
      { code: 'c1', nl: 'Heeft opeens veel geld of dure spullen', en: 'Suddenly has a lot of money or expensive things' },
      { code: 'c2', nl: 'Ontwijkt het onderwerp prostitutie, of praat erover alsof het anderen overkomt', en: 'Avoids the subject of prostitution, or talks as if it happens to others' },
      { code: 'c3', nl: 'Is overdreven vrolijk', en: 'Is overly cheerful' },
      { code: 'c4', nl: 'Gaat heel vaak uit of hangt veel op straat', en: 'Goes out very often or hangs around outside a lot' },
      { code: 'c5', nl: 'Loopt weg', en: 'Runs away' },
      { code: 'c6', nl: 'Gebruikt misschien drugs of veel alcohol', en: 'May use drugs or a lot of alcohol' },
      { code: 'c7', nl: 'Wisselt snel van stemming', en: 'Changes mood quickly' },
      { code: 'c8', nl: 'Ziet geen uitweg uit situaties', en: 'Sees no way out of situations' },
    ],
  },
  {
    key: 'sexual',
    nl: 'Gedrag rond seks',
    en: 'Sexual behaviour',
    signals: [
      { code: 'd1', nl: 'Is steeds met seks bezig', en: 'Is always busy with sex' },
      { code: 'd2', nl: 'Is juist erg bang voor aanraking', en: 'Is, on the contrary, very afraid of being touched' },
      { code: 'd3', nl: 'Weet opvallend veel over seks', en: 'Knows strikingly much about sex' },
      { code: 'd4', nl: 'Gedraagt zich opeens heel anders', en: 'Suddenly behaves very differently' },
      { code: 'd5', nl: 'Kan zich slecht concentreren', en: 'Finds it hard to concentrate' },
    ],
  },
  {
    key: 'relations',
    nl: 'Contact met anderen',
    en: 'Contact with others',
    signals: [
      { code: 'e1', nl: 'Laat oude vrienden los', en: 'Lets old friends go' },
      { code: 'e2', nl: 'Heeft opeens veel nieuwe contacten, ook oudere', en: 'Suddenly has many new contacts, also older ones' },
      { code: 'e3', nl: 'Wordt gehaald en gebracht met een auto of scooter', en: 'Is picked up and dropped off by car or scooter' },
      { code: 'e4', nl: 'Heeft veel ruzie thuis', en: 'Has many rows at home' },
      { code: 'e5', nl: 'Gedraagt zich op school heel anders dan thuis of bij vrienden', en: 'Behaves very differently at school than at home or with friends' },
      { code: 'e6', nl: 'Spijbelt, vooral op maandag en vrijdag, of haalt slechtere cijfers', en: 'Skips school, especially on Mondays and Fridays, or gets worse marks' },
      { code: 'e7', nl: 'Heeft opeens interesse in bepaalde jongens', en: 'Is suddenly interested in certain boys' },
      { code: 'e8', nl: 'Wordt heel vaak gebeld', en: 'Gets called very often' },
      { code: 'e9', nl: 'Is niet aan te spreken op het eigen gedrag', en: 'Cannot be spoken to about their own behaviour' },
    ],
  },
  {
    key: 'physical',
    nl: 'Lichamelijke klachten',
    en: 'Physical complaints',
    signals: [
      { code: 'f1', nl: 'Buikpijn', en: 'Stomach ache' },
      { code: 'f2', nl: 'Pijn of bloed bij de vagina of anus', en: 'Pain or blood at the vagina or anus' },
      { code: 'f3', nl: 'Pijn in de bovenbenen', en: 'Pain in the upper legs' },
      { code: 'f4', nl: 'Problemen met eten', en: 'Eating problems' },
      { code: 'f5', nl: 'Een seksueel overdraagbare aandoening of een zwangerschap', en: 'A sexually transmitted infection or a pregnancy' },
    ],
  },
];

const ALL = new Map(SIGNAL_GUIDE.flatMap((g) => g.signals.map((s) => [s.code, { group: g, signal: s }] as const)));

/** Only known codes, each once, in guide order (anything else a form sends is dropped). */
export const knownCodes = (codes: readonly string[]): string[] => {
  const wanted = new Set(codes);

  return SIGNAL_GUIDE.flatMap((g) => g.signals.map((s) => s.code)).filter((c) => wanted.has(c));
};

export const signalByCode = (code: string) => ALL.get(code);

/** The report form's signal groups that the ticked codes belong to. */
export const groupsOf = (codes: readonly string[]): SignalGroup['key'][] => [
  ...new Set(codes.map((c) => ALL.get(c)?.group.key).filter((k): k is SignalGroup['key'] => k !== undefined)),
];
