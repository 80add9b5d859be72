import { termOf } from '../text/analyzer.ts';
import type { QuestionToken } from './tag-question.ts';
import type { WordKnowledge } from './word-knowledge.ts';

/**
 * "When did Lucien Ferrat become health minister?", "what year did Ashworth become CEO?": the index terms of the
 * post the question asks someone took ("minist"), when its verb is "become" and what follows names a person's
 * post (a WordNet noun.person); else null.
 */
export function postAsked(tokens: readonly QuestionToken[], knowledge: WordKnowledge): string[] | null {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' && t.lemma === 'become');
  if (verb < 0) return null;
  const phrase: QuestionToken[] = [];
  for (const token of tokens.slice(verb + 1)) {
    if (token.pos === 'DET' || token.pos === 'PART' || (token.pos === 'PROPN' && phrase.length === 0)) continue;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') break;
    phrase.push(token);
  }
  const head = phrase.at(-1);
  if (!head || head.pos === 'ADJ' || knowledge.category(head.lemma, 'n') !== 'noun.person') return null;
  return phrase.map((t) => termOf(t.lower)).filter((t): t is string => t !== null);
}
