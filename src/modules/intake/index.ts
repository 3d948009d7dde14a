export { type Draft, readDraft, saveDraftAnswers, startDraft } from './draft-session.ts';
export { SIGNAL_GROUPS } from './answers.ts';
