import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { collectEvidenceFiles, recordCustodyEvent, sha256Hex, buildSignedPackage, loadSigningKey, vangnetVersion } from '../../evidence/index.ts';
import { recordDossierChange } from '../actor.ts';
import { basisLabel, canHandOver, type HandOverCheck } from './can-hand-over.ts';
import { buildHandoverContent } from './handover-content.ts';
import { FormReader } from '../parse.ts';
import { approveHandoverRow, findHandover, type HandoverRow, insertHandover, listDossierEvidence, setPoliceReference, setStatusFrom } from '../queries/handover.ts';
import { renderHandoverPdf } from './render-handover-pdf.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { LIMITS } from '../vocab.ts';
import { handoverStatusProblem, isStatus } from '../dossier/workflow.ts';
import { handoverChecklist, requestProblems } from './handover-checklist.ts';
import { listExceptions } from '../queries/consent.ts';

const basisOf = basisLabel;

/** The reporter's identity goes along only with a reporter's consent that says so (never on an exception). */
const identityAllowed = (check: Extract<HandOverCheck, { ok: true }>) => check.basis.kind === 'consent' && check.basis.consent.includesReporterIdentity;

const mayLeave = (access: DossierAccess, lang: Lang): string | null => {
  const from = access.dossier.status;
  if (!isStatus(from)) return 'status';

  return handoverStatusProblem(from)?.[lang] ?? null;
};

/** Step one of four eyes: an investigator asks for the handover. Refused without consent or approved exception. */
export const requestHandover = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const recipient = f.text('ontvanger', LIMITS.shortText, { required: t.missingText });
  if (!f.ok) return invalid('overdracht', f);
  const check = await canHandOver(ctx.db, access.dossier, 'police_om');
  // Say everything that is missing at once (status and ground), in the words of the page's checklist.
  const exceptions = await listExceptions(ctx.db, access.dossier.id);
  const problems = requestProblems(handoverChecklist({ dossierId: access.dossier.id, status: access.dossier.status, check, exceptions, handovers: [] }));
  if (problems.length > 0 || !check.ok) return refused('overdracht', f, problems.map((p) => p[lang]).join(' '));
  await ctx.db.transaction(async (tx) => {
    const row = await insertHandover(tx, {
      dossierId: access.dossier.id,
      recipient,
      basis: basisOf(check),
      includesReporterIdentity: identityAllowed(check),
      requestedBy: access.actor.id,
    });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'handover_requested', { handover: row.id, recipient, basis: row.basis });
  });

  return done('overdracht');
};

export const packageFile = (ctx: AppContext, handoverId: string) => path.join(ctx.config.dataDir, 'handovers', `${handoverId}.zip.enc`);

/**
 * Step two: a supervisor who did not ask for it approves. Consent is checked again (it may have been
 * withdrawn since the request); then the package is built — tagged PDF + dossier.json + the evidence
 * files — signed with the installation key, stored encrypted, and its hash recorded with the custody
 * of every evidence item in it.
 */
export const approveHandover = async (ctx: AppContext, access: DossierAccess, handoverId: string, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader({}, lang);
  const handover = await findHandover(ctx.db, access.dossier.id, handoverId);
  if (!handover || handover.approvedBy) return refused('overdracht', f, t.alreadyDecided, 400, handoverId);
  if (!access.actor.roles.includes('supervisor')) return refused('overdracht', f, t.onlySupervisor, 403, handoverId);
  if (handover.requestedBy === access.actor.id) return refused('overdracht', f, t.handoverNotSamePerson, 403, handoverId);
  const statusProblem = mayLeave(access, lang);
  if (statusProblem) return refused('overdracht', f, statusProblem, 400, handoverId);
  const check = await canHandOver(ctx.db, access.dossier, 'police_om');
  if (!check.ok) return refused('overdracht', f, check.reason[lang], 400, handoverId);

  const withIdentity = identityAllowed(check);
  const content = await buildHandoverContent(ctx, { dossier: access.dossier, actor: access.actor, recipient: handover.recipient, basis: basisOf(check), grounds: check.basis, withReporterIdentity: withIdentity });
  const pdf = await renderHandoverPdf(content);
  const evidence = await listDossierEvidence(ctx.db, access.dossier.id);
  const { files } = await collectEvidenceFiles(ctx, evidence.map((e) => e.id));
  const created = new Date();
  const pkg = buildSignedPackage({
    files: [
      { path: 'overdracht.pdf', bytes: pdf, mediaType: 'application/pdf' },
      { path: 'dossier.json', bytes: Buffer.from(`${JSON.stringify(content, null, 2)}\n`), mediaType: 'application/json' },
      ...files,
    ],
    metadata: { purpose: 'handover to police/OM', dossier: access.dossier.id, handover: handover.id, recipient: handover.recipient, basis: basisOf(check), reporterIdentityIncluded: withIdentity },
    key: loadSigningKey(ctx.config.dataDir),
    software: `Vangnet ${vangnetVersion()}`,
    created,
  });
  mkdirSync(path.dirname(packageFile(ctx, handover.id)), { recursive: true, mode: 0o700 });
  writeFileSync(packageFile(ctx, handover.id), ctx.keys.encrypt(pkg.zip), { mode: 0o400 });

  return ctx.db.transaction(async (tx) => {
    const row = await approveHandoverRow(tx, handover.id, { approvedBy: access.actor.id, packageSha256: pkg.sha256 });
    if (!row) return refused('overdracht', f, t.alreadyDecided, 400, handoverId);
    await setStatusFrom(tx, access.dossier.id, access.dossier.status, 'handed_over');
    for (const item of evidence) {
      await recordCustodyEvent(tx, {
        actor: access.actor,
        action: 'custody.handover',
        evidenceId: item.id,
        details: { packageSha256: pkg.sha256, recipient: handover.recipient, sha256: item.sha256, at: created.toISOString() },
      });
    }
    await recordDossierChange(tx, access.actor, access.dossier.id, 'handed_over', {
      handover: handover.id,
      recipient: handover.recipient,
      packageSha256: pkg.sha256,
      reporterIdentityIncluded: withIdentity,
    });

    return done('overdracht');
  });
};

/** The stored package, checked against the recorded hash before it leaves again. */
export const readHandoverPackage = (ctx: AppContext, handover: HandoverRow): Buffer | null => {
  if (!handover.packageSha256) return null;
  const zip = ctx.keys.decrypt(readFileSync(packageFile(ctx, handover.id), 'utf8'));
  if (sha256Hex(zip) !== handover.packageSha256) throw new Error('stored handover package does not match its recorded hash');

  return zip;
};

/** The police's reference number, entered when they send it. */
export const savePoliceReference = async (ctx: AppContext, access: DossierAccess, handoverId: string, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const reference = f.text('referentie', 100, { required: t.missingText });
  if (!f.ok) return invalid('referentie', f, handoverId);

  return ctx.db.transaction(async (tx) => {
    const rows = await setPoliceReference(tx, access.dossier.id, handoverId, reference);
    if (rows.length === 0) return refused('referentie', f, t.alreadyDecided, 400, handoverId);
    await recordDossierChange(tx, access.actor, access.dossier.id, 'police_reference', { handover: handoverId, reference });

    return done('overdracht');
  });
};
