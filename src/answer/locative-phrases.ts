import { isPlaceNoun } from '../lexicon/places.ts';
import type { Passage } from '../retrieval/passage.ts';
import { WRITTEN_WORD } from '../text/analyzer.ts';
import { perPassage } from './per-passage.ts';
import { STOP_WORDS } from '../text/stop-words.ts';

/** Where a sentence says something is or went: a preposition of place and the place after it. */
export interface LocativeSpan {
  start: number;
  end: number;
  /** The place is one of the sentence's names ("near Cape Linden"), not a common noun ("in his cabin"). */
  named: boolean;
  /** The place's word as written, lowercased ("cafeteria"), or the name. */
  place: string;
}

// Prepositions that put something at, in or towards a place ("over" and "for" mostly measure or give a reason).
const LOCATIVE = new Set(
  `in at near inside outside into to from on onto along off aboard across behind beside within toward towards around
  throughout beneath under`.split(/\s+/u),
);
// How many words of a noun phrase are read for its place: "a large beach", "the building's staff cafeteria".
const PHRASE_WORDS = 4;

function findLocatives(passage: Passage): readonly LocativeSpan[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const m of passage.text.matchAll(WRITTEN_WORD)) {
    // The period that ends a sentence is no part of its last word ("the harbor."); an initial's stays ("St.").
    const raw = /^\p{Ll}{2,}\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    const apart = /[^\s]/u.test(passage.text.slice(end, m.index));
    tokens.push({ raw, start: m.index, end: m.index + raw.length, apart });
    end = m.index + m[0].length;
  }
  const nameAt = new Map(passage.names.map((name) => [name.start, name]));
  const spans: LocativeSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LOCATIVE.has(tokens[i]!.raw.toLowerCase())) continue;
    const span = placeAfter(tokens, i + 1, nameAt);
    if (span) spans.push(span);
  }
  return spans;
}

/** The locative phrases of a sentence, in order (each candidate of a place question is read once). */
export const locativeSpans = perPassage(findLocatives);

/** A word, and whether punctuation stands between it and the word before ("in March, the …"). */
type Token = { raw: string; start: number; end: number; apart: boolean };

// Determiners and possessives ("the", "his", "the building's") come before the words that say what a place is.
const determiner = (t: Token): boolean => STOP_WORDS.has(t.raw.toLowerCase()) || /['’]s$/u.test(t.raw);

/** The place a noun phrase starting at token `k` names, through one "of" ("the mouth of the Sable River"). */
function placeAfter(tokens: readonly Token[], k: number, nameAt: ReadonlyMap<number, Passage['names'][number]>) {
  for (let hop = 0; hop < 2; hop++) {
    while (k < tokens.length && !tokens[k]!.apart && determiner(tokens[k]!)) {
      if (nameAt.has(tokens[k]!.start) && !/['’]s$/u.test(tokens[k]!.raw)) break;
      k++;
    }
    if (tokens[k]?.apart) return null;
    const name = tokens[k] && nameAt.get(tokens[k]!.start);
    if (name) return { start: name.start, end: name.end, named: true, place: name.text };
    let found: LocativeSpan | null = null;
    let n = 0;
    for (; n < PHRASE_WORDS && k < tokens.length; n++, k++) {
      const raw = tokens[k]!.raw;
      if ((n > 0 && tokens[k]!.apart) || !/^\p{Ll}[\p{Ll}-]*$/u.test(raw) || STOP_WORDS.has(raw)) break;
      if (isPlaceNoun(raw)) found = { start: tokens[k]!.start, end: tokens[k]!.end, named: false, place: raw };
    }
    if (tokens[k]?.apart || tokens[k]?.raw.toLowerCase() !== 'of' || n === 0) return found;
    k++;
  }
  return null;
}
