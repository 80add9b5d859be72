import type { Source } from '../corpus/source.ts';
import { wordsAndTerms, words } from '../text/analyzer.ts';
import type { AnnotatedSentence, NameSpan, SentenceToken, ValueSpan } from '../text/annotate.ts';

/** What a passage is in its article: body text, a photo caption, the headline, or another outlet's excerpt. */
export type PassageRole = 'body' | 'caption' | 'headline' | 'excerpt';

/** A sentence of a source (or a source's headline): the unit the index ranks and answers quote. */
export interface Passage {
  /** Stable across runs: the source id and the sentence's offset ("kuow-…#1042"; "#title" for headlines). */
  id: string;
  /** Position in the index's passage list, also the search engine's document id. */
  index: number;
  sourceIndex: number;
  kind: 'sentence' | 'headline';
  role: PassageRole;
  /** The sentence, verbatim from the source. */
  text: string;
  /** [start, end) of the sentence in its source's text (headlines: in the title). */
  start: number;
  end: number;
  /** [start, end) of the surrounding paragraph in the source's text. */
  paragraph: [number, number];
  /** Number of the paragraph in the source and of the sentence in that paragraph, for finding neighbours. */
  paragraphIndex: number;
  sentenceIndex: number;
  /** Index terms of the sentence, for overlap scoring and near-duplicate detection. */
  terms: string[];
  /** Dates, durations, figures and ages in the sentence, with offsets in its text. */
  values: ValueSpan[];
  /** Proper names in the sentence as written, with offsets. */
  names: NameSpan[];
  /** Figures as plain digits ("1,300" → "1300"), years left out. */
  numbers: string[];
  /** The sentence reports what someone said. */
  attribution: boolean;
  /** How strongly the sentence gives a cause or purpose (0–1). */
  causal: number;
  /** The sentence opens a quotation that a following sentence closes. */
  opensQuote: boolean;
}

/** The texts a source's passages are annotated from, in order: its headline, then each paragraph. */
export function passageTexts(source: Source): string[] {
  return [source.title, ...source.paragraphs.map(([start, end]) => source.text.slice(start, end))];
}

/**
 * Sees every sentence's tokens once while passages are built (vocabulary, lexicon and name-kind counts), with its
 * text split by {@link words}.
 */
export type SentenceVisitor = (tokens: readonly SentenceToken[], passage: Passage, split: readonly string[]) => void;

/** A passage's text split by {@link words}: split once per build and shared by whatever counts its words. */
export type PassageWords = (passage: Passage) => readonly string[];

/** Splits a passage's text afresh, where no build has split it. */
export const splitPassage: PassageWords = (passage) => words(passage.text);

// Whether a sentence leaves a quotation open for the next one to continue: its last quote mark opens one.
function leavesQuoteOpen(text: string): boolean {
  let open = false;
  for (const mark of text.matchAll(/["“”]/gu)) {
    // A straight quote opens where a word could start ("… said: "We …") and closes after one ("… requested.").
    const before = text[mark.index - 1];
    open = mark[0] === '“' || (mark[0] === '"' && (before === undefined || /[\s([{—–-]/u.test(before)));
  }
  return open;
}

function roleOf(source: Source, paragraphIndex: number): PassageRole {
  if (source.kind === 'related') return 'excerpt';
  return source.paragraphRoles?.[paragraphIndex] === 'caption' ? 'caption' : 'body';
}

/** The most words a question heading the paragraph below it takes ("Which day will students have off?"). */
const HEADING_QUESTION_TERMS = 12;

/**
 * "### Which day will students have off?", then "Monday.": a paragraph's first sentence right under a paragraph that
 * is one short question (an explainer's heading, an interviewer's question) is about what that question asks, and is
 * found and weighed by its words too.
 */
function answersQuestion(asked: Passage, parts: PassageParts, sourceIndex: number): boolean {
  return (
    asked.sourceIndex === sourceIndex &&
    asked.kind === 'sentence' &&
    parts.sentenceIndex === 0 &&
    asked.paragraphIndex === parts.paragraphIndex - 1 &&
    asked.sentenceIndex === 0 &&
    asked.text.trimEnd().endsWith('?') &&
    asked.terms.length <= HEADING_QUESTION_TERMS
  );
}

/** What differs between a headline's passage and a sentence's: the rest is worked out from the text. */
type PassageParts = Omit<Passage, 'id' | 'index' | 'sourceIndex' | 'kind' | 'terms' | 'opensQuote'>;

/**
 * Appends a source's passages, its headline then each sentence of each paragraph, to the index's passage list.
 * `annotations` holds the source's annotated headline, then each paragraph's (as {@link passageTexts} lists them).
 */
export function appendPassages(
  passages: Passage[],
  source: Source,
  sourceIndex: number,
  annotations: readonly AnnotatedSentence[][],
  visit?: SentenceVisitor,
): void {
  // One object literal, its fields always in one order: a passage spread from a partial one got a hidden class of
  // its own (about 500 bytes each, a quarter of a large index's heap).
  const add = (headline: boolean, parts: PassageParts, tokens: readonly SentenceToken[]): void => {
    const { words: split, terms: own } = wordsAndTerms(parts.text);
    const asked = passages.at(-1);
    const terms = asked && answersQuestion(asked, parts, sourceIndex) ? [...own, ...asked.terms] : own;
    const passage: Passage = {
      id: `${source.id}#${headline ? 'title' : parts.start}`,
      index: passages.length,
      sourceIndex,
      kind: headline ? 'headline' : 'sentence',
      role: parts.role,
      text: parts.text,
      start: parts.start,
      end: parts.end,
      paragraph: parts.paragraph,
      paragraphIndex: parts.paragraphIndex,
      sentenceIndex: parts.sentenceIndex,
      terms,
      values: parts.values,
      names: parts.names,
      numbers: parts.numbers,
      attribution: parts.attribution,
      causal: parts.causal,
      opensQuote: leavesQuoteOpen(parts.text),
    };
    passages.push(passage);
    visit?.(tokens, passage, split);
  };
  const [headline] = annotations[0] ?? [];
  add(
    true,
    {
      role: 'headline',
      text: source.title,
      start: 0,
      end: source.title.length,
      paragraph: [0, source.title.length],
      paragraphIndex: -1,
      sentenceIndex: 0,
      values: headline?.values ?? [],
      names: headline?.names ?? [],
      numbers: headline?.numbers ?? [],
      attribution: false,
      causal: 0,
    },
    headline?.tokens ?? [],
  );
  source.paragraphs.forEach((paragraph, paragraphIndex) => {
    const role = roleOf(source, paragraphIndex);
    const pStart = paragraph[0];
    // Sentences of one paragraph share their source's range rather than each holding a copy (as from the cache).
    (annotations[paragraphIndex + 1] ?? []).forEach((sentence, sentenceIndex) => {
      add(
        false,
        {
          role,
          text: sentence.text,
          start: pStart + sentence.start,
          end: pStart + sentence.end,
          paragraph,
          paragraphIndex,
          sentenceIndex,
          values: sentence.values,
          names: sentence.names,
          numbers: sentence.numbers,
          attribution: sentence.attribution,
          causal: sentence.causal,
        },
        sentence.tokens,
      );
    });
  });
}
