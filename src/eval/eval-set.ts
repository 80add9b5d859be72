import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CoverageBotError } from '../errors.ts';

/** One evaluation question: what a good answer must mention and cite, or that it must be declined. */
const base = {
  id: z.string(),
  question: z.string().min(1),
  /** Items sharing a conversation id are asked in order in one conversation (follow-ups). */
  conversation: z.string().min(1).optional(),
};

export const EvalItemSchema = z.discriminatedUnion('expect', [
  z.object({
    ...base,
    expect: z.literal('answer'),
    /** Every inner list must have one alternative in the answer text. */
    mention: z.array(z.array(z.string()).min(1)),
    /** At least one citation's "outlet title" must contain one of these. */
    sources: z.array(z.string()).min(1),
    /** Text a relevant passage contains, for retrieval recall and MRR; empty when the answer comes from metadata. */
    evidence: z.array(z.string()).default([]),
  }),
  z.object({ ...base, expect: z.literal('abstain') }),
  /** An earlier turn of a conversation: asked so the next items can lean on it, not scored. */
  z.object({ ...base, expect: z.literal('context') }),
]);

/** A validated evaluation item. */
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** Reads a JSON-lines question set, naming the line of any malformed item. */
export async function loadEvalSet(path: string): Promise<EvalItem[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    const parsed = EvalItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ');
      throw new CoverageBotError('EVAL_SET_INVALID', `${path}:${i + 1}: ${problems}`, { cause: parsed.error });
    }
    return parsed.data;
  });
}
