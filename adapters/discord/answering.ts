import type { Answer, Engine, Logger } from '../../src/index.ts';
import type { QuestionCatalog } from '../shared/question-catalog.ts';
import { askInTime, type Reliability } from '../shared/reliability.ts';
import { conversationId, type AnswerOrigin } from './conversation.ts';
import type { FeedbackLog } from './feedback.ts';
import type { RecentAnswers } from './recent-answers.ts';

/** What the interaction and mention handlers share. */
export interface BotContext {
  engine: Engine;
  /** The bot's log; handlers pass on a child carrying the request id. */
  logger: Logger;
  /** The answer deadline and the in-flight tracker a shutdown drains. */
  reliability: Reliability;
  /** Milliseconds, for timing answers in the logs. */
  clock: () => number;
  /** Answers whose buttons may still be clicked. */
  answers: RecentAnswers;
  feedback: FeedbackLog;
  /** Longest question accepted (QUESTION_MAX_CHARS), checked before an answer is deferred. */
  maxQuestionChars: number;
  /** Questions the coverage answers, offered by /ask's autocomplete. */
  catalog: QuestionCatalog;
}

/** Who asked, where, and how: together they pick the conversation a question belongs to. */
export interface Asker {
  user: string;
  /** The channel or thread the question was asked in. */
  channel: string;
  origin: AnswerOrigin;
}

/**
 * Asks the engine one question in the asker's conversation and logs the outcome; a core failure or a missed deadline
 * is thrown for the caller to apologize for.
 */
export async function askEngine(context: BotContext, question: string, asker: Asker): Promise<Answer> {
  const started = context.clock();
  const conversation = conversationId(asker.origin, asker.channel, asker.user);
  // Discord user ids are unique across servers, so they alone name the asker for the core's per-user rate limit.
  const options = { conversation, user: `discord:${asker.user}` };
  const answer = await askInTime(context.engine, question, options, context.reliability);
  context.answers.remember(answer.id, { question, suggestions: answer.suggestions, origin: asker.origin });
  context.logger.info(
    {
      event: 'answer',
      answerId: answer.id,
      question,
      user: asker.user,
      conversation,
      interpretedAs: answer.interpretedAs,
      abstained: answer.abstained,
      abstainReason: answer.abstainReason,
      citations: answer.citations.length,
      confidence: answer.confidence,
      ms: context.clock() - started,
    },
    'answered',
  );
  return answer;
}
