import { LRUCache } from 'lru-cache';
import type { Answer } from '../answer/answer-schema.ts';
import type { Candidate } from '../answer/candidates.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import type { Passage } from '../retrieval/passage.ts';

const SPEECH_VERBS = 'said|says|told|added|tweeted|wrote|announced|argued|warned|urged';
const ROLES = 'director|head|ceo|founder|spokes\\w+|chief|president|member|maker|leader|which|who';
const MAX_TRIES = 6;

// How a sentence says what a name is ("X, the director of …") or quotes it ("X said"), tried where the name is
// written (sticky patterns): compiling a pattern per name cost more than the tests once names ran to thousands.
const DESCRIBED_AFTER = new RegExp(`,? (?:the |an? )?(?:[\\p{Ll}-]+ ){0,3}(?:${ROLES})\\b`, 'uy');
const QUOTED_AFTER = new RegExp(`(?:,[^,]{1,80},)? (?:${SPEECH_VERBS})\\b`, 'uy');
const NOT_AFTER_PREPOSITION = /(?<!\b(?:in|at|from|of|to|for|with|by|on|like) )/uy;

/** Whether `after` matches right after some place the text writes the name (and `before`, if given, at it). */
function writtenWith(text: string, name: string, after: RegExp, before?: RegExp): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (before) {
      before.lastIndex = at;
      if (!before.test(text)) continue;
    }
    after.lastIndex = at + name.length;
    if (after.test(text)) return true;
  }
  return false;
}

/**
 * Questions a passage can answer about a name in it: "Who is X?" / "What is X?" where the sentence says what
 * X is ("Evan Greer, the deputy director of …", "Domain Awareness System, which …"), "What did X say?" where
 * X is quoted. Words capitalized only because they start a sentence or a headline are not names.
 */
function questionsFrom(candidate: Candidate, isName: (word: string) => boolean): readonly string[] {
  let byPassage = offered.get(isName);
  if (!byPassage) offered.set(isName, (byPassage = new LRUCache({ maxSize: 4_096, sizeCalculation: () => 1 })));
  let questions = byPassage.get(candidate.passage);
  if (!questions) byPassage.set(candidate.passage, (questions = passageQuestions(candidate, isName)));
  return questions;
}

// What a passage can be asked about is the same whatever question ranked it: worked out once per passage (and per
// corpus's test of names), up to a bound.
const offered = new WeakMap<(word: string) => boolean, LRUCache<Passage, readonly string[]>>();

function passageQuestions(candidate: Candidate, isName: (word: string) => boolean): string[] {
  const { text, names, kind } = candidate.passage;
  if (kind === 'headline') return [];
  // Another outlet's coverage that the answer did not use is worth offering as such.
  const out: string[] = candidate.source.kind === 'related' ? [`What did ${candidate.source.outlet} report?`] : [];
  for (const { text: name } of names) {
    if (name.split(' ').length > 4 || name.length < 3) continue;
    if (!name.split(/\s+/u).every((word) => isName(word.replace(/[’']s$/u, '')))) continue;
    if (writtenWith(text, name, DESCRIBED_AFTER)) {
      out.push(name.includes(' ') && !/which/u.test(text) ? `Who is ${name}?` : `What is ${name}?`);
    } else if (writtenWith(text, name, QUOTED_AFTER, NOT_AFTER_PREPOSITION)) {
      out.push(`What did ${name} say?`);
    }
  }
  return out;
}

/**
 * Two or three follow-up questions the coverage can answer, drawn from related passages the answer did not
 * show: each is tried against the engine and kept only if it gets a real answer that cites something new.
 */
export function suggestFollowUps(
  ranked: readonly Candidate[],
  answer: Answer,
  question: AnalyzedQuestion,
  tryAnswer: (question: string) => Answer,
  isName: (word: string) => boolean,
  max = 3,
): string[] {
  const shown = new Set(answer.citations.map((c) => c.quote));
  const mentioned = `${answer.question} ${answer.answer} ${question.names.map((n) => n.text).join(' ')}`.toLowerCase();
  const tried = new Set<string>();
  const suggestions: string[] = [];
  for (const candidate of ranked.slice(0, 20)) {
    if (shown.has(candidate.passage.text)) continue;
    for (const suggestion of questionsFrom(candidate, isName)) {
      if (suggestions.length >= max || tried.size >= MAX_TRIES) return suggestions;
      const subject = suggestion
        .replace(/^(?:What did|Who is|What is) /u, '')
        .replace(/(?: say| report)?\?$/u, '')
        .toLowerCase();
      if (tried.has(suggestion) || mentioned.includes(subject)) continue;
      tried.add(suggestion);
      const reply = tryAnswer(suggestion);
      const adds = reply.citations.some((c) => !shown.has(c.quote));
      if (!reply.abstained && reply.confidence >= 0.5 && adds) suggestions.push(suggestion);
    }
  }
  return suggestions;
}
