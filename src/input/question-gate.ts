import { z } from 'zod';

/** Longest question accepted by default; longer input is almost always a paste, not a question. */
export const DEFAULT_MAX_QUESTION_CHARS = 500;

/** A question that passed the gate, or why it did not, in words for the user. */
export type GateResult =
  | { ok: true; question: string }
  | { ok: false; reason: 'empty-question' | 'question-too-long'; message: string };

// Format characters (zero-width spaces and joiners, bidi overrides, BOM) are invisible and can hide text;
// control characters other than whitespace have no place in a question.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cs}]|[^\P{Cc}\t\n\r\f\v]/gu;

/** Normalizes a question the same way for every front end: NFKC, invisible and control characters out, spaces collapsed. */
export function normalizeQuestion(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Validates raw input as a question (zod): anything not a string is empty, and the length limit is stated when exceeded. */
export function gateQuestion(raw: unknown, maxChars = DEFAULT_MAX_QUESTION_CHARS): GateResult {
  const question = z.string().catch('').transform(normalizeQuestion).parse(raw);
  if (!question) return { ok: false, reason: 'empty-question', message: 'Ask me a question about the coverage.' };
  if ([...question].length > maxChars) {
    return {
      ok: false,
      reason: 'question-too-long',
      message: `That question is ${[...question].length} characters long; questions can be up to ${maxChars} characters. Please ask something shorter.`,
    };
  }
  return { ok: true, question };
}
