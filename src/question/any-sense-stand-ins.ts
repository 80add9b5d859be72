import { terms as termsOf } from '../text/analyzer.ts';
import type { CorpusWords } from './query-terms.ts';
import type { QuestionToken } from './tag-question.ts';
import type { Expansion, WordKnowledge } from './word-knowledge.ts';

/** How surely a word stands for one it shares only some sense with: enough to count, below any frequent sense. */
const ANY_SENSE_WEIGHT = 0.5;
const MAX_STAND_INS = 8;
/** A synonym's stand-in this sure is another form of it (a derivation, an inflection), not another word. */
const CLOSE_FORM = 0.8;

/**
 * Corpus words that share any sense with a question word the corpus lacks ("why did the president quit?" →
 * "resigned"): the question's other words chose the sense the corpus uses, so a rare one is better than none.
 */
export function anySenseStandIns(token: QuestionToken, words: CorpusWords, knowledge: WordKnowledge): Expansion[] {
  // A noun's rare senses are mostly other things ("brand": a sword); a verb's, other uses of one act. So a noun
  // stands only for the words of its most frequent sense or of a sense of the same kind ("bail": "bond", whatever
  // sense the corpus's "bond" has; "client", a person: "customer").
  if (!token.cls) return [];
  const synonyms = (
    token.cls === 'n'
      ? knowledge.synonymsInFirstKind(token.lemma, token.cls)
      : knowledge.synonymsInAnySense(token.lemma, token.cls)
  )
    .map((synonym) => ({ synonym, terms: termsOf(synonym) }))
    // A synonym whose words the search drops ("step down" → "step") would stand for something else.
    .filter(({ synonym, terms }) => terms.length === synonym.split(' ').length);
  const found: Expansion[] = synonyms
    .filter(({ terms }) => terms.every((t) => words.frequency(t) > 0))
    .map(({ terms }) => ({ terms, weight: ANY_SENSE_WEIGHT, relation: 'synonym' }));
  // Failing those, a verb's synonyms' close forms: "hurt" shares a sense with "injure", written "injuries".
  if (found.length === 0 && token.cls === 'v') {
    for (const { synonym } of synonyms) {
      for (const close of knowledge.expand(synonym, 'v')) {
        if (close.weight >= CLOSE_FORM) found.push({ ...close, weight: ANY_SENSE_WEIGHT, relation: 'synonym' });
      }
    }
  }
  return found.slice(0, MAX_STAND_INS);
}
