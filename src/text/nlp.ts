import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { collectNames, type NameToken } from './names.ts';
import { NUMBER_WORDS } from './stop-words.ts';

let instance: WinkMethods | undefined;

/** The shared wink-nlp instance; loading the model takes ~100 ms, so it happens once, on first use. */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

// wink's typings declare its.lemma with a narrower signature than token.out accepts; the call is valid at run time.
/** A token's lemma (base form) as wink-nlp gives it, lowercased: "employees" → "employee", "bought" → "buy". */
export function lemmaOf(token: ItemToken): string {
  return String((token.out as (f: unknown) => unknown)(nlp().its.lemma)).toLowerCase();
}

/** Kinds of entity a sentence can hold, as far as answer types care. */
export type EntityKind = 'date' | 'time' | 'number' | 'money' | 'percent' | 'duration' | 'name';

/** A sentence found in a paragraph, with its offsets and what it mentions. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  /** Entity kinds present, for matching answer types. */
  entities: EntityKind[];
  /** Proper-noun phrases ("Jennifer Lee", "ACLU"), lowercased. */
  names: string[];
  /** Numbers written in the sentence, as plain digits ("1,300" → "1300"). */
  numbers: string[];
}

const WINK_KINDS: Record<string, EntityKind> = {
  DATE: 'date', TIME: 'time', CARDINAL: 'number', MONEY: 'money', PERCENT: 'percent', DURATION: 'duration',
};

/** Splits a paragraph into sentences with a real sentence splitter, keeping exact offsets and entity facts. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const doc = nlp().readDoc(paragraph);
  const its = nlp().its;
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const text = sentence.out().trim();
    if (!text) return;
    const start = paragraph.indexOf(text, cursor);
    // wink reproduces the input text exactly; if it ever did not, fall back to the cursor position.
    const at = start >= 0 ? start : cursor;
    cursor = at + text.length;
    const entities = new Set<EntityKind>();
    const numbers: string[] = [];
    sentence.entities().each((entity: ItemEntity) => {
      const kind = WINK_KINDS[entity.out(its.type) as string];
      if (kind) entities.add(kind);
      if (kind === 'number' || kind === 'money' || kind === 'percent') {
        const digits = NUMBER_WORDS[entity.out().toLowerCase()] ?? entity.out().replace(/[^\d.]/g, '');
        if (digits) numbers.push(digits);
      }
    });
    const tokens: NameToken[] = [];
    sentence.tokens().each((token: ItemToken) => {
      const value = token.out();
      tokens.push({ text: value, isName: token.out(its.pos) === 'PROPN' && /^\p{Lu}/u.test(value) });
    });
    const names = collectNames(tokens).map((name) => name.toLowerCase());
    if (names.length) entities.add('name');
    spans.push({ start: at, end: at + text.length, text: paragraph.slice(at, at + text.length), entities: [...entities], names, numbers });
  });
  return spans;
}
