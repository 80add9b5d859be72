import { createRequire } from 'node:module';
import feature from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNerModel from 'wink-eng-lite-web-model/dist/load-ner-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import porterStemmer from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-nlp';
import { PREPARED_DIR, parseCoreFile, readPreparedCore, sortedIndexOf } from './prepared-wink-core.ts';

// wink-eng-lite-web-model's own loader requires its 3 MB core model as a JSON module when imported (whether or not a
// question is ever read), then builds each instance's copy through JSON.stringify and JSON.parse and decodes the
// lexicon's base64 one character at a time: about 150 ms of a one-shot answer. This builds the same model (a test
// compares the two) from the file's prepared form or one JSON.parse of it; the other parts are the package's own.
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
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/** Each listed value's position, looked up by value (a prototype-free object, as wink-nlp reads it). */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/** How an instance will read: a few short questions, or a whole corpus (see {@link readCoreModel}). */
export type Reading = 'questions' | 'corpus';

/**
 * A fresh copy of the core model (wink-nlp adds the words it meets to its instance's copy), as the package builds
 * it. For reading questions it comes from the prepared form when `npm run build` made one, its words looked up by
 * binary search (a few a question) instead of indexed (about 30 ms): see src/text/prepared-wink-core.ts. For reading
 * a corpus it is copied from one read and indexed once per thread (see {@link copyOfCore}).
 */
export function readCoreModel(reading: Reading = 'corpus', prepared: string = PREPARED_DIR): CoreModel {
  if (reading === 'corpus') {
    corpusCore ??= indexedCore(null);
    return copyOfCore(corpusCore);
  }
  return indexedCore(readPreparedCore(prepared, CORE_FILE));
}

let corpusCore: CoreModel | undefined;

function indexedCore(ready: ReturnType<typeof readPreparedCore>): CoreModel {
  const model = (ready?.model ?? parseCoreFile(CORE_FILE)) as unknown as CoreModel;
  const { packing, features, pos } = model;
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
  const { list } = features.lexeme;
  features.lexeme.hash = ready ? sortedIndexOf(list, ready.order) : indexOf(list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

/**
 * A copy of an indexed core that an instance may add words to: each feature's list copied, and its hash an empty
 * prototype-free object over the original's (wink-nlp only gets and sets words in it, so the original's words show
 * through and the added ones stay in the copy). Each batch of a corpus build starts from a fresh instance, and
 * parsing and indexing the 3 MB core for each took about a tenth of an annotating worker's time.
 */
function copyOfCore(core: CoreModel): CoreModel {
  type AnyFeature = { list: unknown[]; hash?: Record<string, number> };
  const features: Record<string, AnyFeature> = {};
  for (const [name, feature] of Object.entries(core.features) as Array<[string, AnyFeature]>) {
    features[name] = { ...feature, list: feature.list.slice() };
    if (feature.hash) features[name].hash = Object.create(feature.hash);
  }
  return { ...core, features: features as CoreModel['features'] };
}

// The package's loader of its custom-entity machines re-encodes them as JSON text on every call, so the text grows
// with each new instance and the twentieth fails: they are read once and shared by every instance.
let machines: unknown;

/**
 * Negation and sentiment as stages that find nothing: wink-nlp builds every stage's state machines for each instance,
 * whether its pipe runs them or not, and parsing sentiment's 400 KB of them was a third of making one. Nothing reads
 * them (nlp.ts's pipe leaves them out).
 */
const notRun = () => ({ machines: ['[0,0,{"0":{}},{},{},{}]'], setter: () => undefined });

/** The English model wink-nlp reads with: the package's parts, its core read by {@link readCoreModel}. */
export function englishModel(reading: Reading, prepared: string = PREPARED_DIR): Model {
  machines ??= (loadCerMetaModel as () => unknown)();
  const addons = Object.assign(Object.create(null), {
    stem: porterStemmer,
    lemmatize,
    readabilityStats,
    wordVectors: undefined,
  });
  return Object.assign(Object.create(null), {
    core: () => readCoreModel(reading, prepared),
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: loadNerModel,
    negation: notRun,
    sa: notRun,
    metaCER: () => machines,
    featureFn: feature,
    addons,
  }) as Model;
}
