import { regex } from '../text/regex.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { ValueSpan } from '../text/annotate.ts';
import { JOINED_UNIT } from './measure-fit.ts';
import { termOf } from '../text/analyzer.ts';
import { TIME_UNITS, YEAR_PATTERN } from '../text/calendar.ts';

// A value written as a modifier of a noun ("a 30-minute check-in", "a 2019 survey", "an 11,240-foot peak") measures or
// dates that noun.

/** "A 30-minute video check-in": a span of time written before a noun is that thing's, not the event's. */
const DURATION_MODIFIER = regex([`^\\S+-(?:${TIME_UNITS.join('|')})$`], 'iu');
const NEXT_WORD = /^\s+([\p{L}'’-]+)/u;

/** "Three years of supervised release": a span of time measuring the words after its "of". */
const OF_WORDS = /^\s+of\s+([\p{Ll}'’-]+)(?:\s+([\p{Ll}'’-]+))?/u;

/** A year alone, as "2019" in "a much quoted 2019 survey". */
const BARE_YEAR = new RegExp(`^${YEAR_PATTERN}$`, 'u');
/**
 * What opens a noun phrase before a year that modifies its noun: an article, a possessive or a demonstrative, then
 * at most two words ("a much quoted", "the town's"). English determiners are a closed class, so they are written out.
 */
const DETERMINED = /(?:^|\s)(?:a|an|the|its|his|her|their|our|this|that|[\p{L}-]+['’]s)(?:\s+[\p{Ll}-]+){0,2}\s+$/iu;
/** How far back the determiner may stand. */
const DETERMINER_REACH = 40;
/** The words after a year that modifies a noun: the noun, perhaps after another ("2018 school board race"). */
const NOUN_WORDS = /^\s+(\p{Ll}[\p{Ll}'’-]*)(?:\s+(\p{Ll}[\p{Ll}'’-]*))?(?:\s+(\p{Ll}[\p{Ll}'’-]*))?/u;

/** The noun phrase a joined count modifies: up to four lower-case words ("office and apartment tower"). */
const PHRASE_AFTER = /^(?:\s+\p{Ll}[\p{Ll}'’-]*){1,4}/u;

/** The words a value modifies, when it is written as a modifier of a noun (or a span of time "of" a noun). */
function modifiedWords(passage: Passage, span: ValueSpan): readonly string[] {
  const text = passage.text.slice(span.start, span.end);
  const after = passage.text.slice(span.end);
  if (span.kind === 'duration') {
    const modifier = DURATION_MODIFIER.test(text);
    return (modifier ? NEXT_WORD.exec(after)?.slice(1, 2) : OF_WORDS.exec(after)?.slice(1)) ?? [];
  }
  const joined = span.kind === 'count' ? JOINED_UNIT.exec(after) : null;
  if (joined) return NEXT_WORD.exec(after.slice(joined[0].length))?.slice(1, 2) ?? [];
  const before = passage.text.slice(Math.max(0, span.start - DETERMINER_REACH), span.start);
  if (span.kind !== 'date' || !BARE_YEAR.test(text) || !DETERMINED.test(before)) return [];
  return NOUN_WORDS.exec(after)?.slice(1) ?? [];
}

/**
 * Whether a value modifies a noun the question never asks about: "a 30-minute check-in" for an exclusion, "three
 * years of supervised release" for a judge's time on the bench, "a 2019 survey" for a firm's founding.
 */
export function modifiesOther(passage: Passage, span: ValueSpan, question: AnalyzedQuestion): boolean {
  const terms = modifiedWords(passage, span).flatMap((word) => termOf(word?.toLowerCase() ?? '') ?? []);
  const asked = (term: string): boolean =>
    question.terms.some((t) => t.term === term || t.alternatives.some((a) => a.terms.includes(term)));
  if (terms.length === 0 || terms.some(asked)) return false;
  return !(span.kind === 'count' && countsAskedOfAsked(passage, span, question, asked));
}

/**
 * "How many floors did the tower have?": "the 34-storey office and apartment tower" counts the storeys asked for, of
 * the tower the question names; "a 90-foot recovery shaft" is no count of feet dug.
 */
function countsAskedOfAsked(
  passage: Passage,
  span: ValueSpan,
  question: AnalyzedQuestion,
  asked: (term: string) => boolean,
): boolean {
  const after = passage.text.slice(span.end);
  const unit = JOINED_UNIT.exec(after);
  if (!unit || !asked(termOf(unit[1]!.toLowerCase()) ?? '')) return false;
  const phrase = PHRASE_AFTER.exec(after.slice(unit[0].length))?.[0] ?? '';
  const named = (word: string): boolean => question.terms.some((t) => t.term === termOf(word.toLowerCase()));
  return phrase.match(/\p{L}+/gu)?.some(named) ?? false;
}
