import { describe, expect, it } from 'vitest';
import { eventText } from './event-text.ts';

describe('timeline event details in words (issue 14 finding 16)', () => {
  it('shows labels and values in Dutch, not the stored codes', () => {
    const created = eventText(JSON.stringify({ priority: 'urgent', reports: '40817263 51290348' }), 'nl');
    expect(created).toBe('prioriteit: Spoed, meldingen: 40817263 51290348');
    expect(eventText(JSON.stringify({ from: 'open', to: 'investigation', reason: null }), 'nl')).toBe('van Open naar In onderzoek');
    const consent = eventText(JSON.stringify({ consent: '8e280dfd-0000-4000-8000-000000000000', purpose: 'police_om', givenBy: 'victim', method: 'spoken' }), 'nl');
    expect(consent).toBe('doel: Overdracht aan politie/OM, gegeven door: Het (mogelijke) slachtoffer, hoe: Mondeling');
    expect(eventText(JSON.stringify({ handover: 'x', recipient: 'Politie (fictief)', basis: 'consent:8e280dfd' }), 'nl')).toBe('ontvanger: Politie (fictief), grondslag: toestemming');
    expect(eventText(JSON.stringify({ violence: 'high', coercion: 'unknown' }), 'nl')).toBe('geweld: Hoog, dwang: Nog niet gewogen');
    expect(eventText(JSON.stringify({ priority: 'urgent' }), 'en')).toBe('priority: Urgent');
  });

});
