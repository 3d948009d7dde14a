/** Problem texts of the commands (Dutch B1 first). Stable codes, for routes and tests. */
export const P = {
  required: { nl: 'Vul dit in.', en: 'Fill this in.' },
  tooLong: (max: number) => ({ nl: `Dit is te lang. Gebruik hoogstens ${max} tekens.`, en: `This is too long. Use at most ${max} characters.` }),
  tooManyBlocks: (max: number) => ({ nl: `De tekst heeft te veel blokken. Gebruik er hoogstens ${max}.`, en: `The text has too many blocks. Use at most ${max}.` }),
  badSlug: {
    nl: 'Gebruik alleen kleine letters, cijfers en streepjes (2 tot 60 tekens), bijvoorbeeld "voor-scholen".',
    en: 'Use only lower-case letters, digits and hyphens (2 to 60 characters), for example "for-schools".',
  },
  slugTaken: { nl: 'Er is al een pagina met dit adres. Kies een ander.', en: 'There is already a page with this address. Choose another.' },
  badCode: {
    nl: 'Een landingspad bestaat uit kleine letters, cijfers en streepjes (2 tot 40 tekens). Zet er een spatie tussen.',
    en: 'A landing path consists of lower-case letters, digits and hyphens (2 to 40 characters). Separate them with a space.',
  },
  codeTaken: (codes: string) => ({ nl: `Deze landingspaden zijn al in gebruik: ${codes}.`, en: `These landing paths are already in use: ${codes}.` }),
  stale: {
    nl: 'Iemand anders heeft deze pagina opgeslagen terwijl u aan het werk was. Hieronder staan beide versies. Uw tekst is niet weg: kijk wat u wilt houden en sla opnieuw op.',
    en: 'Someone else saved this page while you were working. Both versions are below. Your text is not lost: see what you want to keep and save again.',
  },
  notFound: { nl: 'Deze pagina of versie bestaat niet.', en: 'This page or version does not exist.' },
  ownVersion: { nl: 'U kunt uw eigen versie niet goedkeuren. Een tweede persoon moet dat doen.', en: 'You cannot approve your own version. A second person must do that.' },
  notProposed: { nl: 'Deze versie wacht niet (meer) op goedkeuring.', en: 'This version is not (or no longer) waiting for approval.' },
  forbidden: { nl: 'Dit mag u niet doen met uw rol.', en: 'Your role does not allow this.' },
} as const;
