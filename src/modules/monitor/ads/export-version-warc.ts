import type { AppContext } from '../../../app/context.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import { selectVersionWarc } from '../queries/ad-page.ts';

type Viewer = { id: string; name: string; roles: readonly string[] };

/**
 * The raw WARC of one ad version, for download. A WARC leaving the system is evidence changing hands:
 * an access-log line and a custody event in the hash-chained log, with the file's hash. Null when the
 * version has no stored WARC.
 */
export const exportVersionWarc = async (ctx: AppContext, viewer: Viewer, input: { adId: string; version: number }) => {
  const warc = await selectVersionWarc(ctx.db, input.adId, input.version);
  if (!warc?.warcGz || !warc.warcSha256) return null;
  const target = `${input.adId}/${input.version}`;
  await logAccess(ctx.db, { user: viewer, recordType: 'ad_version', recordId: target, action: 'download', reason: 'warc' });
  await recordAuditEvent(ctx.db, {
    actor: { userId: viewer.id, label: viewer.name },
    action: 'custody.export',
    targetType: 'ad_version',
    targetId: target,
    details: { what: 'ad_warc', sha256: warc.warcSha256 },
  });

  return { body: Buffer.from(warc.warcGz), sha256: warc.warcSha256 };
};
