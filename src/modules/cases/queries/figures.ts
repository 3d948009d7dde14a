import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dossiers } from '../schema.ts';

/** The municipality of a dossier: the lowest CBS code among its reports (one report: its code), or null. */
const dossierMunicipality = sql`(SELECT min(r.municipality_code) FROM dossier_reports dr JOIN reports r ON r.id = dr.report_id WHERE dr.dossier_id = d.id)`;

type FigureRow = { municipality: string | null; month: string; part: string; n: number };

const figureRows = (result: unknown): FigureRow[] =>
  (result as { rows: Record<string, unknown>[] }).rows.map((r) => ({ municipality: (r.municipality as string | null) ?? null, month: String(r.month), part: String(r.part ?? ''), n: Number(r.n) }));

/** Dossiers opened in a period, per municipality, month of opening and current status (counts only). */
export const countDossiersForFigures = async (db: Db, q: { from: Date; to: Date; municipalityCode?: string }): Promise<FigureRow[]> =>
  figureRows(
    await db.execute(sql`
      SELECT municipality, month, status AS part, count(*)::int AS n FROM (
        SELECT ${dossierMunicipality} AS municipality, to_char(d.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, d.status
          FROM dossiers d WHERE d.created_at >= ${q.from} AND d.created_at < ${q.to}
      ) x ${q.municipalityCode ? sql`WHERE municipality = ${q.municipalityCode}` : sql``}
      GROUP BY 1, 2, 3`),
  );

/** Referrals made in a period, per municipality, month and whether feedback came back. */
export const countReferralsForFigures = async (db: Db, q: { from: Date; to: Date; municipalityCode?: string }): Promise<FigureRow[]> =>
  figureRows(
    await db.execute(sql`
      SELECT municipality, month, part, count(*)::int AS n FROM (
        SELECT ${dossierMunicipality} AS municipality, to_char(f.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
               CASE WHEN f.feedback <> '' THEN 'feedback' ELSE 'waiting' END AS part
          FROM referrals f JOIN dossiers d ON d.id = f.dossier_id WHERE f.created_at >= ${q.from} AND f.created_at < ${q.to}
      ) x ${q.municipalityCode ? sql`WHERE municipality = ${q.municipalityCode}` : sql``}
      GROUP BY 1, 2, 3`),
  );

/** CoMensha registrations Vangnet made (the export of a dossier), per municipality and month. */
export const countComenshaForFigures = async (db: Db, q: { from: Date; to: Date; municipalityCode?: string }): Promise<FigureRow[]> =>
  figureRows(
    await db.execute(sql`
      SELECT municipality, month, '' AS part, count(*)::int AS n FROM (
        SELECT ${dossierMunicipality} AS municipality, to_char(e.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month
          FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
         WHERE e.kind = 'comensha_export' AND e.at >= ${q.from} AND e.at < ${q.to}
      ) x ${q.municipalityCode ? sql`WHERE municipality = ${q.municipalityCode}` : sql``}
      GROUP BY 1, 2, 3`),
  );

export const hasAnyDossier = async (db: Db): Promise<boolean> => (await db.select({ id: dossiers.id }).from(dossiers).limit(1)).length > 0;
