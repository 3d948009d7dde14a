/** One message read from a chat export. Media is only named, never kept (DESIGN §3.1). */
export type ExportedMessage = {
  at: Date;
  sender: string;
  text: string;
  /** A line the app wrote itself (encryption notice, someone joined): kept apart, never a message. */
  system: boolean;
  media: { name: string; type: string; size: number | null } | null;
  /** The platform's id (Telegram) or a stable id derived from time, sender, text and position (WhatsApp). */
  platformMessageId: string;
};

export type ChatExportFormat = 'whatsapp' | 'telegram';

export type ChatExport = { format: ChatExportFormat; messages: ExportedMessage[]; senders: string[]; systemLines: number };

export type ChatExportProblem = { code: string; message: { nl: string; en: string } };

export const CHAT_EXPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  messages: 20_000,
  messageChars: 10_000,
  senderChars: 200,
} as const;
