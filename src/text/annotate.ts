import type { Detail, Document } from 'wink-nlp';
import { isHonorific } from './name-kinds.ts';
import { collectNames } from './names.ts';
import { CAUSES, LOOSE_CAUSES } from './cause-words.ts';
import { isCausingVerb } from '../lexicon/causing-verbs.ts';
import { currencyBefore, currencyNamedAfter } from './currencies.ts';
import { joinCalendarDays } from './calendar-days.ts';
import { DAY_CLOCK_PATTERN, isCalendarWord, TIME_UNITS, YEAR_PATTERN } from './calendar.ts';
import { annotator, documentColumns, type DocumentColumns } from './nlp.ts';
import { NUMBER_WORDS } from './stop-words.ts';
import { SCALE_SUFFIXES, SCALE_WORDS } from './magnitudes.ts';
import { anyOf, regex } from './regex.ts';

/** Kinds of value a sentence can hold, as far as answer types care. */
export type ValueKind = 'date' | 'time' | 'duration' | 'money' | 'percent' | 'count' | 'age';

/** A value found in a sentence, with its [start, end) offsets in the sentence. */
export interface ValueSpan {
  kind: ValueKind;
  start: number;
  end: number;
  /** For a count, [start, end) of the noun it counts ("2,300 TVTA workers": workers), when one follows it. */
  counted?: [number, number];
}

/** A proper name found in a sentence (as written), with its offsets. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

/** A token of a sentence as the corpus-wide steps see it (lexicon and name kinds). */
export interface SentenceToken {
  raw: string;
  pos: string;
  lemma: string;
  /** Offset of the token in its sentence's text. */
  start: number;
}

/** A sentence of a paragraph with what answering needs to know about it, computed once at index time. */
export interface AnnotatedSentence {
  start: number;
  end: number;
  text: string;
  values: ValueSpan[];
  names: NameSpan[];
  /** Figures in the sentence as plain digits ("1,300" → "1300"), years left out. */
  numbers: string[];
  /** Reports what someone said: a verb of saying, or a quotation. */
  attribution: boolean;
  /** How strongly the sentence gives a cause or purpose (0–1): "because …", "to give …", "after …". */
  causal: number;
  tokens: SentenceToken[];
}

const WINK_KINDS: Readonly<Record<string, ValueKind>> = {
  DATE: 'date',
  TIME: 'time',
  CARDINAL: 'count',
  MONEY: 'money',
  PERCENT: 'percent',
  DURATION: 'duration',
};
const YEAR = new RegExp(`^${YEAR_PATTERN}$`, 'u');
const AGES: readonly RegExp[] = [
  /\b(\d{1,3})-(?:year|month|week|day)-old\b/gu,
  /\baged? (\d{1,3})\b/gu,
  /\b(\d{1,3}) (?:year|month)s? old\b/gu,
  // "Ms Solberg, 58, resigned", but never a thousands comma ("2 December, 61,000 students").
  /\p{Lu}[\p{L}'’.-]+, (\d{1,3}),(?!\d)/gu,
  // "the captain, Elias Marwood, who was 46.": an age told in a relative clause, closing it.
  /\bwho (?:is|was|turned|turns) (\d{1,3})(?=[.,;)]|$)/gu,
];
// "three and a half hours", "2.5 days", "half an hour": a fraction is part of the span.
const SPAN_OF_TIME = new RegExp(
  `\\b(?:(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}|a|an|half an?)(?: and a half)?[- ]` +
    `(?:${TIME_UNITS.join('|')})s?|indefinitely|permanently|until further notice` +
    '|until (?:(?:the|a|an|there is|we have|it has|they have) )?[\\p{L}\\p{N}-]+(?: [\\p{L}\\p{N}-]+){0,4})\\b',
  'giu',
);
// A word every span of time holds, looked for first: the span's own pattern needs Unicode mode (slow with \`i\`) and
// most sentences hold none.
const SPAN_WORD = regex([anyOf([...TIME_UNITS, 'indefinitely', 'permanently', 'until'])], 'iu');
// Two figures of a vote or a score, in a sentence that tells of one; never a range of dates ("Feb. 24 to 26").
const TALLY_FIGURES = String.raw`\d{1,3}(?:-| to |–)\d{1,3}`;
const TALLY = new RegExp(String.raw`\b${TALLY_FIGURES}\b(?![-–]|\s*(?:%|percent|p\.m\.|a\.m\.))`, 'gu');
const WHOLE_TALLY = new RegExp(`^${TALLY_FIGURES}$`, 'u');
// wink reads "8:15 a.m." as a time but "08:15", "9.30am" or "at 06.42" as nothing, a count, or a count and a time.
// (The pattern's lookbehind is plain ASCII.)
const DAY_CLOCK = new RegExp(DAY_CLOCK_PATTERN, 'gi');
/** What wink makes of a clock time's pieces, which the whole replaces. */
const CLOCK_READINGS: ReadonlySet<ValueKind> = new Set(['count', 'duration', 'time']);

/** Whether a count's text is a tally, as the annotation reads one ("5-4", "231 to 187"). */
export function isTally(text: string): boolean {
  return WHOLE_TALLY.test(text);
}
const WORD_BEFORE = /([\p{L}]+)\.?\s+$/u;
const TALLY_WORDS = regex(
  [
    String.raw`\b(?:vot(?:e|ed|es|ing)|pass(?:ed|es)|fail(?:ed|s)|approv(?:ed|es)|reject(?:ed|s)|rul(?:ed|ing)`,
    String.raw`|won|wins?|lost|beat|defeated|tally|margin)\b`,
  ],
  'iu',
);
// Purpose infinitives give a cause loosely ("… to give Congress time"), and so do verbs of intent ("we hope this
// moratorium might give Congress time").
const INTENT = new Set(['hope', 'aim', 'intend', 'seek', 'mean']);
const PURPOSE = 0.7;
const LOOSE_CAUSE = 0.6;
const WH_WORDS = new Set(['what', 'which']);
const QUOTE = /["“”]/u;
const DIGIT = /\d/u;

/**
 * Whether a capitalized word is a title ("CEO", "Mayor", "Judge"); `common` says the corpus writes it in lower case.
 */
export type IsTitle = ((word: string) => boolean) & { common: (word: string) => boolean };

/** Whether a lemma is a verb of saying ("say", "tell", "announce", "argue"); given by the caller's lexicon. */
export type IsSpeechVerb = (lemma: string) => boolean;

/** The word knowledge annotating a paragraph takes from the caller's lexicon. */
export interface ParagraphWords {
  isSpeechVerb: IsSpeechVerb;
  isTitle: IsTitle;
  /** Whether a written noun names money and no other measure ("crowns", "marks"). */
  isMoneyUnit: (word: string) => boolean;
}

// "6.5 million crowns", "500,000 marks": a sum large enough to be money, before a word that names money.
const NOUN_AFTER = regex([String.raw`^(?:\s+(`, anyOf(SCALE_WORDS), String.raw`))?\s+(\p{Ll}+s)\b`], 'u');
const SUM = /\d[.,]\d/u;

/** The words naming money after a figure ("million crowns") when WordNet knows them as money and nothing else. */
function moneyNounAfter(
  value: string,
  after: string,
  isMoneyUnit: ParagraphWords['isMoneyUnit'],
): RegExpExecArray | null {
  const noun = NOUN_AFTER.exec(after);
  if (!noun || !(noun[1] || SUM.test(value))) return null;
  return isMoneyUnit(noun[2]!) ? noun : null;
}

/** A short magnitude written onto a figure: "£52m", "€1.2bn", "$40k". */
const MAGNITUDE_SUFFIX = regex(['^', anyOf(SCALE_SUFFIXES), String.raw`\b`], 'u');

/** An entity wink-nlp found: its text and type, and its first and last tokens among the document's. */
interface WinkEntity {
  value: string;
  type: string;
  first: number;
  last: number;
}

/** A document's entities, read a field at a time (a wink item per entity cost more than reading them). */
function winkEntities(doc: Document): WinkEntity[] {
  const { its } = annotator();
  const entities = doc.entities();
  const spans = entities.out(its.span) as unknown as Array<[number, number]>;
  const details = entities.out(its.detail) as Detail[];
  return details.map(({ value, type }, k) => ({ value, type, first: spans[k]![0], last: spans[k]![1] }));
}

function valueSpans(
  entities: readonly WinkEntity[],
  text: string,
  isMoneyUnit: ParagraphWords['isMoneyUnit'],
): { values: ValueSpan[]; numbers: string[] } {
  const values: ValueSpan[] = [];
  const numbers: string[] = [];
  let cursor = 0;
  for (const entity of entities) {
    let kind = WINK_KINDS[entity.type];
    const value = entity.value;
    const at = text.indexOf(value, cursor);
    if (!kind || at < 0) continue;
    cursor = at + value.length;
    // "1) AWS will stop …": a figure that numbers an item of a list counts nothing.
    if (
      kind === 'count' &&
      /^\d{1,2}$/u.test(value) &&
      /^[).]\s/u.test(text.slice(at + value.length, at + value.length + 2))
    )
      continue;
    // "At 800 Wexley Street": the number of a street address counts nothing.
    if (kind === 'count' && STREET_AFTER.test(text.slice(at + value.length))) continue;
    // "Car Park 2", "Gate 7", "Route 14": a figure after a capitalized word, inside a sentence, names which one.
    if (kind === 'count' && /^\d{1,4}$/u.test(value) && numbersNamedThing(text, at)) continue;
    const digits = NUMBER_WORDS[value.toLowerCase()] ?? value.replace(/[^\d.]/gu, '');
    // wink reads "$5m" and "2.1 billion euros" as money but "£52m", "€30 million", "CHF 4.5 million" or "38.20 Swiss
    // francs" as a count: a currency sign or code before a figure, or a currency's name after it, makes it money.
    const named =
      kind === 'count'
        ? (currencyNamedAfter(text.slice(at + value.length)) ??
          moneyNounAfter(value, text.slice(at + value.length), isMoneyUnit))
        : null;
    if (named) {
      if (digits) numbers.push(digits);
      values.push({ kind: 'money', start: at, end: at + value.length + named[0].length });
      continue;
    }
    const sign = kind === 'count' && at > 0 ? currencyBefore(text, at, value) : 0;
    if (sign) {
      const magnitude = MAGNITUDE_SUFFIX.exec(text.slice(at + value.length))?.[0].length ?? 0;
      if (digits) numbers.push(digits);
      values.push({ kind: 'money', start: at - sign, end: at + value.length + magnitude });
      continue;
    }
    // A bare year is a date, and so is a span anchored on one ("since 2011"): it says when something began.
    // A year is never written with a thousands comma: "1,870 damaged homes" is a count.
    if ((kind === 'count' || kind === 'duration') && YEAR.test(digits) && !value.includes(',')) kind = 'date';
    if ((kind === 'count' || kind === 'money' || kind === 'percent') && digits) numbers.push(digits);
    values.push({ kind, start: at, end: at + value.length });
  }
  for (const day of joinCalendarDays(values, text)) {
    const at = numbers.indexOf(day);
    if (at >= 0) numbers.splice(at, 1);
  }
  // Every age and every tally is written in figures: a sentence without one is spared those patterns.
  const figures = DIGIT.test(text);
  const patterns = [...(SPAN_WORD.test(text) ? [SPAN_OF_TIME] : []), ...(figures ? AGES : [])];
  for (const pattern of patterns) {
    // exec in a loop rather than matchAll, which makes a copy of the pattern every time: most sentences are tried.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const kind: ValueKind = pattern === SPAN_OF_TIME ? 'duration' : 'age';
      const start = kind === 'age' ? match.index + match[0].indexOf(match[1]!) : match.index;
      const end = kind === 'age' ? start + match[1]!.length : match.index + match[0].length;
      // These patterns are more specific than wink's reading of the same words ("54" a count, "30 hours before" a
      // time): the overlapping span takes their kind and extent.
      if (kind === 'age') {
        // "a 9-month-old girl" is an age, and neither a duration nor a count: every reading of those words goes.
        const whole = [match.index, match.index + match[0].length];
        for (let k = values.length - 1; k >= 0; k--) {
          if (values[k]!.start < whole[1]! && values[k]!.end > whole[0]! && values[k]!.kind !== 'money')
            values.splice(k, 1);
        }
        values.push({ kind, start, end });
        continue;
      }
      const overlapping = values.find((span) => span.start < end && span.end > start && span.kind !== 'money');
      if (overlapping) Object.assign(overlapping, { kind, start, end });
      else values.push({ kind, start, end });
    }
  }
  if (figures) {
    DAY_CLOCK.lastIndex = 0;
    for (let match = DAY_CLOCK.exec(text); match; match = DAY_CLOCK.exec(text)) {
      const [start, end] = [match.index, match.index + match[0].length];
      // "9.30am" is read as a count and a time, "until 05.50" as a span cut at the dot: the clock tells what it is.
      const overlapping = values.filter((span) => span.start < end && span.end > start);
      // "between 8am and 3pm" is a span of time that holds the clock times, as "Thursday at 9 a.m." a date.
      const holds = (span: ValueSpan): boolean =>
        span.start <= start && span.end >= end && span.end - span.start > end - start;
      if (overlapping.some((span) => !CLOCK_READINGS.has(span.kind) || holds(span))) continue;
      for (const span of overlapping) values.splice(values.indexOf(span), 1);
      values.push({ kind: 'time', start, end });
    }
  }
  // "Passed 5-4", "voted 231 to 187": a tally is one count, of votes or points, not two figures or a range.
  if (figures && TALLY_WORDS.test(text)) {
    for (const match of text.matchAll(TALLY)) {
      const [start, end] = [match.index, match.index + match[0].length];
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
      if (isCalendarWord(before) || /^(?:from|between)$/i.test(before)) continue;
      for (let k = values.length - 1; k >= 0; k--) {
        if (values[k]!.start < end && values[k]!.end > start) values.splice(k, 1);
      }
      values.push({ kind: 'count', start, end });
    }
  }
  return { values: values.sort((a, b) => a.start - b.start), numbers };
}

/**
 * "Its boiler failed twice, sending students home": a present participle after a comma that closes a clause with a
 * verb of its own tells what that clause led to. Reported speech ("…, saying"), examples ("…, including") and
 * lists of participles do not.
 */
function resultParticiple(tokens: readonly SentenceToken[], i: number, isSpeechVerb: IsSpeechVerb): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || !token.raw.endsWith('ing') || tokens[i - 1]?.raw !== ',') return false;
  if (isSpeechVerb(token.lemma) || NOT_RESULTS.has(token.raw.toLowerCase())) return false;
  // "… stop offering, developing, or researching": a list of participles, not a result.
  if (tokens[i - 2]?.raw.endsWith('ing')) return false;
  return tokens.slice(0, i - 1).some((t) => t.pos === 'VERB' && !t.raw.endsWith('ing'));
}
const NOT_RESULTS = new Set(['including', 'according', 'excluding', 'following', 'citing', 'beginning', 'starting']);

function causeStrength(tokens: readonly SentenceToken[], isSpeechVerb: IsSpeechVerb): number {
  let strength = 0;
  tokens.forEach((token, i) => {
    const lower = token.raw.toLowerCase();
    // "That is why" gives a cause; "students deserve to know why" only asks for one.
    const asked = lower === 'why' && tokens[i - 1]?.lemma !== 'be';
    if (CAUSES.has(lower) && !asked && (lower !== 'so' || tokens[i + 1]?.raw.toLowerCase() === 'that')) strength = 1;
    else if (LOOSE_CAUSES.has(lower) && token.pos !== 'ADV') strength = Math.max(strength, LOOSE_CAUSE);
    // A purpose infinitive after a verb: "… to give Congress time".
    else if (lower === 'to' && token.pos === 'PART' && tokens[i + 1]?.pos === 'VERB' && i > 1) {
      strength = Math.max(strength, PURPOSE);
    } else if (token.pos === 'VERB' && INTENT.has(token.lemma)) strength = Math.max(strength, PURPOSE);
    // "A valve that iced up caused the failure" names a cause; "what caused the failure" only asks for one.
    else if (
      token.pos === 'VERB' &&
      isCausingVerb(token.lemma, false) &&
      !WH_WORDS.has(tokens[i - 1]?.raw.toLowerCase() ?? '')
    ) {
      strength = 1;
    } else if (lower === 'as' && opensClause(tokens, i)) strength = Math.max(strength, LOOSE_CAUSE);
    // "The pump failed when the power went out": a clause on the event's own verb gives its circumstance.
    else if (lower === 'when' && tokens[i - 1]?.pos === 'VERB' && opensClause(tokens, i)) {
      strength = Math.max(strength, LOOSE_CAUSE);
    } else if (resultParticiple(tokens, i, isSpeechVerb)) strength = Math.max(strength, LOOSE_CAUSE);
  });
  return strength;
}

/** Words before "as" that make it part of a phrase ("such as", "as well as"), not a clause's conjunction. */
const AS_PHRASE = new Set(['such', 'well', 'as', 'same', 'so', 'just']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "… moved 38 patients as floodwater crept toward the building": "as" (or "when") with a subject and its verb after
 * it opens a clause that gives the circumstance, often the cause. The tagger reads every "as" as a preposition, so
 * the clause is read from what follows: a noun or pronoun (after up to two determiners or adjectives), then a verb.
 */
function opensClause(tokens: readonly SentenceToken[], i: number): boolean {
  if (AS_PHRASE.has(tokens[i - 1]?.raw.toLowerCase() ?? '')) return false;
  let k = i + 1;
  while (k < i + 3 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k++;
  return SUBJECT_POS.has(tokens[k]?.pos ?? '') && tokens[k + 1]?.pos === 'VERB';
}

/** What may precede a capitalized word that opens a sentence or a quote, not a name. */
const OPENS_TEXT = /^[“"‘'(:—–-]$/u;

/**
 * Proper names, split at the titles inside them: "IBM CEO Arvind Krishna" names IBM and Arvind Krishna, and
 * "Mayor Linda Farraday" names Linda Farraday.
 */
function nameSpans(tokens: readonly SentenceToken[], text: string, isTitle: IsTitle): NameSpan[] {
  const capitalized = (t: SentenceToken | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.raw);
  // A title before a name ("Mayor Linda Farraday") or standing alone ("Chief executive Dana Whitcomb") is not part
  // of a name, but one ending a name is ("Business Insider"); nor is a common word that only opens the sentence.
  // "Gov. Helen Marchetti" names Helen Marchetti: an abbreviated title is split off like a written-out one.
  const titleAt = (i: number): boolean =>
    (isTitle(tokens[i]!.raw) || isHonorific(tokens[i]!.raw)) &&
    !(capitalized(tokens[i - 1]) && !capitalized(tokens[i + 1]));
  const found = collectNames(
    tokens.map((t, i) => {
      // "Allied Tech Workers", "General Motors": inside a sentence, a capitalized adjective or participle (as the
      // tagger reads it) opens the name it stands before.
      const adjective = t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/u.test(t.raw));
      const opensName =
        i > 0 &&
        adjective &&
        tokens[i + 1]?.pos === 'PROPN' &&
        capitalized(tokens[i + 1]) &&
        !OPENS_TEXT.test(tokens[i - 1]!.raw);
      return {
        text: t.raw,
        // Titles looked up only for the words that could open or continue a name: for every token it was a
        // twentieth of annotating.
        isName:
          (t.pos === 'PROPN' || opensName) &&
          capitalized(t) &&
          !titleAt(i) &&
          !(i === 0 && !capitalized(tokens[1]) && isTitle.common(t.raw)),
      };
    }),
  );
  const spans: NameSpan[] = [];
  let cursor = 0;
  for (const name of found) {
    const words = name.split(' ');
    const at = text.indexOf(words[0]!, cursor);
    if (at < 0) continue;
    const end = text.indexOf(words.at(-1)!, at) + words.at(-1)!.length;
    spans.push({ text: text.slice(at, end), start: at, end });
    cursor = end;
  }
  return spans;
}

/** A capitalized word closing the text before a figure, not where a sentence or a quotation opens. */
const CAPITALIZED_BEFORE = /(?:^|[^.!?:;"“\s])\s+(\p{Lu}\p{Ll}+)\s+$/u;
/** How far back the capitalized word before a figure is looked for. */
const NAMED_REACH = 40;

/** Whether the figure at `at` follows a capitalized word that is no calendar word, inside its sentence. */
function numbersNamedThing(text: string, at: number): boolean {
  const word = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, at - NAMED_REACH), at))?.[1];
  return word !== undefined && !isCalendarWord(word);
}

// The street suffixes of postal addresses (hand-written: no dependency knows addresses), after one to three names.
const STREET_AFTER = regex(
  [
    String.raw`^(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.`,
    String.raw`|Drive|Dr\.|Way|Court|Ct\.|Place|Pl\.|Parkway|Pkwy\.|Highway|Terrace|Circle)(?![\p{L}])`,
  ],
  'u',
);

/** Words that may stand between a count and its noun: "2,300 TVTA workers", "12 full-time jobs", "9 damaged homes". */
const BEFORE_COUNTED = new Set(['PROPN', 'ADJ', 'NUM']);
const COUNTED_REACH = 3;
const OF_DETERMINERS = new Set(['DET', 'PRON']);

// "… represents about 2,300 TVTA workers": the noun after a count says what it counts.
/**
 * "Line 4", "Route 14", "Gate 12": a bare figure right after a proper noun numbers the thing that noun names; it
 * counts nothing.
 */
function labelsName(value: ValueSpan, text: string, tokens: readonly SentenceToken[]): boolean {
  if (!/^\d+$/u.test(text.slice(value.start, value.end))) return false;
  const before = tokens.findLast((t) => t.start + t.raw.length <= value.start);
  return (
    before !== undefined &&
    before.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(before.raw) &&
    text.slice(before.start + before.raw.length, value.start) === ' '
  );
}

function markCounted(value: ValueSpan, tokens: readonly SentenceToken[]): void {
  const next = tokens.findIndex((t) => t.start >= value.end);
  if (next < 0) return;
  // "A 34-storey tower", "a 56-seat bus": the noun joined to the count says what it counts.
  const [dash, joined] = [tokens[next]!, tokens[next + 1]];
  if (dash.raw === '-' && dash.start === value.end && joined?.start === dash.start + 1 && joined.pos === 'NOUN') {
    value.counted = [joined.start, joined.start + joined.raw.length];
    return;
  }
  // "Hundreds of its workers", "28 of the 40 stores": what follows "of" is what is counted.
  const of = tokens[next]?.raw.toLowerCase() === 'of' ? 1 : 0;
  const determiner = of && OF_DETERMINERS.has(tokens[next + 1]?.pos ?? '') ? 1 : 0;
  const from = next + of + determiner;
  let words = 0;
  for (let k = from; k < tokens.length && words < COUNTED_REACH; k++) {
    const token = tokens[k]!;
    // "12 full-time staff", "26,000 free-range hens": a hyphen joining two words joins one modifier.
    if (token.raw === '-' && joinsWords(tokens, k)) continue;
    words++;
    // Neither half of a hyphenated modifier is the noun counted: "free" and "range" of "free-range hens".
    const modifier = joinsWords(tokens, k + 1) || (k > 0 && joinsWords(tokens, k - 1));
    if (token.pos === 'NOUN' && !modifier) {
      value.counted = [token.start, token.start + token.raw.length];
      return;
    }
    const participle = token.pos === 'VERB' && /(?:ed|ing)$/u.test(token.raw);
    if (!BEFORE_COUNTED.has(token.pos) && !participle && token.pos !== 'NOUN') return;
  }
}

/** Whether the hyphen at `k` joins the words on either side of it, with no space: "full-time". */
function joinsWords(tokens: readonly SentenceToken[], k: number): boolean {
  const [before, hyphen, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    hyphen?.raw === '-' &&
    before !== undefined &&
    after !== undefined &&
    before.start + before.raw.length === hyphen.start &&
    after.start === hyphen.start + 1
  );
}

/** A sentence as wink splits it, placed in its paragraph. */
interface PlacedSentence {
  start: number;
  text: string;
  first: number;
  end: number;
}

/**
 * wink's sentences placed in the paragraph, joined again where wink split inside a word: "stopped at 12.12pm" is
 * one sentence, not "… at 12." and "12pm" (a footnote's mark, "collected.[3] The …", still ends one).
 */
function wholeSentences(paragraph: string, read: DocumentColumns['sentences']): PlacedSentence[] {
  const placed: PlacedSentence[] = [];
  let cursor = 0;
  for (const { text: written, first, end } of read) {
    const trimmed = written.trim();
    if (!trimmed) continue;
    const found = paragraph.indexOf(trimmed, cursor);
    // wink reproduces the input text exactly; if it ever did not, fall back to the cursor position.
    const start = found >= 0 ? found : cursor;
    cursor = start + trimmed.length;
    const last = placed.at(-1);
    const within = last && found >= 0 && last.start + last.text.length === start;
    if (within && /[\p{L}\p{N}]\.$/u.test(last.text) && /^[\p{L}\p{N}]/u.test(trimmed)) {
      Object.assign(last!, { text: paragraph.slice(last!.start, cursor), end });
    } else placed.push({ start, text: paragraph.slice(start, cursor), first, end });
  }
  return placed;
}

/** Splits a paragraph into sentences (wink-nlp) and annotates each: values, names, attribution and causes. */
export function annotateParagraph(paragraph: string, words: ParagraphWords): AnnotatedSentence[] {
  const { isSpeechVerb, isTitle } = words;
  const doc = annotator().readDoc(paragraph);
  const { raws, tags, lemmas, sentences: read } = documentColumns(doc);
  const entities = winkEntities(doc);
  const sentences: AnnotatedSentence[] = [];
  for (const { start, text, first, end } of wholeSentences(paragraph, read)) {
    const tokens: SentenceToken[] = [];
    let at = 0;
    for (let k = first; k < end; k++) {
      const raw = raws[k]!;
      const found = text.indexOf(raw, at);
      if (found >= 0) at = found + raw.length;
      tokens.push({ raw, pos: tags[k]!, lemma: lemmas[k]!, start: found >= 0 ? found : at });
    }
    // The entities a sentence holds are those touching its tokens, as wink's own sentence.entities() selects them.
    const held = entities.filter((entity) => entity.last >= first && entity.first < end);
    const { values: read, numbers } = valueSpans(held, text, words.isMoneyUnit);
    const values = read.filter((value) => value.kind !== 'count' || !labelsName(value, text, tokens));
    for (const value of values) if (value.kind === 'count') markCounted(value, tokens);
    const attribution = QUOTE.test(text) || tokens.some((t) => t.pos === 'VERB' && isSpeechVerb(t.lemma));
    sentences.push({
      start,
      end: start + text.length,
      text,
      values,
      names: nameSpans(tokens, text, isTitle),
      numbers,
      attribution,
      causal: causeStrength(tokens, isSpeechVerb),
      tokens,
    });
  }
  return sentences;
}
