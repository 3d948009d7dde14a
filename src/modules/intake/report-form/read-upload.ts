import type { FastifyRequest } from 'fastify';
import { MAX_FILE_BYTES } from './file-types.ts';

/** 'none': no file was chosen at all; 'empty': a file was chosen but has no content. */
export type Upload = { ok: true; name: string; content: Buffer } | { ok: false; problem: 'none' | 'empty' | 'tooLarge' | 'cutOff' };

/**
 * Reads the one file of an upload form. A file over the limit, an upload cut off half-way or a body
 * that is not multipart at all each give a clear problem, never an exception.
 */
export const readUpload = async (req: FastifyRequest): Promise<Upload> => {
  if (!req.isMultipart()) return { ok: false, problem: 'none' };
  let found: { name: string; content: Buffer } | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 } })) {
      if (part.type !== 'file') continue;
      const content = await part.toBuffer();
      if (!found) found = { name: part.filename ?? '', content };
    }
  } catch (err) {
    // Read and drop whatever is left of the body, so the browser gets our page, not a reset connection.
    req.raw.resume();
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ok: false, problem: 'tooLarge' };
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      return found ? { ok: true, ...found } : { ok: false, problem: 'none' };
    }
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_NO_FORM_DATA') return { ok: false, problem: 'none' };

    return { ok: false, problem: 'cutOff' };
  }
  // A browser sends an empty part without a name when nothing was chosen.
  if (!found || (found.content.length === 0 && !found.name)) return { ok: false, problem: 'none' };
  if (found.content.length === 0) return { ok: false, problem: 'empty' };

  return { ok: true, ...found };
};
