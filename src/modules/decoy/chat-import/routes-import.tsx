import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CHAT_EXPORT_LIMITS } from '../../../app/chat-export/read-chat-export.ts';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { field, isUuid } from '../../../app/forms.ts';
import { statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { DECOY_OPERATORS } from '../access.ts';
import { decoyActor } from '../decoy-actor.ts';
import { importChatExport } from './import-chat-export.ts';
import { loadConversationPage } from '../conversations/load-conversation-page.ts';
import { ConversationPage } from '../conversations/views/conversation-page.tsx';
import { errorsOf } from '../views/problems.ts';
import { ReviewsSection } from '../reviews/views/reviews-section.tsx';

type UploadForm = { bytes: Buffer | null; fileName: string; decoySender: string; tooLarge: boolean; broken: boolean };

/** Reads the import form without ever throwing: a broken or oversized body becomes a message. */
const readUpload = async (req: FastifyRequest): Promise<UploadForm> => {
  const form: UploadForm = { bytes: null, fileName: '', decoySender: '', tooLarge: false, broken: false };
  if (!req.isMultipart()) return { ...form, broken: true };
  try {
    for await (const part of req.parts({ limits: { fileSize: CHAT_EXPORT_LIMITS.bytes, files: 1, fields: 4, fieldSize: 2000, parts: 6 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'bestand' && bytes.length > 0) {
          form.bytes = bytes;
          form.fileName = (part.filename ?? '').slice(0, 200);
        }
        continue;
      }
      if (part.fieldname === 'decoySender') form.decoySender = field({ v: typeof part.value === 'string' ? part.value : '' }, 'v').slice(0, 200);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ...form, bytes: null, tooLarge: true };
    if (code !== 'FST_FILES_LIMIT' && code !== 'FST_PARTS_LIMIT' && code !== 'FST_FIELDS_LIMIT') return { ...form, broken: true };
  }

  return form;
};

/** POST /lokprofielen/gesprekken/:id/import: a WhatsApp .txt or Telegram result.json into the conversation. */
export const importRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: CHAT_EXPORT_LIMITS.bytes, files: 1 } });
    scope.post<{ Params: { id: string } }>('/lokprofielen/gesprekken/:id/import', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
      if (!isUuid(req.params.id)) throw notFound();
      const form = await readUpload(req);
      const nl = req.lang !== 'en';
      const again = async (errors: Record<string, string | undefined>, status: number) => {
        const data = await loadConversationPage(ctx, req.params.id, decoyActor(req));
        if (!data) throw notFound();
        const v = view(req, reply);
        return render(reply, <ConversationPage view={v} {...data} values={{ decoySender: form.decoySender }} errors={errors} reviews={<ReviewsSection view={v} data={data} />} />, status);
      };
      if (form.tooLarge) return again({ bestand: nl ? `Het bestand is groter dan ${CHAT_EXPORT_LIMITS.bytes / 1024 / 1024} MB. Er is niets ingelezen.` : `The file is larger than ${CHAT_EXPORT_LIMITS.bytes / 1024 / 1024} MB. Nothing was imported.` }, 400);
      if (form.broken) return again({ bestand: nl ? 'Het formulier kwam niet goed aan. Probeer het opnieuw.' : 'The form did not arrive properly. Try again.' }, 400);
      if (!form.bytes) return again({ bestand: nl ? 'Kies een exportbestand (.txt van WhatsApp of result.json van Telegram).' : 'Choose an export file (.txt from WhatsApp or result.json from Telegram).' }, 400);
      const result = await importChatExport(ctx, { conversationId: req.params.id, bytes: form.bytes, fileName: form.fileName, decoySender: form.decoySender }, decoyActor(req));
      if (!result.ok) return again(errorsOf(result.problems, req.lang), statusOf(result.problems));
      const s = result.value;
      return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}?import=${s.added}-${s.alreadyThere}-${s.media}`, 303);
    });
  });
};
