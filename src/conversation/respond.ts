import { LRUCache } from 'lru-cache';
import { abstention, answerQuestion } from '../answer/answer-question.ts';
import type { Answer } from '../answer/answer-schema.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { GateResult } from '../input/question-gate.ts';
import { resolveFollowUp } from './follow-up.ts';
import type { ConversationStore } from './memory.ts';
import { suggestFollowUps } from './suggestions.ts';
import { turnOf } from './turn.ts';

// A candidate suggestion's answer depends only on the index, and the same names come up question after question:
// trying each once per index keeps suggestions from multiplying the cost of every answer.
const trials = new WeakMap<CorpusIndex, LRUCache<string, Answer>>();

function trialAnswer(index: CorpusIndex, question: string): Answer {
  let cache = trials.get(index);
  if (!cache) trials.set(index, (cache = new LRUCache<string, Answer>({ max: 2_000 })));
  let answer = cache.get(question);
  if (!answer) cache.set(question, (answer = answerQuestion(index, question, 'suggestion').answer));
  return answer;
}

// One test of names per index, so that what suggestions work out per passage is kept with it.
const nameTests = new WeakMap<CorpusIndex, (word: string) => boolean>();

function namesTest(index: CorpusIndex): (word: string) => boolean {
  let test = nameTests.get(index);
  if (!test) nameTests.set(index, (test = (word) => index.vocabulary.isName(word)));
  return test;
}

/** How a question is answered: within which conversation, and whether follow-ups to an answer are worked out. */
export interface RespondOptions {
  conversation?: string;
  suggestions: boolean;
}

/**
 * Answers a cleaned question within its conversation: a follow-up is rewritten with the earlier turn's focus
 * (and the answer says what it understood), suggestions are attached when asked for, and the turn is remembered.
 */
export async function respond(
  index: CorpusIndex,
  memory: ConversationStore,
  gate: GateResult,
  id: string,
  { conversation, suggestions }: RespondOptions,
): Promise<Answer> {
  if (!gate.ok) {
    return { ...abstention(index, id, '', gate.reason, gate.message), suggestions: index.examples.slice(0, 3) };
  }
  const { question } = gate;
  const followUp = resolveFollowUp(question, conversation ? await memory.last(conversation) : undefined);
  const resolved = followUp?.resolved ?? question;
  const reply = answerQuestion(index, resolved, id);
  const answer: Answer = { ...reply.answer, question };
  if (followUp) {
    answer.interpretedAs = resolved;
    if (!answer.abstained) answer.answer = `About ${followUp.about}: ${answer.answer}`;
  }
  if (answer.abstained) answer.suggestions = index.examples.slice(0, 3);
  else if (!suggestions) answer.suggestions = [];
  else
    answer.suggestions = suggestFollowUps(
      reply.ranked,
      answer,
      reply.analyzed,
      (q) => trialAnswer(index, q),
      namesTest(index),
    );
  if (conversation) await memory.record(conversation, turnOf(question, resolved, reply.analyzed, answer));
  return answer;
}

/** The reply to a question over its asker's (or everyone's) budget: when to try again, in words. */
export function rateLimited(
  index: CorpusIndex,
  id: string,
  question: string,
  scope: 'user' | 'global',
  retryAfterMs: number,
): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const who =
    scope === 'user' ? "You're asking faster than I can keep up" : "I'm answering a lot of questions right now";
  const text = `${who}; please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  return { ...abstention(index, id, question, 'rate-limited', text), examples: [] };
}
