import { type Problem, problem } from '../../../app/result.ts';
import { MAX_MESSAGE_LENGTH, type TypedMessage } from './parse-message.ts';

/** The checks a typed inbound message passes: time, id, text within limits, and not in the future. */
export const checkTypedMessage = (m: TypedMessage, now: Date): Problem[] => {
  const problems: Problem[] = [];
  if (!m.at) problems.push(problem('invalid', { nl: 'Vul de tijd in als jjjj-mm-dd uu:mm (UTC).', en: 'Enter the time as yyyy-mm-dd hh:mm (UTC).' }, 'at'));
  // Clock skew of a few minutes is normal; a message from tomorrow is a typing error.
  else if (m.at.getTime() > now.getTime() + 10 * 60_000) problems.push(problem('invalid', { nl: 'Deze tijd ligt in de toekomst. Controleer de tijd (UTC).', en: 'This time is in the future. Check the time (UTC).' }, 'at'));
  if (m.platformMessageId.length === 0) problems.push(problem('required', { nl: 'Vul het bericht-id van het platform in.', en: 'Enter the platform’s message id.' }, 'platformMessageId'));
  else if (m.platformMessageId.length > 200) problems.push(problem('too_long', { nl: 'Het bericht-id is te lang: hoogstens 200 tekens.', en: 'The message id is too long: at most 200 characters.' }, 'platformMessageId'));
  if (m.text.length === 0) problems.push(problem('required', { nl: 'Vul de tekst van het bericht in.', en: 'Enter the text of the message.' }, 'text'));
  else if (m.text.length > MAX_MESSAGE_LENGTH) problems.push(problem('too_long', { nl: `Het bericht is te lang: hoogstens ${MAX_MESSAGE_LENGTH} tekens.`, en: `The message is too long: at most ${MAX_MESSAGE_LENGTH} characters.` }, 'text'));

  return problems;
};
