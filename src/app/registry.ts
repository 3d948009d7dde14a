import { collectRetentionRules, collectSourceKinds } from './module-hooks.ts';
import type { AppContext } from './context.ts';
import type { DossierGate, DossierSection, KeptUntil, KeptUntilQuery, ReporterNotice, RetentionForget, RetentionKeep, RetentionRule, SourceKind, SubjectRecordHandler, VangnetModule } from './module.ts';

/**
 * The module list, set once at start (createContext), for the hooks that a module asks for while it
 * runs: the identifier index asks the source kinds, the dossier page the other modules' sections,
 * evidence the dossier check. A module cannot import src/app/modules.ts (that imports every module,
 * itself included), so it asks here. Tests may register their own list.
 */
let registered: readonly VangnetModule[] = [];
let kinds: ReadonlyMap<string, SourceKind> = new Map();

export const registerModules = (modules: readonly VangnetModule[]): void => {
  kinds = collectSourceKinds(modules);
  registered = modules;
};

/** The registered modules (the retention job takes their figures before and after a batch). */
export const registeredModules = (): readonly VangnetModule[] => registered;

/** The declared kind of source in the identifier index, or undefined (then nobody may open it). */
export const sourceKind = (type: string): SourceKind | undefined => kinds.get(type);

/** Every module's dossier-page sections, in module order. */
export const dossierSections = (): DossierSection[] => registered.flatMap((m) => m.dossierSections ?? []);

/** The dossier check of the module that owns dossiers. Without one registered, nobody opens a dossier. */
export const dossierGate: DossierGate = (ctx, req, dossierId, options) => {
  const gate = registered.find((m) => m.dossierGate)?.dossierGate;
  if (!gate) throw new Error('no module declares dossierGate (register the modules at start)');

  return gate(ctx, req, dossierId, options);
};

/** Every module's retention rules, with the module that owns each (the retention schedule and job). */
export const retentionRules = (): { module: string; rule: RetentionRule }[] => collectRetentionRules(registered);

/** What the other modules still need of one record type (a report in a dossier), for a retention rule. */
export const retentionKeeps = (recordType: string): RetentionKeep[] => registered.flatMap((m) => (m.retentionKeeps ?? []).filter((k) => k.recordType === recordType));

/** What the higher modules delete of their own when records of one type (dossier) go. */
export const retentionForgets = (recordType: string): RetentionForget[] => registered.flatMap((m) => (m.retentionForgets ?? []).filter((f) => f.recordType === recordType));

/** The module that can erase or restrict a record of this type for a data-subject request, if any. */
export const subjectRecordHandler = (recordType: string): SubjectRecordHandler | undefined => registered.flatMap((m) => m.subjectRecords ?? []).find((h) => h.recordType === recordType);

/** Until when a record is kept (the retention module's schedule), or null without one registered. */
export const keptUntil = async (ctx: AppContext, query: KeptUntilQuery): Promise<KeptUntil | null> => {
  const read = registered.find((m) => m.keptUntil)?.keptUntil;

  return read ? read(ctx, query) : null;
};

/**
 * Every module's lines for the reporter of one report, oldest first. A module whose lines fail is
 * left out: "Mijn melding" must open anyway (the lines are a courtesy, not a record).
 */
export const reporterNotices = async (ctx: AppContext, reportId: string): Promise<ReporterNotice[]> => {
  const lists = await Promise.all(
    registered.map((m) =>
      m.reporterNotices
        ? m.reporterNotices(ctx, reportId).catch((err: unknown) => {
            ctx.logger.warn({ err, module: m.name }, 'reporter notices failed');
            return [];
          })
        : [],
    ),
  );

  return lists.flat().sort((a, b) => a.at.getTime() - b.at.getTime());
};
