import { englishWords } from '../lexicon/english.ts';
import { headNounShare } from '../lexicon/leaders.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import { type WrittenTerm, writtenTerms } from './term-positions.ts';

/** The words that write a question's attribute, and which of them end its phrase. */
interface AttributeWords {
  wanted: Set<string>;
  heads: Set<string>;
  /** Clippings ("gov" for "governor"): a person, though English does not know the abbreviation. */
  shortFor: Set<string>;
  /** The attribute's words as the question writes them. */
  asked: Set<string>;
  /** The attribute's stand-ins of several words ("chief executive" for "CEO"). */
  phrases: (readonly string[])[];
}

// The same for every candidate, and asked of each two or three times: worked out once per analyzed question.
const byQuestion = new WeakMap<AnalyzedQuestion, AttributeWords>();

function attributeWords(question: AnalyzedQuestion): AttributeWords {
  let found = byQuestion.get(question);
  if (found) return found;
  const wanted = new Set<string>(question.attributeTerms);
  const heads = new Set<string>(question.attributeTerms.slice(-1));
  const shortFor = new Set<string>();
  const phrases: (readonly string[])[] = [];
  for (const term of question.terms) {
    if (!question.attributeTerms.includes(term.term)) continue;
    for (const alternative of term.alternatives) {
      wanted.add(alternative.terms[0]!);
      if (alternative.terms.length > 1) phrases.push(alternative.terms);
      if (alternative.relation === 'clipping') shortFor.add(alternative.terms[0]!);
      if (heads.has(term.term)) for (const t of alternative.terms) heads.add(t);
    }
  }
  const asked = new Set(question.attribute?.toLowerCase().split(/\s+/u));
  found = { wanted, heads, shortFor, asked, phrases };
  byQuestion.set(question, found);
  return found;
}

/** How many words after a modifier the attribute's head may come ("chief financial officer"). */
const HEAD_REACH = 2;

/** Whether a written word is the asked role itself or another word for a person. */
const namesPerson = (word: string, asked: ReadonlySet<string>): boolean =>
  asked.has(word) || englishWords().category(word, 'n') === 'noun.person';

/**
 * Whether a word that most often names a thing is a head's title here: a name set beside it ("the authority's chair,
 * Mirela Ostanek", "KDCA chair Mirela Ostanek"), where "chair" is no seat.
 */
function titleBeforeName(passage: Passage, word: WrittenTerm): boolean {
  if (headNounShare(word.word.toLowerCase()) === 0) return false;
  const end = word.at + word.word.length;
  return passage.names.some((n) => n.start >= end && /^,?\s+$/u.test(passage.text.slice(end, n.start)));
}

/**
 * Whether the role word at `i` opens the name of a role the question does not ask for: "chief medical officer" is an
 * officer, "chief executive" a chief; a name after it ends the phrase ("Chief Executive Marguerite Deslauriers").
 */
function modifiesOtherRole(
  passage: Passage,
  words: readonly WrittenTerm[],
  i: number,
  attribute: AttributeWords,
): boolean {
  // Past the longest stand-in written from here ("chief financial officer" for a leader).
  let from = i + 1;
  for (const phrase of attribute.phrases) {
    const written = phrase.every((t, j) => words[i + j]?.term === t);
    if (written) from = Math.max(from, i + phrase.length);
  }
  for (let k = from; k < Math.min(words.length, from + HEAD_REACH); k++) {
    const { at, word } = words[k]!;
    const before = words[k - 1]!;
    if (!/^[\s-]+$/u.test(passage.text.slice(before.at + before.word.length, at))) return false;
    if (passage.names.some((n) => n.start <= at && at < n.end)) return false;
    const category = englishWords().category(word, 'n');
    // Right after it, a role is a kind of it ("chief executive"); past a modifier, a role of its own.
    if (category === 'noun.person') return k > from && !attribute.asked.has(word);
    if (category === null && englishWords().category(word, 'a') === null) return false;
  }
  return false;
}

/**
 * Whether the head of an asked role of several words ("executive director") is written with another modifier of its
 * own ("campaign strategies director"): that is another role. A head written bare ("the director") may be either.
 */
function otherModifierBefore(
  passage: Passage,
  words: readonly WrittenTerm[],
  i: number,
  attribute: AttributeWords,
): boolean {
  if (attribute.asked.size < 2 || !attribute.heads.has(words[i]!.term) || i === 0) return false;
  const before = words[i - 1]!;
  if (!/^[\s-]+$/u.test(passage.text.slice(before.at + before.word.length, words[i]!.at))) return false;
  if (attribute.wanted.has(before.term) || passage.names.some((n) => n.start <= before.at && before.at < n.end)) {
    return false;
  }
  // A noun makes another role ("campaign director", "deputy director"); an adjective may be the question's in other
  // words ("interim president" for "acting president").
  const word = before.word.toLowerCase();
  return (
    /^\p{Ll}/u.test(before.word) &&
    !STOP_WORDS.has(word) &&
    englishWords().isMostlyNoun(word) &&
    englishWords().category(word, 'a') === null
  );
}

/** Offsets in the sentence where the asked attribute (or a stand-in for it) is mentioned. */
export function attributeMentions(passage: Passage, question: AnalyzedQuestion): number[] {
  const attribute = attributeWords(question);
  const { wanted, heads, shortFor, asked } = attribute;
  if (wanted.size === 0) return [];
  const at: number[] = [];
  const words = writtenTerms(passage);
  for (let i = 0; i < words.length; i++) {
    const { at: offset, word, term } = words[i]!;
    if (!wanted.has(term)) continue;
    // A role is a person: "protest" shares its index term with "protester" but names no one.
    const role = question.attributeKind === 'role';
    if (role && !namesPerson(word, asked) && !shortFor.has(term) && !titleBeforeName(passage, words[i]!)) continue;
    // "Chief medical officer" is an officer: a word of the asked role that modifies another role is not the role.
    if (question.attributeKind === 'role' && modifiesOtherRole(passage, words, i, attribute)) continue;
    if (question.attributeKind === 'role' && otherModifierBefore(passage, words, i, attribute)) continue;
    // A modifier ("campaign" of "campaign manager") is the attribute only where its phrase goes on to the head.
    for (let k = i; k < Math.min(words.length, i + HEAD_REACH + 1); k++) {
      if (heads.has(words[k]!.term)) {
        at.push(offset);
        break;
      }
    }
  }
  return at;
}
