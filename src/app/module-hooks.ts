import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './context.ts';
import { figureFromCells } from './figures.ts';
import type { Figure, FigureQuery, RetentionRule, SourceKind, VangnetModule } from './module.ts';

/** Every source kind that the modules declare, by type. Two modules declaring one type is a bug. */
export const collectSourceKinds = (modules: readonly VangnetModule[]): Map<string, SourceKind> => {
  const kinds = new Map<string, SourceKind>();
  for (const mod of modules) {
    for (const kind of mod.sourceKinds ?? []) {
      if (kinds.has(kind.type)) throw new Error(`source kind ${kind.type} is declared twice (${mod.name})`);
      kinds.set(kind.type, kind);
    }
  }

  return kinds;
};

/** Every retention rule of every module, with the module that owns it. Keys are unique. */
export const collectRetentionRules = (modules: readonly VangnetModule[]): { module: string; rule: RetentionRule }[] => {
  const seen = new Set<string>();
  const rules: { module: string; rule: RetentionRule }[] = [];
  for (const mod of modules) {
    for (const rule of mod.retention ?? []) {
      if (seen.has(rule.key)) throw new Error(`retention rule ${rule.key} is declared twice (${mod.name})`);
      seen.add(rule.key);
      rules.push({ module: mod.name, rule });
    }
  }

  return rules;
};

/**
 * Asks every module for its counts. A module whose count fails is left out and logged, so one
 * module's trouble does not take the whole dashboard down; the caller shows which module is missing.
 */
export const collectFigures = async (
  modules: readonly VangnetModule[],
  ctx: AppContext,
  query: FigureQuery,
  log: FastifyBaseLogger,
): Promise<{ figures: (Figure & { module: string })[]; failed: string[] }> => {
  const failed: string[] = [];
  const lists = await Promise.all(
    modules.map(async (mod) => {
      if (!mod.figures) return [];
      try {
        return (await mod.figures(ctx, query)).map((f) => ({ ...f, module: mod.name }));
      } catch (err) {
        log.warn({ err, module: mod.name }, 'figures failed');
        failed.push(mod.name);
        return [];
      }
    }),
  );

  return { figures: mergeSameKey(lists.flat()), failed };
};

/**
 * Figures with the same key from more than one module (the live count and the retention module's
 * counts of deleted records) become one, added up per cell, under the first one's module and label.
 */
const mergeSameKey = (figures: (Figure & { module: string })[]): (Figure & { module: string })[] => {
  const byKey = new Map<string, (Figure & { module: string })[]>();
  for (const f of figures) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);

  return [...byKey.values()].map((same) => {
    const [first, ...rest] = same as [Figure & { module: string }, ...(Figure & { module: string })[]];
    if (rest.length === 0 || same.some((f) => !f.byMunicipalityMonth)) return first;
    const cells = same.flatMap((f) => Object.entries(f.byMunicipalityMonth ?? {}).flatMap(([municipality, months]) => Object.entries(months).map(([month, n]) => ({ municipality, month, n }))));
    const live = same.find((f) => f.module !== 'retention') ?? first;

    return { ...figureFromCells(live.key, live.label, cells, live.partOf), module: live.module };
  });
};
