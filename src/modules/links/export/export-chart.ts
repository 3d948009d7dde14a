import { createHash } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import { exportAnx } from './export-anx.ts';
import { exportGraphml } from './export-graphml.ts';
import type { Chart } from '../chart/load-chart.ts';
import type { Viewer } from '../graph/viewer-access.ts';

const EXPORTS = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml', write: exportGraphml },
  anx: { type: 'application/xml; charset=utf-8', ext: 'anx', write: exportAnx },
} as const;

export type ExportFormat = keyof typeof EXPORTS;
export const isExportFormat = (format: string): format is ExportFormat => format === 'graphml' || format === 'anx';

/**
 * A download of a chart is a custody event: the hash-chained audit log keeps what left (format, size,
 * SHA-256 of the file) and the access log gets an 'export' line. Returns the file to send.
 */
export const exportChart = async (ctx: AppContext, viewer: Viewer & { ip: string }, chart: Chart, format: ExportFormat, reason: string) => {
  const spec = EXPORTS[format];
  const { graph, auditTarget } = chart;
  const body = spec.write(graph);
  const sha256 = createHash('sha256').update(body).digest('hex');
  await recordAuditEvent(ctx.db, {
    actor: { userId: viewer.id, label: viewer.name, ip: viewer.ip },
    action: 'custody.export',
    targetType: auditTarget.type,
    targetId: auditTarget.id,
    details: { what: 'link_chart', format, nodes: graph.nodes.length, edges: graph.edges.length, sha256 },
  });
  await logAccess(ctx.db, { user: viewer, recordType: auditTarget.type, recordId: auditTarget.id, action: 'export', reason: `${reason} (${format})` });
  const fileName = `verbanden-${auditTarget.id.replace(/[^A-Za-z0-9+@._-]/g, '_').slice(0, 80)}.${spec.ext}`;

  return { body, contentType: spec.type, fileName };
};
