import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import packagedModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { afterAll, describe, expect, it } from 'vitest';
import { readPreparedCore, writePreparedCore } from '../../src/text/prepared-wink-core.ts';
import { englishModel, readCoreModel } from '../../src/text/wink-model.ts';

const require = createRequire(import.meta.url);
const CORE_FILE = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const packagedCore = require('wink-eng-lite-web-model/dist/load-core-model.js') as () => {
  features: { lexeme: { list: string[]; hash: Record<string, number> } };
};
const prepared = mkdtempSync(join(tmpdir(), 'coverage-bot-wink-core-'));
writePreparedCore(prepared, CORE_FILE);
const unprepared = join(prepared, 'none');
afterAll(() => rmSync(prepared, { recursive: true, force: true }));

const TEXT =
  'Amazon said Wednesday it will suspend police use of Rekognition for a year, until June 2021. ' +
  'Zorblatt Quinoxy, a councillor in Port Alder, called the moratorium "overdue" on Thursday.';

/** What an instance makes of a text: tokens, tags, lemmas, entities and sentences. */
function reading(nlp: ReturnType<typeof winkNLP>): unknown[] {
  const doc = nlp.readDoc(TEXT);
  const tokens = doc.tokens();
  // wink's typings declare its.lemma narrower than out() accepts; the call is valid at run time.
  const lemmas = (tokens.out as (f: unknown) => unknown)(nlp.its.lemma);
  return [tokens.out(), tokens.out(nlp.its.pos), lemmas, doc.entities().out(nlp.its.detail), doc.sentences().out()];
}

type Core = ReturnType<typeof readCoreModel>;

/** A core whose hashes hold their words as own properties, those they read through their prototype included. */
function flattened(core: Core): Core {
  const features = Object.fromEntries(
    Object.entries(core.features).map(([name, feature]) => {
      const hash = (feature as { hash?: Record<string, number> }).hash;
      if (!hash) return [name, feature];
      const flat: Record<string, number> = Object.create(null);
      for (const word in hash) flat[word] = hash[word]!;
      return [name, { ...feature, hash: flat }];
    }),
  );
  return { ...core, features } as Core;
}

describe('the English model wink-nlp reads with', () => {
  it('has, for reading a corpus, a core equal to the one the package builds', () => {
    expect(isDeepStrictEqual(flattened(readCoreModel('corpus', prepared)), packagedCore())).toBe(true);
  });

  it('gives each corpus instance a copy of one indexed core, which the words it meets do not reach', () => {
    const nlp = winkNLP(englishModel('corpus'));
    nlp.readDoc('Zorblatt Quinoxy met Vantrelle.');
    const next = readCoreModel('corpus');
    expect(next.features.lexeme.hash.Zorblatt).toBeUndefined();
    expect(next.features.lexeme.list).toHaveLength(packagedCore().features.lexeme.list.length);
    expect(isDeepStrictEqual(flattened(next), packagedCore())).toBe(true);
  });

  it('has, for reading questions with nothing prepared, the same core', () => {
    expect(isDeepStrictEqual(readCoreModel('questions', unprepared), packagedCore())).toBe(true);
  });

  it('has, for reading questions from the prepared form, the same core with its words found by binary search', () => {
    const core = readCoreModel('questions', prepared);
    const packaged = packagedCore();
    const { list } = packaged.features.lexeme;
    expect(list.every((word, k) => core.features.lexeme.hash[word] === k)).toBe(true);
    expect(core.features.lexeme.hash['no such word in the model']).toBeUndefined();
    core.features.lexeme.hash['a new word'] = list.length;
    expect(core.features.lexeme.hash['a new word']).toBe(list.length);
    const { lexeme, ...rest } = core.features;
    const { lexeme: packagedLexeme, ...packagedRest } = packaged.features;
    expect(isDeepStrictEqual({ ...core, features: rest }, { ...packaged, features: packagedRest })).toBe(true);
    expect(lexeme.list).toHaveLength(packagedLexeme.list.length);
    expect(lexeme.list.every((word, k) => word === packagedLexeme.list[k])).toBe(true);
  });

  it('does not read a prepared form made from another version of the model file', () => {
    const header = join(prepared, 'header.json');
    const written = readFileSync(header, 'utf8');
    try {
      writeFileSync(header, JSON.stringify({ ...JSON.parse(written), stamp: 'another version' }));
      expect(readPreparedCore(prepared, CORE_FILE)).toBeNull();
    } finally {
      writeFileSync(header, written);
    }
    expect(readPreparedCore(prepared, CORE_FILE)).not.toBeNull();
  });

  it('gives every instance a core of its own, as wink-nlp adds the words it meets to it', () => {
    expect(readCoreModel('questions', prepared)).not.toBe(readCoreModel('questions', prepared));
  });

  it('has the package model’s parts', () => {
    expect(Object.keys(englishModel('corpus')).sort()).toEqual(Object.keys(packagedModel).sort());
  });

  it('reads texts as the packaged model does, however its core was read, again and again', () => {
    const packaged = reading(winkNLP(packagedModel));
    for (const model of [englishModel('corpus'), englishModel('questions', prepared)]) {
      const nlp = winkNLP(model);
      expect(reading(nlp)).toEqual(packaged);
      expect(reading(nlp)).toEqual(reading(winkNLP(packagedModel)));
    }
  });
});
