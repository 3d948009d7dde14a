/** Limits on what a person types or sends; the forms and the commands share them. */
export const EVIDENCE_LIMITS = {
  titleChars: 200,
  sourceChars: 2000,
  urlChars: 2048,
  fileNameChars: 255,
  uploadBytes: 25 * 1024 * 1024,
} as const;
