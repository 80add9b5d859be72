import { readDictionaryFile } from './dictionary-files.ts';
import { lexfileName } from './lexfiles.ts';
import { sensesOf } from './sense-index.ts';
import { wordNetLemma } from './word-class.ts';

let namedOffsets: Set<number> | undefined;

// Where a data line's first word starts: "08178656 14 n 04 Congress 1 …" (offset, lexfile, type, word count).
const FIRST_WORD = 17;

// index.sense does not say which synsets name one thing ("Seattle", "Congress") rather than a kind; data.noun does:
// an "@i" (instance of) pointer, or a capitalized first word. One scan, once per process, keeps their offsets
// (~10,000) and lets the 15 MB text go.
function namedSynsets(): Set<number> {
  if (namedOffsets) return namedOffsets;
  const text = readDictionaryFile('data.noun');
  const found = new Set<number>();
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const first = text.charCodeAt(start + FIRST_WORD);
    // License lines at the top of the file start with spaces and are skipped.
    const isCapital = first >= 65 && first <= 90;
    if (text.charCodeAt(start) !== 32 && (isCapital || text.slice(start, stop).includes(' @i '))) {
      found.add(Number(text.slice(start, start + 8)));
    }
    start = stop + 1;
  }
  namedOffsets = found;
  return found;
}

/**
 * The lexicographer file of the thing a name names in WordNet, as an instance of a kind or a proper noun ("Seattle"
 * → noun.location, "Lee" → noun.person, "Congress" → noun.group), trying the whole name and then shorter endings
 * of it, since an English name's head comes last; null if WordNet names nothing so.
 */
export function instanceKindOf(name: string): string | null {
  const words = name.replace(/['’]s\b/gu, '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const lemma = wordNetLemma(words.slice(i).join(' '));
    let best: { sense: number; lexfile: number } | undefined;
    for (const sense of sensesOf(lemma)) {
      if (sense.cls === 'n' && namedSynsets().has(sense.offset) && (!best || sense.sense < best.sense)) best = sense;
    }
    if (best) return lexfileName(best.lexfile);
  }
  return null;
}
