import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { indexSubject } from '../identifier-index/index-subject.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from '../dossier/first-post.ts';
import { countSubjects, findSubject, insertSubject, updateSubjectIfVersion } from '../queries/people.ts';
import type { SubjectRow } from '../queries/shared.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused, stale } from '../result.ts';
import { casesText } from '../texts.ts';
import { GENDERS, LIMITS, SUBJECT_ROLES } from '../vocab.ts';

const readSubject = (body: FormBody, lang: Lang) => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const values = {
    role: f.choice('rol', SUBJECT_ROLES),
    name: f.text('naam', LIMITS.shortText),
    aliases: f.text('aliassen', LIMITS.aliases),
    age: f.int('leeftijd', 0, 120, t.badAge),
    ageEstimate: f.text('schatting', 100),
    gender: f.choice('geslacht', GENDERS, 'unknown'),
    place: f.text('plaats', LIMITS.shortText),
    description: f.text('beschrijving', LIMITS.longText),
  };
  // A person with nothing but a role and "unknown" gender is nobody: it would show as "—" in the
  // list, the link chart and the police package. One real detail is enough.
  const described = values.name || values.aliases || values.age != null || values.ageEstimate || values.place || values.description;
  if (!described && !f.values.leeftijd) f.fail('naam', t.personEmpty);

  return { f, values };
};

/** The stored person as form values, to show beside the user's own after a conflict. */
export const subjectFormValues = (s: SubjectRow): Record<string, string> => ({
  rol: s.role,
  naam: s.name,
  aliassen: s.aliases,
  leeftijd: s.age == null ? '' : String(s.age),
  schatting: s.ageEstimate,
  geslacht: s.gender,
  plaats: s.place,
  beschrijving: s.description,
  versie: String(s.version),
});

export const addSubject = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const { f, values } = readSubject(body, lang);
  const token = f.token();
  if (!f.ok) return invalid('personen', f);
  if ((await countSubjects(ctx.db, access.dossier.id)) >= LIMITS.subjectsPerDossier) {
    return refused('personen', f, pick(casesText, lang).tooMany(LIMITS.subjectsPerDossier));
  }
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertSubject(tx, { ...values, dossierId: access.dossier.id, createdBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'subject_added', { subject: row.id, role: row.role });
    await indexSubject(tx, ctx.logger, row);
  });

  return done('personen');
};

/** Changes a person, only if nobody else saved it since the form was opened. */
export const updateSubject = async (ctx: AppContext, access: DossierAccess, subjectId: string, body: FormBody, lang: Lang): Promise<CommandResult | null> => {
  const current = await findSubject(ctx.db, access.dossier.id, subjectId);
  if (!current || current.mergedInto) return null;
  const { f, values } = readSubject(body, lang);
  const version = f.version('versie');
  if (!f.ok) return invalid('persoon', f, subjectId);

  return ctx.db.transaction(async (tx) => {
    const row = await updateSubjectIfVersion(tx, access.dossier.id, subjectId, version, values);
    if (!row) {
      const now = await findSubject(tx, access.dossier.id, subjectId);
      return stale('persoon', f, now ? subjectFormValues(now) : {}, subjectId);
    }
    await recordDossierChange(tx, access.actor, access.dossier.id, 'subject_changed', { subject: subjectId });
    await indexSubject(tx, ctx.logger, row);

    return done('personen');
  });
};
