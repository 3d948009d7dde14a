import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppContext } from './context.ts';
import { collectFigures, collectRetentionRules, collectSourceKinds } from './module-hooks.ts';
import type { RetentionRule, SourceKind, VangnetModule } from './module.ts';

const kind = (type: string): SourceKind => ({
  type,
  label: { nl: type, en: type },
  loadAccess: async () => async () => true,
  href: (id) => `/${type}/${id}`,
});
const rule = (key: string): RetentionRule => ({
  key,
  label: { nl: key, en: key },
  defaultDays: 30,
  action: 'delete',
  legalBasis: { nl: 'test', en: 'test' },
  purge: async () => ({ count: 0 }),
});
const log = pino({ level: 'silent' });
const ctx = {} as AppContext;
const query = { from: new Date('2027-01-01T00:00:00Z'), to: new Date('2027-02-01T00:00:00Z') };

describe('module hooks', () => {
  it('gathers source kinds by type and refuses a type declared by two modules', () => {
    const a: VangnetModule = { name: 'a', sourceKinds: [kind('report')] };
    const b: VangnetModule = { name: 'b', sourceKinds: [kind('ad'), kind('decoy_contact')] };
    expect([...collectSourceKinds([a, b]).keys()]).toEqual(['report', 'ad', 'decoy_contact']);
    expect(() => collectSourceKinds([a, { name: 'c', sourceKinds: [kind('report')] }])).toThrow(/report is declared twice/);
  });

  it('gathers retention rules with their module and refuses a duplicate key', () => {
    const rules = collectRetentionRules([{ name: 'intake', retention: [rule('intake.draft')] }, { name: 'x' }]);
    expect(rules.map((r) => `${r.module}:${r.rule.key}`)).toEqual(['intake:intake.draft']);
    expect(() => collectRetentionRules([{ name: 'a', retention: [rule('k')] }, { name: 'b', retention: [rule('k')] }])).toThrow(/k is declared twice/);
  });

  it('gathers figures and names the module whose count failed, keeping the others', async () => {
    const ok: VangnetModule = { name: 'ok', figures: async () => [{ key: 'reports', label: { nl: 'Meldingen', en: 'Reports' }, value: 7 }] };
    const broken: VangnetModule = { name: 'broken', figures: async () => { throw new Error('table gone'); } };
    const result = await collectFigures([ok, broken, { name: 'none' }], ctx, query, log);
    expect(result.figures).toEqual([{ key: 'reports', label: { nl: 'Meldingen', en: 'Reports' }, value: 7, module: 'ok' }]);
    expect(result.failed).toEqual(['broken']);
  });
});
