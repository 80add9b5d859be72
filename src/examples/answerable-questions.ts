import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Engine } from '../engine.ts';

/** How many questions to collect, and how much answering that may cost. */
export interface AnswerableQuestionsOptions {
  /** Most questions returned (default 50). */
  max?: number;
  /** Most questions tried on the engine (default 80); each costs one answer. */
  maxTries?: number;
  /** Longest question kept, in characters (default 100, the most a Discord autocomplete choice holds). */
  maxChars?: number;
}

// An answer below this confidence is as likely wrong as right: not worth offering to someone who has not asked yet.
const MIN_CONFIDENCE = 0.5;

/** "What did <outlet> report?" for each outlet, in the engine's source order (articles first), once each. */
function outletQuestions(engine: Pick<Engine, 'sources'>): string[] {
  return [...new Set(engine.sources().map((source) => source.outlet))].map((outlet) => `What did ${outlet} report?`);
}

/**
 * Questions this corpus answers, for pickers such as autocomplete and home screens, derived from the corpus alone:
 * the engine's examples, then the follow-ups its answers suggest (about the people and organisations the passages
 * name, explored breadth first), then one question per outlet. Each is asked once and kept only when the engine
 * answers it with at least even confidence, so nothing offered ends in "the coverage doesn't say". Questions are
 * asked one per event-loop turn, so a bot stays responsive while the list is built.
 */
export async function answerableQuestions(
  engine: Pick<Engine, 'ask' | 'examples' | 'sources'>,
  options: AnswerableQuestionsOptions = {},
): Promise<string[]> {
  const { max = 50, maxTries = 80, maxChars = 100 } = options;
  const kept: string[] = [];
  const tried = new Set<string>();
  const outlets = outletQuestions(engine);
  // Outlet questions come last: they are many and alike, and the named subjects make better first suggestions.
  const queue = [...engine.examples];
  while (kept.length < max && tried.size < maxTries && (queue.length > 0 || outlets.length > 0)) {
    const question = (queue.shift() ?? outlets.shift())!.trim();
    if (!question || question.length > maxChars || tried.has(question)) continue;
    tried.add(question);
    await nextTurn();
    // A question the engine fails on is simply not offered; the failure shows when someone asks it.
    const answer = await engine.ask(question).catch(() => null);
    if (!answer || answer.abstained || answer.confidence < MIN_CONFIDENCE) continue;
    kept.push(question);
    queue.push(...answer.suggestions);
  }
  return kept;
}
