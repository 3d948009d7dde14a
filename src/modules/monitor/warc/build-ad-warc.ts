import { gzipSync } from 'node:zlib';
import { buildWarcRecords, type WarcExchange, packageVersion, vangnetVersion } from '../../evidence/index.ts';

/**
 * The raw HTTP exchange of one ad version as a gzipped WARC 1.1 file (warcinfo, response, request;
 * each record its own gzip member, as .warc.gz readers expect), built with the evidence capture's
 * WARC writer. storeAd takes its SHA-256 when it stores it, so a download can be checked with any tool.
 */
export const buildAdWarc = async (o: { exchange: WarcExchange; userAgent: string; sourceName: string }): Promise<Buffer> => {
  const records = await buildWarcRecords({
    exchanges: [o.exchange],
    filename: 'advertentie.warc.gz',
    info: {
      software: `Vangnet ${vangnetVersion()} online monitor (@crawlee/cheerio ${packageVersion('@crawlee/cheerio')}, warcio ${packageVersion('warcio')})`,
      format: 'WARC File Format 1.1',
      conformsTo: 'http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      'http-header-user-agent': o.userAgent,
      'vangnet-source': o.sourceName.slice(0, 200),
      'vangnet-note':
        'HTML page only, never an image. Body as received; chunked transfer framing redone as one chunk; a body the server compressed is stored decoded, its coding headers renamed X-Vangnet-Decoded-*.',
    },
  });

  return Buffer.concat(records.map((r) => gzipSync(r)));
};
