import { readdirSync, readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { closeDictionaryFiles, readDictionaryFile, readDictionaryLine } from '../../src/lexicon/wordnet-files.ts';
import { LexiconBuilder } from '../../src/lexicon/index.ts';

// Categories come from WordNet itself, not the corpus: an empty lexicon answers for any word.
const lexicon = new LexiconBuilder().build();

describe("Lexicon.category: the kind of thing a question's head word asks for", () => {
  it.each([
    ['judge', 'noun.person'],
    ['city', 'noun.location'],
    ['company', 'noun.group'],
    ['club', 'noun.group'],
    ['year', 'noun.time'],
    ['price', 'noun.attribute'],
    ['cost', 'noun.possession'],
    ['percentage', 'noun.relation'],
    ['age', 'noun.attribute'],
    ['reason', 'noun.motive'],
    ['fear', 'noun.feeling'],
    ['building', 'noun.artifact'],
  ])('%s is a %s', (word, lexfile) => {
    expect(lexicon.category(word, 'n')).toBe(lexfile);
  });

  it('reads verbs by their own class', () => {
    expect(lexicon.category('announce', 'v')).toBe('verb.communication');
    expect(lexicon.category('buy', 'v')).toBe('verb.possession');
    expect(lexicon.category('win', 'v')).toBe('verb.competition');
  });

  it('finds the base form of an inflected word, and null for a word WordNet lacks', () => {
    expect(lexicon.category('cities', 'n')).toBe('noun.location');
    expect(lexicon.category('Crestline', 'n')).toBeNull();
  });
});

describe('Lexicon.instanceKind: what a name names', () => {
  it('knows places, people by surname, and organizations WordNet names', () => {
    expect(lexicon.instanceKind('Seattle')).toBe('noun.location');
    expect(lexicon.instanceKind('Jennifer Lee')).toBe('noun.person');
    expect(lexicon.instanceKind('Congress')).toBe('noun.group');
  });

  it('is null for a name WordNet does not hold', () => {
    expect(lexicon.instanceKind('Crestline Grocers')).toBeNull();
  });

  it('a last word that is also a common noun says nothing of the name it ends ("… Civil Liberties Union")', () => {
    // "the Union" is a place in WordNet (the North in the Civil War), but a union is most often a labor union.
    expect(lexicon.instanceKind('Union')).toBe('noun.location');
    expect(lexicon.instanceKind('American Civil Liberties Union')).toBeNull();
    expect(lexicon.instanceKind('Port of Seattle')).toBe('noun.location');
  });
});

describe('the WordNet dictionary files', () => {
  it('a missing file is a ConfigError that names it and the fix', () => {
    expect(() => readDictionaryFile('data.missing')).toThrow(ConfigError);
    expect(() => readDictionaryFile('data.missing')).toThrow(/dict\/data\.missing.*npm install/s);
    expect(() => readDictionaryLine('data.missing', 0)).toThrow(/dict\/data\.missing.*npm install/s);
  });

  it('reads one line at its byte offset, however long, as the whole file holds it', () => {
    const text = readDictionaryFile('data.noun');
    const lines = text.split('\n').filter((line) => /^\d{8} /.test(line));
    // The longest lines (thousands of pointers) span several of the chunks a line is read in.
    const sample = [lines[0]!, lines.at(-1)!, lines.reduce((a, b) => (b.length > a.length ? b : a))];
    expect(sample[2]!.length).toBeGreaterThan(8192);
    for (const line of sample) expect(readDictionaryLine('data.noun', Number(line.slice(0, 8)))).toBe(line);
  });

  it('closes the files lines were read from, and opens them again for the next line', () => {
    const openNames = (): string[] =>
      readdirSync('/proc/self/fd').map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return '';
        }
      });
    const first = readDictionaryLine('data.verb', 0);
    expect(openNames().filter((name) => name.endsWith('/data.verb'))).toHaveLength(1);
    closeDictionaryFiles();
    expect(openNames().filter((name) => name.endsWith('/data.verb'))).toHaveLength(0);
    expect(readDictionaryLine('data.verb', 0)).toBe(first);
  });
});
