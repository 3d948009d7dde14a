import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dossiers, subjects } from '../schema.ts';

// The SQL of the data-subject search in cases (issue 19 point 5); used only by subject-search/*.

const likeTerm = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const personColumns = {
  id: subjects.id,
  dossierId: subjects.dossierId,
  role: subjects.role,
  name: subjects.name,
  aliases: subjects.aliases,
  age: subjects.age,
  ageEstimate: subjects.ageEstimate,
  gender: subjects.gender,
  place: subjects.place,
  description: subjects.description,
  createdAt: subjects.createdAt,
  dossierStatus: dossiers.status,
};

/** Persons in dossiers whose name or aliases contain the name (merged records left out). */
export const selectPersonsNamed = (db: Db, name: string, limit: number) =>
  db
    .select(personColumns)
    .from(subjects)
    .innerJoin(dossiers, eq(dossiers.id, subjects.dossierId))
    .where(and(isNull(subjects.mergedInto), or(sql`${subjects.name} ILIKE ${likeTerm(name)}`, sql`${subjects.aliases} ILIKE ${likeTerm(name)}`)))
    .orderBy(subjects.createdAt)
    .limit(limit);

export const selectPerson = async (db: Db, id: string) => {
  const [row] = await db.select(personColumns).from(subjects).innerJoin(dossiers, eq(dossiers.id, subjects.dossierId)).where(eq(subjects.id, id)).limit(1);

  return row ?? null;
};
