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
    captureStopped: (seconds: string) => `Het vastleggen is afgebroken: het duurde langer dan ${seconds} seconden. Er is niets vastgelegd. Probeer het opnieuw.`,
    captureFailed: 'Het vastleggen is mislukt door een fout in Vangnet. Er is niets vastgelegd. Probeer het opnieuw. Lukt het weer niet? Meld het dan aan de beheerder.',
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
    captureStopped: (seconds: string) => `Capturing was stopped: it took longer than ${seconds} seconds. Nothing was captured. Please try again.`,
    captureFailed: 'Capturing failed because of an error in Vangnet. Nothing was captured. Please try again. If it fails again, tell the administrator.',
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

/** Words on the evidence pages of the staff app. */
export const evidenceText = catalog({
  nl: {
    listTitle: 'Bewijs',
    listIntro: 'Bewijsstukken die nog niet bij een dossier horen. Bewijs in een dossier vindt u in dat dossier.',
    listEmpty: 'Er zijn geen losse bewijsstukken.',
    captureLink: 'Webpagina vastleggen',
    forDossier: 'Wat u hieronder vastlegt of toevoegt, komt direct in het dossier waar u vandaan kwam.',
    uploadLink: 'Bestand toevoegen',
    colTitle: 'Titel',
    colKind: 'Soort',
    colCaptured: 'Vastgelegd (UTC)',
    colBy: 'Door',
    kindUpload: 'Bestand',
    kindCapture: 'Webpagina',
    next: 'Volgende pagina',
    previous: 'Vorige pagina',
    captureTitle: 'Webpagina vastleggen',
    captureIntro:
      'Vangnet haalt de openbare pagina op en bewaart het ruwe antwoord (WARC), een schermafbeelding van de hele pagina en de tekst. Afbeeldingen en video’s worden nooit opgehaald; alleen hun adressen worden genoteerd. Alles krijgt een SHA-256 en de tijd in UTC.',
    url: 'Adres van de pagina (URL)',
    urlHint: 'Begin met https:// of http://. Alleen openbare pagina’s.',
    title: 'Titel',
    titleHintOptional: 'Niet verplicht. Zonder titel gebruikt Vangnet het adres.',
    source: 'Bron',
    sourceHint: 'Waar komt dit vandaan, en waarom legt u het vast?',
    captureSubmit: 'Vastleggen',
    capturing: 'Het vastleggen kan tot anderhalve minuut duren.',
    uploadTitle: 'Bestand als bewijs toevoegen',
    uploadIntro:
      'Het bestand wordt versleuteld bewaard en nooit getoond of verkleind weergegeven. Vangnet noteert de SHA-256, de tijd in UTC, wie het toevoegde en de bron. Stuur geen naaktbeelden van minderjarigen: meld die direct bij de politie.',
    file: 'Bestand',
    fileHint: (maxMb: string) => `Hoogstens ${maxMb} MB.`,
    uploadSubmit: 'Toevoegen',
    itemTitle: 'Bewijsstuk',
    captured: 'Vastgelegd (UTC)',
    addedBy: 'Toegevoegd door',
    kind: 'Soort',
    sourceLabel: 'Bron',
    url2: 'Adres',
    finalUrl: 'Adres na doorsturen',
    tool: 'Gemaakt met',
    mediaType: 'Type (uit de inhoud bepaald)',
    size: 'Grootte',
    bytes: (n: string) => `${n} bytes`,
    dossier: 'Dossier',
    noDossier: 'Nog niet bij een dossier',
    original: 'Origineel',
    originalWarc: 'Origineel: ruw HTTP-verkeer (WARC)',
    artefacts: 'Bestanden van de vastlegging',
    artefactKinds: { screenshot: 'Schermafbeelding (PNG, afbeeldingen verborgen)', text: 'Zichtbare tekst', blocked_urls: 'Geblokkeerde afbeeldingen en video’s (adressen)' } as Record<string, string>,
    hash: 'SHA-256',
    blockedCount: (n: string) => `${n} adressen van afbeeldingen of video’s genoteerd, niet opgehaald.`,
    notes: 'Aantekeningen bij de vastlegging',
    locked: 'Vergrendeld: mogelijk misbruikbeeld. Het bestand is verwijderd; alleen de hash en het besluit zijn bewaard.',
    lockDecision: 'Besluit',
    openTitle: 'Bestand openen',
    openIntro:
      'Openen is een handeling die in het bewijslogboek komt (wie, wanneer, waarom). U krijgt een download; Vangnet toont het bestand niet in de browser.',
    openPart: 'Welk bestand',
    reason: 'Reden',
    reasonHint: 'Bijvoorbeeld: beoordelen voor het dossier.',
    reasonMissing: 'Vul in waarom u het bestand opent.',
    packageReasonMissing: 'Vul in waarom u het pakket maakt.',
    reasonTooLong: 'De reden is te lang. Gebruik hoogstens 500 tekens.',
    openSubmit: 'Openen en downloaden',
    notHtml: 'Geen webpagina',
    packageTitle: 'Ondertekend pakket',
    packageIntro:
      'Een ZIP met het origineel, de bestanden van de vastlegging, een lijst van alle SHA-256-hashes en een handtekening van deze installatie. Controleer het met: vangnet verify-package <bestand.zip>. De export komt in het bewijslogboek.',
    packageSubmit: 'Pakket maken en downloaden',
  },
  en: {
    listTitle: 'Evidence',
    listIntro: 'Evidence items that do not belong to a dossier yet. Evidence in a dossier is shown in that dossier.',
    forDossier: 'What you capture or add below goes straight into the dossier you came from.',
    listEmpty: 'There are no loose evidence items.',
    captureLink: 'Capture a web page',
    uploadLink: 'Add a file',
    colTitle: 'Title',
    colKind: 'Kind',
    colCaptured: 'Captured (UTC)',
    colBy: 'By',
    kindUpload: 'File',
    kindCapture: 'Web page',
    next: 'Next page',
    previous: 'Previous page',
    captureTitle: 'Capture a web page',
    captureIntro:
      'Vangnet fetches the public page and keeps the raw response (WARC), a screenshot of the whole page and its text. Images and videos are never fetched; only their addresses are noted. Everything gets a SHA-256 and the time in UTC.',
    url: 'Address of the page (URL)',
    urlHint: 'Start with https:// or http://. Public pages only.',
    title: 'Title',
    titleHintOptional: 'Optional. Without a title Vangnet uses the address.',
    source: 'Source',
    sourceHint: 'Where does this come from, and why are you capturing it?',
    captureSubmit: 'Capture',
    capturing: 'Capturing can take up to a minute and a half.',
    uploadTitle: 'Add a file as evidence',
    uploadIntro:
      'The file is stored encrypted and never shown or thumbnailed. Vangnet notes the SHA-256, the time in UTC, who added it and the source. Do not send nude images of minors: report those to the police directly.',
    file: 'File',
    fileHint: (maxMb: string) => `At most ${maxMb} MB.`,
    uploadSubmit: 'Add',
    itemTitle: 'Evidence item',
    captured: 'Captured (UTC)',
    addedBy: 'Added by',
    kind: 'Kind',
    sourceLabel: 'Source',
    url2: 'Address',
    finalUrl: 'Address after redirects',
    tool: 'Made with',
    mediaType: 'Type (from the content)',
    size: 'Size',
    bytes: (n: string) => `${n} bytes`,
    dossier: 'Dossier',
    noDossier: 'Not in a dossier yet',
    original: 'Original',
    originalWarc: 'Original: raw HTTP traffic (WARC)',
    artefacts: 'Files of the capture',
    artefactKinds: { screenshot: 'Screenshot (PNG, images hidden)', text: 'Visible text', blocked_urls: 'Blocked images and videos (addresses)' } as Record<string, string>,
    hash: 'SHA-256',
    blockedCount: (n: string) => `${n} image or video addresses noted, not fetched.`,
    notes: 'Notes on the capture',
    locked: 'Locked: possible abuse image. The file was removed; only the hash and the decision are kept.',
    lockDecision: 'Decision',
    openTitle: 'Open a file',
    openIntro: 'Opening is recorded in the custody log (who, when, why). You get a download; Vangnet does not show the file in the browser.',
    openPart: 'Which file',
    reason: 'Reason',
    reasonHint: 'For example: assessing it for the dossier.',
    reasonMissing: 'Enter why you are opening the file.',
    packageReasonMissing: 'Enter why you are making the package.',
    reasonTooLong: 'The reason is too long. Use at most 500 characters.',
    openSubmit: 'Open and download',
    notHtml: 'Not a web page',
    packageTitle: 'Signed package',
    packageIntro:
      'A ZIP with the original, the files of the capture, a list of every SHA-256 hash and a signature of this installation. Check it with: vangnet verify-package <file.zip>. The export is recorded in the custody log.',
    packageSubmit: 'Make and download the package',
  },
});

/** The page of a capture that runs as a job (issue 12 point 7): queued, running or failed. */
export const captureStatusText = catalog({
  nl: {
    title: 'Webpagina vastleggen',
    state: 'Stand',
    queued: 'In de wachtrij',
    queuedText: 'Uw vastlegging staat in de wachtrij. Vangnet begint zo snel mogelijk.',
    running: 'Bezig met vastleggen',
    runningText: 'Vangnet haalt de pagina nu op en legt hem vast. Dit duurt meestal minder dan een minuut, hoogstens anderhalve minuut.',
    failed: 'Vastleggen is niet gelukt',
    done: 'Vastgelegd',
    autoHint:
      'Deze pagina werkt zichzelf bij. Als het klaar is, ziet u hier het bewijsstuk met de SHA-256 en de tijd. U kunt de pagina ook sluiten: het bewijsstuk komt vanzelf in de lijst of in het dossier.',
    refresh: 'Pagina vernieuwen',
    refreshHint:
      'Vernieuw deze pagina om te zien hoe het gaat. Als het klaar is, ziet u hier het bewijsstuk met de SHA-256 en de tijd. U kunt de pagina ook sluiten: het bewijsstuk komt vanzelf in de lijst of in het dossier.',
    retry: 'Opnieuw proberen',
    url: 'Adres',
    titleLabel: 'Titel',
    requestedAt: 'Aangevraagd (UTC)',
    by: 'Door',
    noTitle: '(geen titel: Vangnet gebruikt het adres)',
  },
  en: {
    title: 'Capture a web page',
    state: 'State',
    queued: 'Queued',
    queuedText: 'Your capture is queued. Vangnet starts as soon as it can.',
    running: 'Capturing',
    runningText: 'Vangnet is fetching and capturing the page now. This usually takes less than a minute, at most a minute and a half.',
    failed: 'Capture failed',
    done: 'Captured',
    autoHint:
      'This page updates itself. When it is done, this page shows the evidence item with its SHA-256 and time. You may also close the page: the item appears in the list or in the dossier by itself.',
    refresh: 'Refresh page',
    refreshHint:
      'Refresh this page to see how it goes. When it is done, this page shows the evidence item with its SHA-256 and time. You may also close the page: the item appears in the list or in the dossier by itself.',
    retry: 'Try again',
    url: 'Address',
    titleLabel: 'Title',
    requestedAt: 'Requested (UTC)',
    by: 'By',
    noTitle: '(no title: Vangnet uses the address)',
  },
});
