import type { Source } from '../corpus/source.ts';
import { terms } from '../text/analyzer.ts';
import { splitSentences, type EntityKind } from '../text/nlp.ts';

/** A sentence of a source (or a source's headline): the unit the index ranks and answers quote. */
export interface Passage {
  /** Stable across runs: the source id and the sentence's offset ("kuow-…#1042"; "#title" for headlines). */
  id: string;
  /** Position in the index's passage list, also the search engine's document id. */
  index: number;
  sourceIndex: number;
  kind: 'sentence' | 'headline';
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
  entities: EntityKind[];
  names: string[];
  numbers: string[];
  /** The sentence opens a quotation that a following sentence closes. */
  opensQuote: boolean;
}

// Straight quotes open and close alike, so an odd count of them leaves one open.
function leavesQuoteOpen(text: string): boolean {
  const count = (mark: RegExp): number => (text.match(mark) ?? []).length;
  return count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}

/** Splits every source into passages: its headline, then each sentence of each paragraph. */
export function buildPassages(sources: readonly Source[]): Passage[] {
  const passages: Passage[] = [];
  sources.forEach((source, sourceIndex) => {
    const base = { sourceIndex, opensQuote: false };
    const headline = splitSentences(source.title)[0];
    passages.push({
      ...base, id: `${source.id}#title`, index: passages.length, kind: 'headline', text: source.title, start: 0, end: source.title.length,
      paragraph: [0, source.title.length], paragraphIndex: -1, sentenceIndex: 0, terms: terms(source.title),
      entities: headline?.entities ?? [], names: headline?.names ?? [], numbers: headline?.numbers ?? [],
    });
    source.paragraphs.forEach(([pStart, pEnd], paragraphIndex) => {
      const paragraph = source.text.slice(pStart, pEnd);
      splitSentences(paragraph).forEach((sentence, sentenceIndex) => {
        passages.push({
          ...base, id: `${source.id}#${pStart + sentence.start}`, index: passages.length, kind: 'sentence', text: sentence.text,
          start: pStart + sentence.start, end: pStart + sentence.end, paragraph: [pStart, pEnd], paragraphIndex, sentenceIndex,
          terms: terms(sentence.text), entities: sentence.entities, names: sentence.names, numbers: sentence.numbers,
          opensQuote: leavesQuoteOpen(sentence.text),
        });
      });
    });
  });
  return passages;
}
