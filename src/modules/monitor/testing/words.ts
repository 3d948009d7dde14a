/**
 * Word lists for the fictitious test corpus. Deliberately free of lexicon phrases (those are planted
 * on purpose, so the ground truth knows which indicators an ad carries).
 */
export const FIRST_NAMES = [
  'Lisa', 'Sanne', 'Eva', 'Anna', 'Nina', 'Mila', 'Sophie', 'Julia', 'Emma', 'Lotte', 'Noa', 'Fleur', 'Iris', 'Roos', 'Tess',
  'Jade', 'Lina', 'Zoe', 'Femke', 'Isa', 'Maud', 'Naomi', 'Vera', 'Esmee', 'Amber', 'Bo', 'Demi', 'Kim', 'Yara', 'Luna',
  'Elena', 'Daria', 'Irina', 'Bianca', 'Ilse', 'Marit', 'Nadia', 'Olga', 'Petra', 'Rosa',
] as const;

export const CITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen',
  'Arnhem', 'Zwolle', 'Leeuwarden', 'Maastricht', 'Enschede', 'Apeldoorn', 'Haarlem', 'Amersfoort', 'Deventer', 'Delft',
] as const;

export const ADJECTIVES = [
  'lieve', 'sportieve', 'vrolijke', 'spontane', 'warme', 'zachte', 'speelse', 'slanke', 'blonde', 'donkere', 'rustige',
  'ondeugende', 'zonnige', 'gezellige', 'charmante', 'elegante', 'sensuele', 'open', 'leuke', 'mooie', 'verzorgde',
  'nieuwsgierige', 'zorgzame', 'stoere', 'romantische', 'eerlijke', 'schattige', 'pittige', 'kalme', 'vriendelijke',
  'zwoele', 'heerlijke', 'bijzondere', 'gezonde', 'frisse', 'stille', 'drukke', 'zoete', 'koele', 'lange', 'kleine', 'grote',
  'natuurlijke', 'vrije', 'blije', 'dromerige', 'avontuurlijke', 'gevoelige', 'rijpe', 'krullende', 'bruine', 'rode', 'zwarte',
  'witte', 'gouden', 'zilveren', 'zomerse', 'winterse', 'gezellige', 'nette', 'stijlvolle', 'creatieve', 'sierlijke', 'lenige',
] as const;

export const NOUNS = [
  'dame', 'vriendin', 'massage', 'avond', 'ontmoeting', 'kamer', 'sfeer', 'muziek', 'wijn', 'douche', 'handdoek', 'kaars',
  'afspraak', 'verrassing', 'middag', 'ochtend', 'huis', 'appartement', 'bank', 'balkon', 'tuin', 'jurk', 'lingerie',
  'olie', 'knuffel', 'glimlach', 'verwennerij', 'ontspanning', 'gesprek', 'koffie', 'thee', 'vakantie', 'zomer', 'winter',
  'hotel', 'parkeerplaats', 'station', 'centrum', 'buurt', 'straat', 'sauna', 'bad', 'bubbelbad', 'spiegel', 'deken', 'kussen',
  'lamp', 'trap', 'keuken', 'terras', 'strand', 'bos', 'park', 'rivier', 'brug', 'markt', 'winkel', 'boek', 'film', 'serie',
  'taart', 'chocolade', 'fruit', 'bloem', 'parfum', 'zeep', 'crème', 'ketting', 'ring', 'sjaal', 'hoed', 'schoen', 'laars',
  'fiets', 'auto', 'trein', 'reis', 'weekend', 'feest', 'dans', 'lied', 'gedicht', 'brief', 'droom', 'wens', 'plan',
] as const;

export const VERBS = [
  'geniet', 'ontvang', 'verwen', 'wacht', 'kijk', 'hou', 'zoek', 'maak', 'bied', 'droom', 'lach', 'dans', 'luister',
  'praat', 'kook', 'drink', 'lees', 'zing', 'fiets', 'wandel', 'reis', 'werk', 'speel', 'rust', 'bel',
] as const;

export const ADVERBS = [
  'graag', 'rustig', 'heerlijk', 'lekker', 'echt', 'altijd', 'soms', 'vaak', 'zeker', 'gewoon', 'samen', 'even', 'vooral',
  'meestal', 'ook', 'nog', 'weer', 'zomaar', 'helemaal', 'stiekem',
] as const;

/** Sentence frames: A = adjective, N = noun, V = verb, D = adverb. Fixed words are shared boilerplate. */
export const FRAMES = [
  'ik V D met een A N',
  'bij mij thuis is een A N en een A N',
  'kom D langs voor een A N',
  'ik ben een A en A dame die D V',
  'samen V we D in de A N',
  'na een A N V ik D',
  'je kunt bij mij D een A N krijgen',
  'mijn A N is D A',
  'V jij ook D van een A N',
  'ik V D naar een A N met jou',
  'een A N en een A N wachten op je',
  'in mijn A N V ik D',
  'neem D de tijd voor een A N',
  'ik heb een A N en een A N',
  'wij V D met A N en A N',
] as const;

export const GREETINGS = ['Hoi', 'Hallo heren', 'Hey schat', 'Welkom', 'Hallo lieverd', 'Goedendag', 'Hoi hoi', 'Dag allemaal'] as const;

export const CONTACT_LINES = ['bel of app me op', 'whatsapp naar', 'bereikbaar via', 'stuur een bericht naar', 'contact:'] as const;

/** Emoji that carry no lexicon meaning (the lexicon's emoji codes are planted separately). */
export const NEUTRAL_EMOJI = ['😘', '😊', '🔥', '✨', '💋', '🥰', '😉', '🌙', '☀️', '🎉'] as const;

/** Short phrases inserted into copies (InfoShield's "insertion" edit). */
export const INSERTIONS = [
  'vandaag extra tijd', 'ook in het weekend', 'parkeren voor de deur', 'met een kopje koffie vooraf',
  'discreet en schoon', 'nieuwe foto binnenkort', 'vraag naar de actie', 'korting voor vaste klanten',
] as const;
