import { catalog } from '../../web/i18n.ts';

/** Why an upload or a capture was refused. Each code has a plain Dutch message (B1) and an English one. */
export const evidenceProblems = catalog({
  nl: {
    fileMissing: 'Kies een bestand om toe te voegen.',
    fileEmpty: 'Dit bestand is leeg. Kies een ander bestand.',
    fileTooLarge: (maxMb: string) => `Dit bestand is te groot. Het mag hoogstens ${maxMb} MB zijn.`,
    titleMissing: 'Geef het bewijsstuk een titel.',
    titleTooLong: (max: string) => `De titel is te lang. Gebruik hoogstens ${max} tekens.`,
    sourceMissing: 'Vul in waar het bewijsstuk vandaan komt.',
    sourceTooLong: (max: string) => `De beschrijving van de bron is te lang. Gebruik hoogstens ${max} tekens.`,
    urlMissing: 'Vul het adres (URL) van de webpagina in.',
    urlTooLong: (max: string) => `Dit adres is te lang. Een adres mag hoogstens ${max} tekens hebben.`,
    urlInvalid: 'Dit is geen geldig webadres. Begin met http:// of https://.',
    urlScheme: 'Alleen webpagina’s met een adres dat begint met http:// of https:// kunnen worden vastgelegd.',
    urlCredentials: 'Een adres met een gebruikersnaam of wachtwoord erin wordt niet vastgelegd.',
    privateAddress:
      'Dit adres hoort bij een intern of lokaal netwerk. Vangnet legt alleen openbare webpagina’s vast.',
    dnsFailed: 'De naam van deze website is niet gevonden. Controleer het adres.',
    connectFailed: 'De website gaf geen antwoord. Probeer het later opnieuw.',
    timeout: (seconds: string) => `De website reageerde niet binnen ${seconds} seconden. Er is niets vastgelegd.`,
    tooManyRedirects: (max: string) =>
      `De website stuurde meer dan ${max} keer door naar een ander adres. Er is niets vastgelegd.`,
    responseTooLarge: (maxMb: string) =>
      `Deze pagina is groter dan ${maxMb} MB. Het ophalen is gestopt en er is niets vastgelegd.`,
    visualMedia:
      'Dit adres geeft een afbeelding, video of geluid in plaats van een webpagina. Vangnet haalt die nooit op en slaat ze niet op.',
    unsupportedType: (type: string) =>
      `Dit adres geeft geen webpagina of tekst, maar een bestand van het type ${type}. Vangnet legt dit niet vast. Voeg het bestand zo nodig toe als upload.`,
    renderFailed: 'De pagina kon niet worden weergegeven. Het ruwe antwoord is ook niet bewaard. Probeer het opnieuw.',
    notHtmlNote:
      'Dit adres gaf tekst, geen webpagina (HTML). Het ruwe antwoord en de tekst zijn bewaard; er is geen schermafbeelding gemaakt.',
  },
  en: {
    fileMissing: 'Choose a file to add.',
    fileEmpty: 'This file is empty. Choose another file.',
    fileTooLarge: (maxMb: string) => `This file is too large. It may be at most ${maxMb} MB.`,
    titleMissing: 'Give the evidence item a title.',
    titleTooLong: (max: string) => `The title is too long. Use at most ${max} characters.`,
    sourceMissing: 'Enter where the evidence comes from.',
    sourceTooLong: (max: string) => `The description of the source is too long. Use at most ${max} characters.`,
    urlMissing: 'Enter the address (URL) of the web page.',
    urlTooLong: (max: string) => `This address is too long. An address may have at most ${max} characters.`,
    urlInvalid: 'This is not a valid web address. Start with http:// or https://.',
    urlScheme: 'Only web pages with an address that starts with http:// or https:// can be captured.',
    urlCredentials: 'An address with a user name or password in it is not captured.',
    privateAddress: 'This address belongs to an internal or local network. Vangnet only captures public web pages.',
    dnsFailed: 'The name of this website was not found. Check the address.',
    connectFailed: 'The website did not answer. Try again later.',
    timeout: (seconds: string) => `The website did not respond within ${seconds} seconds. Nothing was captured.`,
    tooManyRedirects: (max: string) => `The website redirected more than ${max} times. Nothing was captured.`,
    responseTooLarge: (maxMb: string) => `This page is larger than ${maxMb} MB. Fetching stopped and nothing was captured.`,
    visualMedia:
      'This address returns an image, video or sound instead of a web page. Vangnet never fetches or stores those.',
    unsupportedType: (type: string) =>
      `This address returns no web page or text, but a file of type ${type}. Vangnet does not capture it. Add the file as an upload if needed.`,
    renderFailed: 'The page could not be rendered. The raw response was not kept either. Please try again.',
    notHtmlNote: 'This address returned text, not a web page (HTML). The raw response and the text were kept; no screenshot was made.',
  },
});

export type EvidenceProblemCode = keyof typeof evidenceProblems.nl;

/**
 * A refusal with a stable code and the values its message needs. Commands throw it; routes and the
 * caller turn it into the text of the user's language.
 */
export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceProblemCode,
    readonly params: string[] = [],
  ) {
    super(code);
  }
}

/** The message for a problem, in Dutch unless English is asked for. */
export const problemMessage = (e: EvidenceError, lang: 'nl' | 'en' = 'nl'): string => {
  const entry = (lang === 'en' ? evidenceProblems.en : evidenceProblems.nl)[e.code];

  return typeof entry === 'function' ? (entry as (...a: string[]) => string)(...e.params) : entry;
};
