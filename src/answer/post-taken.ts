import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { regex } from '../text/regex.ts';
import { termSetOf } from './passage-term-set.ts';
import { perPassage } from './per-passage.ts';

// The words English tells of taking up a post by, listed because WordNet files them under unrelated senses ("name",
// "elect", "join", "since"): "became mayor in 2022", "was appointed in March", "minister since 2019".
const TAKES_POST = regex(
  [
    String.raw`\b(?:became|become|becomes|since|appointed|appointment|elected|named|hired|promoted|sworn|joined`,
    String.raw`|succeeded|installed|took (?:office|over|charge)|taken over)\b`,
  ],
  'iu',
);
const tellsOfTakingPost = perPassage((passage) => TAKES_POST.test(passage.text));

/**
 * "When did Lucien Ferrat become health minister?": a sentence naming him by the post ("the island's health minister,
 * Lucien Ferrat, defended …") takes it as given and dates something else; it answers only when it tells of taking it.
 */
export function datesOtherThanPost(passage: Passage, question: AnalyzedQuestion): boolean {
  if (!question.post || question.post.length === 0) return false;
  const held = termSetOf(passage);
  return question.post.every((term) => held.has(term)) && !tellsOfTakingPost(passage);
}
