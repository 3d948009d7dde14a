import { describe, expect, it } from 'vitest';
import { classifyMessage, suggestReply, suggestTriage } from './classify-message.ts';

describe('assisted triage rules', () => {
  it('labels each message with the words that triggered each label', () => {
    expect(classifyMessage('Zullen we morgen afspreken? Ik betaal 50 euro, stuur eerst een foto')).toEqual([
      { label: 'meeting', words: ['morgen', 'afspreken'] },
      { label: 'price', words: ['betaal', '50 euro'] },
      { label: 'images', words: ['foto'] },
    ]);
    expect(classifyMessage('Hoe oud ben je eigenlijk?')).toEqual([{ label: 'age', words: ['hoe oud'] }]);
    expect(classifyMessage('Sorry, laat maar. Te jong voor mij.')).toEqual([{ label: 'age', words: ['jong'] }, { label: 'stop', words: ['sorry', 'laat maar', 'te jong'] }]);
  });

  it('suggests, never decides: continued on a proposal, desisted on stop words, else unclear; urgent and spam in triage', () => {
    expect(suggestReply(classifyMessage('Maakt niet uit, kom je naar mijn huis?'))).toBe('continued');
    expect(suggestReply(classifyMessage('Oh sorry, dan stop ik'))).toBe('desisted');
    expect(suggestReply(classifyMessage('hmm oké'))).toBe('ambiguous');
    expect(suggestTriage(classifyMessage('ik heb een meisje van 14 voor je'))).toBe('urgent');
    expect(suggestTriage(classifyMessage('Verdien snel geld met crypto, klik hier'))).toBe('spam');
    expect(suggestTriage(classifyMessage('Hoi schatje, wat kost een uurtje?'))).toBe('solicitation');
  });
});
