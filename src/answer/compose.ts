import { LEADER } from '../lexicon/leaders.ts';
import type { Citation } from './answer-schema.ts';
import type { Passage } from '../retrieval/passage.ts';
import type { AnalyzedQuestion } from '../question/analyze-question.ts';
import { ENTITY_TYPES } from '../question/answer-type.ts';
import type { Candidate } from './candidates.ts';
import { regex } from '../text/regex.ts';
import { cite } from './cite.ts';
import { perPassage } from './per-passage.ts';
import { leadInOf } from './result-opener.ts';
import { describePoint } from './point-text.ts';
import { namesEntity } from './entity-match.ts';
import { sameFact, similarity } from './similarity.ts';

/** Roughly how long an answer's body may grow; the best sentence is always kept whole. */
export const MAX_ANSWER_CHARS = 600;
const MAX_POINTS = 3;
/** How high among the candidates a sentence carrying on from the first point's must rank itself. */
const CARRIED_DEPTH = 3;
/** Further outlets cited for one point; more would bury the answer in markers. */
const MAX_SUPPORT = 3;
/**
 * A further point must be nearly as likely an answer as the first (its odds at most this many times lower, in log
 * terms) and about the question in its own words.
 */
const FURTHER_LOGIT_GAP = 2;
/**
 * How far behind the first a further point of "how did …" may rank: the first names the means ("through a
 * skylight"), which counts for much in ranking, and a further step ("cut the alarm wires before climbing down")
 * tells how all the same without one.
 */
const MANNER_GAP = 3;
const furtherGap = (question: AnalyzedQuestion): number =>
  question.type === 'manner' ? MANNER_GAP : FURTHER_LOGIT_GAP;
const FURTHER_MIN_COVERAGE = 0.5;
const FURTHER_KEYED_COVERAGE = 0.4;
/** How well a further point must hold the kind of value a typed question asks for. */
const FURTHER_MIN_FIT = 0.5;

/** One point of the answer: a lead sentence (with any sentences it runs on into) and other outlets saying the same. */
export interface Point {
  lead: Candidate;
  /** The sentence before the lead that it needs: the cause of "That meant …", what "This is called X" names. */
  leadIn: Passage[];
  /** Following sentences of the same paragraph the lead needs to be understood (a quotation's end, "But she …"). */
  continuation: Passage[];
  support: Candidate[];
}

/** A composed answer: text with [n] markers and the citations they point to. */
export interface ComposedAnswer {
  text: string;
  citations: Citation[];
}

// A sentence that opens on "she"/"he" continues what that person said; one that opens on "it", "this", "they" or
// "the company" leans back too, but is worth adding only when it is also about the question. One opening on a
// pronoun or a possessive ("It said …", "Its stock fell …") refers back to the one before.
const CONNECTIVE = String.raw`^(?:(?:but|and|however|still|yet|also),?\s+)?`;
const SPEAKER_GOES_ON = regex([CONNECTIVE, String.raw`(?:she|he)\b`], 'iu');
const LEANS_BACK = regex([CONNECTIVE, String.raw`(?:they|it|this|that|these|those|the \p{Ll}+)\b`], 'iu');
const CARRIES_ON = regex([CONNECTIVE, String.raw`(?:his|her|its|their|he|she|it|they)\b`], 'iu');
// "“This threat will not disappear in a year,” she added.": a quotation whose speaker is only a pronoun carries
// on from the sentence before, though a new paragraph opens on it.
const PRONOUN_QUOTED = /^[“"][^”"]+[,.?!][”"]\s*(?:she|he|they) (?:added|said|says|continued|wrote)\b/iu;
const QUOTES = /[“”"]/u;

/**
 * The sentences right after `lead` that it depends on, as long as they sit next to it in the source text. `carried`
 * are sentences ranked high for the question: one of them right after the lead that refers back to it goes on from
 * it, across a paragraph break too ("… found a correction printed after the sinking." "It said … only the mate and
 * the cook.").
 */
export function continuationOf(
  lead: Passage,
  passages: readonly Passage[],
  sourceText: string,
  question: AnalyzedQuestion,
  carried: ReadonlySet<Passage> = new Set(),
): Passage[] {
  const out: Passage[] = [];
  if (lead.kind === 'headline') return out;
  const asked = new Set(question.terms.filter((t) => t.weight > 0).map((t) => t.term));
  let previous = lead;
  let quoteOpen = lead.opensQuote;
  // "Why didn't he appeal?": "He said he would not appeal." tells the event with no firm cause (a purpose
  // infinitive at most); the reason may be the next sentence, on topic, in the same paragraph.
  let causeOwed = question.type === 'reason' && lead.causal < 1;
  for (let i = lead.index + 1; i < passages.length && out.length < 2; i++) {
    const next = passages[i]!;
    if (next.sourceIndex !== lead.sourceIndex || next.kind !== 'sentence') break;
    if (sourceText.slice(previous.end, next.start).trim() !== '') break;
    const samePara = next.paragraphIndex === previous.paragraphIndex;
    const onTopic = next.terms.some((t) => asked.has(t));
    // "What did Ozer say?": a lead that reports her stance in its own words ("she also questioned the timeframe")
    // owes the words she said, when the next sentence quotes her.
    const wordsOwed = question.type === 'statement' && out.length === 0 && !QUOTES.test(previous.text);
    const carriesOn = out.length === 0 && next.role === 'body' && carried.has(next) && CARRIES_ON.test(next.text);
    const needed =
      carriesOn ||
      quoteOpen ||
      previous.text.trimEnd().endsWith(':') ||
      (wordsOwed && PRONOUN_QUOTED.test(next.text)) ||
      (samePara && (SPEAKER_GOES_ON.test(next.text) || ((causeOwed || LEANS_BACK.test(next.text)) && onTopic)));
    if (!needed) break;
    out.push(next);
    causeOwed &&= next.causal < 1;
    if (quoteOpen && next.opensQuote) quoteOpen = false;
    previous = next;
  }
  return out;
}

/**
 * Whether a candidate may lead a point: captions, headlines and link titles give context, never the answer, unless
 * the question asks about a photo, where the caption is what says it; nor does a sentence that only announces what
 * the article tells next.
 */
export function canLead(candidate: Candidate, question: AnalyzedQuestion): boolean {
  const { role } = candidate.passage;
  if (asksOrSignposts(candidate.passage)) return false;
  if (withdrawn(candidate.passage) && !ASKS_CORRECTION.test(question.text)) return false;
  return role === 'body' || role === 'excerpt' || (role === 'caption' && asksAboutPhoto(question));
}

/** A sentence that ends on a question mark, in quotes or not. */
const ASKS = /\?[”"’']?\s*$/u;

/** "Here is what the decision does and does not change.", "Here's what we know:", "Below are the key dates." */
const SIGNPOST = regex(
  [
    String.raw`^(?:here(?:['’]s| is| are)|below(?: is| are)?) `,
    String.raw`(?:what|how|why|who|where|when|a look|the latest|everything|some of|the key)\b[^.!?]*[.:]$`,
  ],
  'iu',
);

// A live blog or an update speaking of its own coverage: "We are resuming our coverage of …", "We'll update this
// story", "Check back for updates". It reports nothing.
const OWN_COVERAGE = regex(
  [
    String.raw`^(?:we|we['’](?:re|ll|ve)|we (?:are|will|have))\b[^.!?]*`,
    String.raw`\b(?:coverage|updat\p{L}*|live blog|this (?:story|page|blog))\b`,
    String.raw`|^(?:check back|stay with us|follow along)\b`,
  ],
  'iu',
);

// "Can I shower?": a question the article asks (a heading, a rhetorical one) is answered after it, never by it.
const asksOrSignposts = perPassage(({ text }) => SIGNPOST.test(text) || ASKS.test(text) || OWN_COVERAGE.test(text));

// A correction telling what the article first said ("An earlier version of this article said 16 whales."): the
// figure it gives is the one withdrawn, the sentence after it the right one; unless the question asks what was wrong.
const WITHDRAWN = /\ban earlier version of this (?:article|story|post|report|piece|page|explainer)\b/i;
const ASKS_CORRECTION = /\b(?:correct\w*|wrong|mistake\w*|errors?|originally|misstat\w*|earlier version)\b/i;
const withdrawn = perPassage(({ text }) => WITHDRAWN.test(text));

const PHOTO_WORDS = new Set(['photo', 'photograph', 'picture', 'image', 'caption', 'pictur', 'imag']);

/** The question asks about a photo or image ("Where was the photo … taken?"). */
function asksAboutPhoto(question: AnalyzedQuestion): boolean {
  return question.terms.some((t) => PHOTO_WORDS.has(t.term));
}

const LISTED = new Set(['person', 'organization', 'agent', 'place']);

function namesNew(points: readonly Point[], candidate: Candidate): boolean {
  const named = new Set(points.flatMap((p) => p.lead.passage.names.map((n) => n.text.toLowerCase())));
  return candidate.features.fit > 0 && candidate.passage.names.some((n) => !named.has(n.text.toLowerCase()));
}

/**
 * "How many employees does Acme have?": a further point about someone else's headcount is not about the question;
 * nor, for "Who runs Acme?", is another company's chief executive.
 */
function aboutOwner(candidate: Candidate, question: AnalyzedQuestion): boolean {
  const leader = question.terms.some((t) => t.word === LEADER) && question.names.length === 1;
  const owner = question.owner ?? (leader ? question.names[0]! : null);
  return !owner || candidate.features.relationLink > 0 || namesEntity(candidate.passage, owner);
}

/**
 * Whether a further point is about the question in its own words: most of them, or a fair part with the thing asked
 * about (the question's head noun) written in the sentence itself, not only in the sentence before it.
 */
function aboutQuestion(candidate: Candidate): boolean {
  const { coverage, headMatch } = candidate.features;
  return coverage >= FURTHER_MIN_COVERAGE || (coverage >= FURTHER_KEYED_COVERAGE && headMatch >= 1);
}

function addsNewFact(points: readonly Point[], candidate: Candidate): boolean {
  return !points.some((p) => {
    const sim = similarity(p.lead.passage, candidate.passage);
    return sim.overlap >= 0.6 || sim.jaccard >= 0.35;
  });
}

/** Picks up to three non-redundant points from ranked candidates, the best first, and renders them with citations. */
export function composeAnswer(
  ranked: readonly Candidate[],
  question: AnalyzedQuestion,
  passages: readonly Passage[],
  isName: (word: string) => boolean,
): ComposedAnswer {
  const best = ranked.find((c) => canLead(c, question));
  if (!best) return { text: '', citations: [] };
  const first = pointOf(best, passages, question, new Set(ranked.slice(0, CARRIED_DEPTH).map((c) => c.passage)));
  const points: Point[] = [first];
  const used = new Set<number>([best.passage.index, ...[...first.leadIn, ...first.continuation].map((p) => p.index)]);
  let length = describePoint(first, question, isName).length;
  for (const candidate of ranked.slice(0, 25)) {
    if (used.has(candidate.passage.index) || !canLead(candidate, question)) continue;
    used.add(candidate.passage.index);
    // Sentences giving the same answer to a typed question ("one-year", "for a year") report one fact.
    const twin = points.find(
      (p) =>
        sameFact(p.lead.passage, candidate.passage) || (candidate.value !== null && candidate.value === p.lead.value),
    );
    if (twin) {
      const cited = new Set([twin.lead.source.id, ...twin.support.map((s) => s.source.id)]);
      const usable = candidate.passage.kind === 'sentence' && candidate.logit >= twin.lead.logit - FURTHER_LOGIT_GAP;
      if (usable && !cited.has(candidate.source.id) && twin.support.length < MAX_SUPPORT) twin.support.push(candidate);
      if (twin.support.includes(candidate)) quoteWhole(twin, candidate, passages, question);
      continue;
    }
    if (points.length >= MAX_POINTS || candidate.logit < best.logit - furtherGap(question)) continue;
    if (!aboutQuestion(candidate) || candidate.features.relationConflict > 0) continue;
    // "How many ballots were counted?" goes on only to sentences that give a fitting count, not "226 votes".
    if (ENTITY_TYPES.has(question.type) && candidate.features.fit < FURTHER_MIN_FIT) continue;
    if (!aboutOwner(candidate, question)) continue;
    // "Which companies …": a sentence naming ones the answer has not named yet completes the list.
    if (
      !addsNewFact(points, candidate) &&
      !(LISTED.has(question.type) && question.plural && namesNew(points, candidate))
    )
      continue;
    const point = pointOf(candidate, passages, question);
    // A sentence the answer already gives, before or after this one, would be told twice.
    if ([...point.leadIn, ...point.continuation].some((p) => used.has(p.index))) continue;
    const added = describePoint(point, question, isName).length + 5;
    if (length + added > MAX_ANSWER_CHARS) continue;
    length += added;
    points.push(point);
    for (const p of [...point.leadIn, ...point.continuation]) used.add(p.index);
  }
  return render(points, question, isName);
}

/** Whether a sentence begins inside a quotation the sentence before it opened ("We hope … if requested.\""). */
function beginsInsideQuote(passage: Passage, passages: readonly Passage[]): boolean {
  const before = passages[passage.index - 1];
  return before !== undefined && before.sourceIndex === passage.sourceIndex && before.opensQuote;
}

/** The same fact told whole by another outlet leads the point instead of a sentence that begins inside a quotation. */
function quoteWhole(point: Point, twin: Candidate, passages: readonly Passage[], question: AnalyzedQuestion): void {
  if (point.leadIn.length > 0 || point.continuation.length > 0) return;
  if (!beginsInsideQuote(point.lead.passage, passages) || beginsInsideQuote(twin.passage, passages)) return;
  const whole = pointOf(twin, passages, question);
  if (whole.leadIn.length > 0 || whole.continuation.length > 0) return;
  point.support[point.support.indexOf(twin)] = point.lead;
  point.lead = twin;
}

/** A point led by a candidate, with the sentences around it that it needs. */
function pointOf(
  lead: Candidate,
  passages: readonly Passage[],
  question: AnalyzedQuestion,
  carried?: ReadonlySet<Passage>,
): Point {
  const before = leadInOf(lead.passage, passages, lead.source.text, question.type);
  return {
    lead,
    leadIn: before ? [before] : [],
    continuation: continuationOf(lead.passage, passages, lead.source.text, question, carried),
    support: [],
  };
}

function render(
  points: readonly Point[],
  question: AnalyzedQuestion,
  isName: (word: string) => boolean,
): ComposedAnswer {
  const citations: Citation[] = [];
  const sentences = points.map((point) => {
    const markers = [point.lead, ...point.support].map((candidate, k) => {
      const { source, passage } = candidate;
      const first = point.leadIn[0] ?? passage;
      const last = point.continuation[point.continuation.length - 1] ?? passage;
      // A cause closing the paragraph before is quoted with its result, across the paragraph break.
      const quote = k === 0 ? source.text.slice(first.start, last.end) : passage.text;
      return cite(citations, source, quote);
    });
    return `${describePoint(point, question, isName)} ${markers.join('')}`;
  });
  return { text: sentences.join(' '), citations };
}
