import type { Answer } from '../../src/answer/answer-schema.ts';
import type { Engine } from '../../src/engine.ts';
import type { Logger } from '../../src/logger.ts';
import type { FeedbackLog } from './feedback.ts';

/** What the interaction and mention handlers share. */
export interface BotContext {
  engine: Engine;
  logger: Logger;
  /** Milliseconds, for timing answers in the logs. */
  clock: () => number;
  feedback: FeedbackLog;
}

/** Asks the engine one question and logs the outcome; a core failure is thrown for the caller to apologize for. */
export async function askEngine(context: BotContext, question: string, user: string): Promise<Answer> {
  const started = context.clock();
  const answer = await context.engine.ask(question);
  context.feedback.remember(answer.id, question);
  context.logger.info(
    {
      event: 'answer',
      answerId: answer.id,
      question,
      user,
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
