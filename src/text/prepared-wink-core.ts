import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyWordList, wordStarts } from './lazy-word-list.ts';

// wink's core model is one 3 MB JSON file: its 87,593 words an array of strings, its lexicon base64 text. Parsing it
// and indexing the words took about 60 ms of every one-shot answer. `npm run build` writes it again in the form it is
// used in (scripts/prepare-wink-core.mjs): the words in one NUL-separated text with where each starts, the lexicon as
// raw 32-bit words, the words' positions in sorted order, so a question's few words are found by binary search and
// nothing is indexed or split.

/** Where `npm run build` writes the prepared core (dist/wink-core/); running from source there is none. */
export const PREPARED_DIR = fileURLToPath(new URL('../../wink-core/', import.meta.url));

const FILES = {
  header: 'header.json',
  words: 'words.txt',
  starts: 'word-starts.bin',
  lexicon: 'lexicon.bin',
  xpansions: 'xpansions.bin',
  order: 'order.bin',
};

/** The core model as its JSON file holds it, its lexicon and expansions decoded. */
export interface ParsedCore {
  features: { lexeme: { list: string[] } };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/** 32-bit words in a buffer of their own (the package's loader makes them so). */
function words(bytes: Buffer): Uint32Array {
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Parses the package's core model file, as its loader does but with one JSON.parse and Node's base64 decoder. */
export function parseCoreFile(file: string): ParsedCore {
  const model = JSON.parse(readFileSync(file, 'utf8'));
  model.lexicon = words(Buffer.from(model.lexicon, 'base64'));
  model.xpansions = words(Buffer.from(model.xpansions, 'base64'));
  return model;
}

/** The prepared form's own layout: a build of another one is stale, as is one made from another model file. */
const LAYOUT = 2;

// The prepared form is of one version of the model file: any other size or time makes it stale.
const stampOf = (file: string): string => {
  const { size, mtimeMs } = statSync(file);
  return `${LAYOUT}:${size}:${mtimeMs}`;
};

/** Writes the prepared form of the package's core model file into `dir`. */
export function writePreparedCore(dir: string, file: string): void {
  const model = parseCoreFile(file);
  const { list } = model.features.lexeme;
  const order = Uint32Array.from(list.keys()).sort((a, b) =>
    list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : a - b,
  );
  mkdirSync(dir, { recursive: true });
  const text = Buffer.from(list.join('\0'));
  writeFileSync(join(dir, FILES.words), text);
  writeFileSync(join(dir, FILES.starts), wordStarts(text));
  writeFileSync(join(dir, FILES.lexicon), model.lexicon);
  writeFileSync(join(dir, FILES.xpansions), model.xpansions);
  writeFileSync(join(dir, FILES.order), order);
  const rest = { ...model, lexicon: null, xpansions: null };
  rest.features = { ...model.features, lexeme: { ...model.features.lexeme, list: [] } };
  writeFileSync(join(dir, FILES.header), JSON.stringify({ stamp: stampOf(file), model: rest }));
}

/** The core model from its prepared form, with its words' sorted order; null when there is none for this file. */
export function readPreparedCore(dir: string, file: string): { model: ParsedCore; order: Uint32Array } | null {
  let header: { stamp: string; model: ParsedCore };
  try {
    header = JSON.parse(readFileSync(join(dir, FILES.header), 'utf8'));
  } catch {
    return null;
  }
  if (header.stamp !== stampOf(file)) return null;
  const { model } = header;
  const starts = words(readFileSync(join(dir, FILES.starts)));
  model.features.lexeme.list = lazyWordList(readFileSync(join(dir, FILES.words)), starts);
  model.lexicon = words(readFileSync(join(dir, FILES.lexicon)));
  model.xpansions = words(readFileSync(join(dir, FILES.xpansions)));
  return { model, order: words(readFileSync(join(dir, FILES.order))) };
}

/**
 * A word's position in `list`, found by binary search through its sorted `order`, as the prototype-free object wink-nlp
 * reads and writes would give it; the words wink-nlp adds are kept beside. wink-nlp only gets and sets words in it.
 */
export function sortedIndexOf(list: readonly string[], order: Uint32Array): Record<string, number> {
  const added = new Map<string | symbol, number>();
  const find = (word: string): number | undefined => {
    for (let low = 0, high = order.length - 1; low <= high; ) {
      const middle = (low + high) >>> 1;
      const found = list[order[middle]!]!;
      if (found === word) {
        // A word listed twice is found at its last position, as in the object wink-nlp's loader fills (ties are
        // sorted by position).
        let last = middle;
        while (last + 1 < order.length && list[order[last + 1]!] === word) last += 1;
        return order[last];
      }
      if (found < word) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => (added.has(word) ? added.get(word) : typeof word === 'string' ? find(word) : undefined),
    set: (_, word, position: number) => {
      added.set(word, position);
      return true;
    },
  });
}
