import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import feature from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadNerModel from 'wink-eng-lite-web-model/dist/load-ner-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSaModel from 'wink-eng-lite-web-model/dist/load-sa-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import porterStemmer from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-nlp';

// wink-eng-lite-web-model's own loader requires its 3 MB core model as a JSON module when imported (whether or not a
// question is ever read), then builds each instance's copy through JSON.stringify and JSON.parse and decodes the
// lexicon's base64 one character at a time: about 150 ms of a one-shot answer. This builds the same model (a test
// compares the two) from one JSON.parse of the file and Node's base64 decoder; the other parts are the package's own.
const CORE_FILE = createRequire(import.meta.url).resolve(
  'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
);

interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 text as 32-bit words, in a buffer of their own as the package makes them. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Each listed value's position, looked up by value (a prototype-free object, as wink-nlp reads it). */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/**
 * The same lookup kept in a Map that wink-nlp reads and writes through a proxy: three times as quick to build for the
 * 87,593 words (about 40 ms of every start) and three times as slow to read, which suits reading a question, not a
 * corpus. wink-nlp only gets and sets words in it.
 */
function mapIndexOf(list: readonly string[]): Record<string, number> {
  const positions = new Map<string | symbol, number>();
  for (let k = 0; k < list.length; k += 1) positions.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => positions.get(word),
    set: (_, word, position: number) => {
      positions.set(word, position);
      return true;
    },
  });
}

/** How an instance will read: a few short questions, or a whole corpus (see {@link mapIndexOf}). */
export type Reading = 'questions' | 'corpus';

/**
 * A fresh copy of the core model (wink-nlp adds the words it meets to its instance's copy), as the package builds
 * it; for reading questions, its word lookup is a {@link mapIndexOf}.
 */
export function readCoreModel(reading: Reading = 'corpus'): CoreModel {
  const model = JSON.parse(readFileSync(CORE_FILE, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    if (layout[3] === 0) {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  features.lexeme.hash = (reading === 'questions' ? mapIndexOf : indexOf)(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

// The package's loader of its custom-entity machines re-encodes them as JSON text on every call, so the text grows
// with each new instance and the twentieth fails: they are read once and shared by every instance.
let machines: unknown;

/** The English model wink-nlp reads with: the package's parts, its core read by {@link readCoreModel}. */
export function englishModel(reading: Reading): Model {
  machines ??= (loadCerMetaModel as () => unknown)();
  const addons = Object.assign(Object.create(null), {
    stem: porterStemmer,
    lemmatize,
    readabilityStats,
    wordVectors: undefined,
  });
  return Object.assign(Object.create(null), {
    core: () => readCoreModel(reading),
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: loadNerModel,
    negation: loadNegationModel,
    sa: loadSaModel,
    metaCER: () => machines,
    featureFn: feature,
    addons,
  }) as Model;
}
