import type { QuestionToken } from './tag-question.ts';

// "What's the latest figure for the unpaid wages?", "the most recent estimate", "the updated forecast": these
// adjectives only say which of a story's revised figures is asked for (the question's timing keeps that). They are
// not its topic, and searched for, "latest" reaches "former" and "previous" through the sense of "late". English's
// closed set, listed by hand.
const ALONE = new Set(['latest', 'newest']);
/** Words that say so only before a noun ("the updated count"; not "when was it updated?"). */
const BEFORE_NOUN = new Set(['updated', 'revised', 'current']);
const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Whether a question's word only asks for the latest of a story's figures ("latest", "most recent", "updated"). */
export function asksRevision(tokens: readonly QuestionToken[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  const next = tokens[index + 1];
  if (ALONE.has(word)) return true;
  if (word === 'recent') return tokens[index - 1]?.lower === 'most';
  if (word === 'most') return next?.lower === 'recent';
  return BEFORE_NOUN.has(word) && index > 0 && next !== undefined && NOUN_POS.has(next.pos);
}
