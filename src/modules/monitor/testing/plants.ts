/**
 * Phrases the generator plants into some templates and single ads, keyed by the lexicon indicator
 * they should fire. The ground truth lists, per ad, which ids were planted.
 */
export const PLANTS: Record<string, readonly string[]> = {
  'youth-language': ['net 18 geworden', 'jong en onschuldig', 'schoolmeisje look', 'tiener uitstraling', 'just turned 18'],
  'youth-emoji': ['💗', '🍒'],
  'always-available': ['24/7 beschikbaar', 'dag en nacht bereikbaar', 'altijd beschikbaar', 'always available'],
  'no-condom': ['alles mag', 'zonder condoom', 'no condom'],
  'third-person': ['zij ontvangt je graag en haar kamer is klaar, ze wacht op je'],
  'new-in-town': ['nieuw in de stad', 'new in town', 'net aangekomen'],
  'origin-mention': ['roemeense schoonheid', 'oost-europese dame', 'latina'],
};

export const PLANT_IDS = Object.keys(PLANTS);
