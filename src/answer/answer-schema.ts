import { z } from 'zod';

/** One numbered source behind an answer, with the sentence quoted verbatim from it. */
export const CitationSchema = z.object({
  n: z.number().int().positive(),
  sourceId: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  quote: z.string().min(1),
  /** For related coverage: the outlet whose article listed it (e.g. "Business Insider"); otherwise null. */
  listedBy: z.string().nullable(),
});

/** Why the bot declined to answer, or null when it answered. */
export const AbstainReasonSchema = z
  .enum(['empty-question', 'question-too-long', 'rate-limited', 'unknown-subject', 'weak-evidence', 'relation-miss'])
  .nullable();

/** The core's whole reply to one question: the contract every front end renders. */
export const AnswerSchema = z.object({
  /** Unique per answer, so feedback can point at it. */
  id: z.string().min(1),
  question: z.string(),
  /** Plain text with [n] citation markers; when abstained, a short explanation. */
  answer: z.string().min(1),
  abstained: z.boolean(),
  abstainReason: AbstainReasonSchema,
  /** How likely the answer is right, calibrated on the project's questions (0 when it abstained). */
  confidence: z.number().min(0).max(1),
  citations: z.array(CitationSchema),
  /** Example questions the coverage can answer, offered when the bot abstains. */
  examples: z.array(z.string()),
  /** Two or three follow-up questions the coverage can answer, drawn from passages the answer did not show. */
  suggestions: z.array(z.string()),
  /** When a follow-up was rewritten with the conversation's earlier focus: the question as answered. */
  interpretedAs: z.string().nullable(),
});

/** A citation, as validated by {@link CitationSchema}. */
export type Citation = z.infer<typeof CitationSchema>;
/** The core's reply, as validated by {@link AnswerSchema}. */
export type Answer = z.infer<typeof AnswerSchema>;
/** Why the bot abstained. */
export type AbstainReason = z.infer<typeof AbstainReasonSchema>;
