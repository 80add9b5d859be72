import { datesOtherThanPost } from './post-taken.ts';
import { sourcePassages } from './article-subject.ts';
import { numbersOtherwise } from '../text/numbered-things.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { analyzeQuestion, attributeHead, type AnalyzedQuestion } from '../question/analyze-question.ts';
import { EVENT_VALUE_TYPES } from '../question/answer-type.ts';
import { SURE_STAND_IN } from '../question/query-terms.ts';
import { corpusWords } from '../retrieval/corpus-words.ts';
import { abstentionText } from './abstain.ts';
import type { AbstainReason, Answer } from './answer-schema.ts';
import { rankCandidates, rescore, type Candidate } from './candidates.ts';
import { asksRoleHolder } from './relation.ts';
import { canLead, composeAnswer } from './compose.ts';
import { confidenceOf } from './confidence.ts';
import { groupUnnamed } from './group-membership.ts';
import { askedRevisionFirst, latestOutcomeFirst } from './latest-outcome.ts';
import { answerOutlets, answerOverview, answerPublished } from './meta.ts';
import { defaultScorer, type Scorer } from './scorer.ts';
import { valueOfUnnamedPerson } from './unnamed-person.ts';
import { termSetOf } from './passage-term-set.ts';
import { holdsAll } from './term-holding.ts';

/** How many of the best leads are looked through for one naming the measure or role asked about. */
const KEY_DEPTH = 5;
/** Stand-ins too loose to name the measure or role asked about: a broader or narrower word ("people", "population"). */
const LOOSE_RELATIONS: ReadonlySet<string> = new Set(['hypernym', 'hyponym']);

/**
 * Whether a sentence names the measure or role asked of someone: the word itself, or a stand-in as close as a
 * synonym in any sense ("bond" for "bail"), not a broader word ("people" for "population").
 */
function namesDetail(candidate: Candidate, analyzed: AnalyzedQuestion): boolean {
  if (candidate.relation.link < 0) return false;
  const head = attributeHead(analyzed);
  if (!head) return candidate.features.headMatch >= SURE_STAND_IN;
  const held = termSetOf(candidate.passage);
  if (held.has(head.term)) return true;
  const close = head.alternatives.filter((a) => a.weight >= SURE_STAND_IN && !LOOSE_RELATIONS.has(a.relation));
  return close.some((a) => holdsAll(held, a.terms));
}

/** An answer with what produced it: the analyzed question and the ranked passages (for suggestions and memory). */
export interface Reply {
  answer: Answer;
  analyzed: AnalyzedQuestion;
  ranked: Candidate[];
}

/** An abstention for a question: why, what the coverage is about, and what to ask instead. */
export function abstention(
  index: CorpusIndex,
  id: string,
  question: string,
  reason: Exclude<AbstainReason, null>,
  detail: string | null = null,
): Answer {
  return {
    id,
    question,
    answer: abstentionText(reason, detail, index.coverage, index.examples),
    abstained: true,
    abstainReason: reason,
    confidence: 0,
    citations: [],
    examples: index.examples.slice(0, 2),
    suggestions: [],
    interpretedAs: null,
  };
}

/** "The coverage names IBM's chief executive, but not Netflix's.": what it does say when the owner differs. */
function relationMiss(analyzed: AnalyzedQuestion, best: Candidate | undefined): string | null {
  if (!best || best.relation.link !== -1 || !best.relation.other || !analyzed.owner || !analyzed.attribute) return null;
  const attribute = analyzed.attribute.toLowerCase();
  const possessive = (name: string): string => (/['’]s$/u.test(name) ? name : `${name}'s`);
  const named = possessive(best.relation.other);
  return `The coverage names ${named} ${attribute}, but not ${possessive(analyzed.owner.text)}.`;
}

/**
 * The words set aside as the asker typed them: a spelling fix that the coverage lacks too ("covid" read as "bovid")
 * helped only to read the question, and the asker would not know the word it became.
 */
function setAsideAsTyped(analyzed: AnalyzedQuestion): string[] {
  const typed = new Map(analyzed.corrections.map(([from, to]) => [to, from]));
  return analyzed.setAside.map((word) => typed.get(word.toLowerCase()) ?? word);
}

function setAsideNote(analyzed: AnalyzedQuestion): string {
  if (analyzed.setAside.length === 0) return '';
  const words = setAsideAsTyped(analyzed)
    .map((w) => `“${w}”`)
    .join(', ');
  return ` (The coverage doesn't use ${words}, so I answered the rest of the question.)`;
}

/**
 * The candidates that may answer, best first: sentences of the article's body, and for "Who is Netflix's chief
 * executive?" only those that tie the role to its owner (a chief executive named without Netflix is a guess).
 */
export function leadsOf(ranked: readonly Candidate[], analyzed: AnalyzedQuestion): Candidate[] {
  const leads = ranked.filter((c) => canLead(c, analyzed) && !c.relation.rulesOut);
  return latestOutcomeFirst(asksRoleHolder(analyzed) ? leads.filter((c) => c.relation.link === 1) : leads, analyzed);
}

/** Analyzes a question against the index's corpus. */
export function analyzeFor(index: CorpusIndex, question: string): AnalyzedQuestion {
  return analyzeQuestion(question, corpusWords(index), index.lexicon);
}

/** The sentences that might answer a question, best first (for measuring retrieval and ranking). */
export function rankFor(index: CorpusIndex, question: string, scorer: Scorer = defaultScorer()): Candidate[] {
  return rankCandidates(index, analyzeFor(index, question), scorer);
}

/** Answers one cleaned, non-empty question from the index: analyze, rank, then compose or abstain. */
export function answerQuestion(
  index: CorpusIndex,
  question: string,
  id: string,
  scorer: Scorer = defaultScorer(),
): Reply {
  const analyzed = analyzeFor(index, question);
  return answerAnalyzed(index, analyzed, id, scorer);
}

/**
 * Answers an analyzed question. The candidates may be given already measured (training re-scores the same
 * candidates under many scorers); they are then re-scored and re-ranked with `scorer`.
 */
export function answerAnalyzed(
  index: CorpusIndex,
  analyzed: AnalyzedQuestion,
  id: string,
  scorer: Scorer,
  measured?: readonly Candidate[],
): Reply {
  const question = analyzed.text;
  const reply = (answer: Answer, ranked: Candidate[] = []): Reply => ({ answer, analyzed, ranked });
  const answered = (text: string, citations: Answer['citations'], confidence: number): Answer => ({
    id,
    question,
    answer: text,
    abstained: false,
    abstainReason: null,
    confidence,
    citations,
    examples: [],
    suggestions: [],
    interpretedAs: null,
  });
  const abstain = (
    reason: Exclude<AbstainReason, null>,
    detail: string | null = null,
    ranked: Candidate[] = [],
  ): Reply => reply(abstention(index, id, question, reason, detail), ranked);

  // "Hi" or "thanks" is not a question: the bot says what it can answer, and how to ask.
  if (analyzed.meta === 'greeting' || analyzed.meta === 'thanks') {
    return abstain('empty-question', analyzed.meta === 'thanks' ? 'Glad to help!' : 'Hi!');
  }
  // Questions about the coverage as a whole need no words of theirs in it.
  if (analyzed.meta === 'overview') {
    const overview = answerOverview(index.sources, index.passages);
    if (overview.text) return reply(answered(overview.text, overview.citations, 0.9));
  }
  // Sources here carry outlets, titles and dates, never bylines.
  if (analyzed.meta === 'authors') return abstain('unknown-subject', 'who wrote the articles');
  const unknown = analyzed.names.find((name) => !name.known);
  if (unknown) return abstain('unknown-subject', unknown.text);
  // Words set aside never decide alone; but when they outweigh what the coverage knows of the question ("Who won
  // the 2020 election?"), what is left is not the question any more.
  if (!analyzed.meta && analyzed.setAsideWeight > 0 && analyzed.setAsideWeight >= analyzed.knownWeight) {
    return abstain('unknown-subject', setAsideAsTyped(analyzed).join(' '));
  }
  // Nor when the measure or role asked of someone is one the coverage never names ("Amazon's stock price"): the
  // rest of the question only says whose it would be.
  const detail = analyzed.attributeKind === 'measure' || analyzed.attributeKind === 'role';
  if (detail && analyzed.owner && analyzed.head && analyzed.setAside.includes(analyzed.head)) {
    return abstain('unknown-subject', setAsideAsTyped(analyzed).join(' '));
  }
  // Nor when the value asked is of a kind the coverage never names ("what profit did Larkspur make"): any sum it
  // gives is of something else.
  if (analyzed.valueNoun && analyzed.setAside.includes(analyzed.valueNoun)) {
    return abstain('unknown-subject', setAsideAsTyped(analyzed).join(' '));
  }
  if (!analyzed.terms.some((t) => t.weight > 0) && !analyzed.meta) return abstain('weak-evidence');

  const ranked = measured ? rescore(measured, scorer) : rankCandidates(index, analyzed, scorer);
  if (analyzed.meta === 'outlets' || analyzed.meta === 'published') {
    const onTopic = analyzed.terms.some((t) => t.weight > 0);
    const composed =
      analyzed.meta === 'outlets' ? answerOutlets(ranked, index.sources, onTopic) : answerPublished(analyzed, ranked);
    if (composed.text) return reply(answered(composed.text, composed.citations, 0.9), ranked);
  }
  const leads = leadsOf(ranked, analyzed);
  // The best sentence gives the asked attribute of someone else ("IBM's chief executive" for Netflix's) or tells of
  // another year than the one asked about: the coverage does not answer, and the bot says what it does say.
  const best = leads[0] ?? ranked.find((c) => canLead(c, analyzed));
  if (leads.length === 0 || best?.relation.link === -1) {
    const miss = relationMiss(analyzed, best);
    return miss ? abstain('relation-miss', miss, ranked) : abstain('weak-evidence', null, ranked);
  }
  // A measure or role asked of someone ("Glasswing's headcount") that no good sentence names, or only as someone
  // else's, is a detail the coverage does not give, however well the rest of the question matches; asked as a value
  // ("how many employees does Harlan Freight have") as much as by name.
  if (
    detail &&
    (analyzed.type === 'other' || EVENT_VALUE_TYPES.has(analyzed.type)) &&
    analyzed.owner &&
    analyzed.head &&
    !leads.slice(0, KEY_DEPTH).some((c) => namesDetail(c, analyzed))
  ) {
    return abstain('weak-evidence', null, ranked);
  }
  if (valueOfUnnamedPerson(leads[0]!, analyzed, index.nameKinds)) return abstain('weak-evidence', null, ranked);
  // A cause asked for ("what caused the 2023 outbreak?") that the best sentence does not give in any shape: it only
  // tells of the event again, however well it matches.
  if (analyzed.type === 'reason' && leads[0]!.features.fit === 0) return abstain('weak-evidence', null, ranked);
  if (datesOtherThanPost(leads[0]!.passage, analyzed)) return abstain('weak-evidence', null, ranked);
  if (numbersAnother(index, leads[0]!, analyzed)) return abstain('weak-evidence', null, ranked);
  if (groupUnnamed(leads, analyzed)) return abstain('weak-evidence', null, ranked);
  const confidence = confidenceOf(leads, analyzed, scorer);
  if (confidence < scorer.threshold) return abstain('weak-evidence', null, ranked);
  // How sure the answer is comes from the best sentence; which of its revisions leads, from the question.
  const ordered = askedRevisionFirst(leads, analyzed);
  const composed = composeAnswer(ordered, analyzed, index.passages, (word) => index.vocabulary.isName(word));
  return reply(answered(`${composed.text}${setAsideNote(analyzed)}`, composed.citations, confidence), ranked);
}

/** "How many tonnes were in silo 2?" asked of an article that numbers its silo 3, and never silo 2. */
function numbersAnother(index: CorpusIndex, lead: Candidate, analyzed: AnalyzedQuestion): boolean {
  if (analyzed.numberedThings.length === 0) return false;
  const article = sourcePassages(index.passages, lead.passage).map((p) => p.text);
  return numbersOtherwise(article, analyzed.numberedThings);
}
