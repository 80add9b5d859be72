// The one-shot command as a V8 start-up snapshot (scripts/snapshot-cli.mjs builds it; scripts/ask.sh starts
// it): its code evaluated and compiled, the scorer, WordNet's frequent words, and the bundled corpus's index loaded.
// Compiling, loading and first running that code was most of a one-shot answer. Nothing a question can change is
// kept: the warm-up answers from a copy of the index, and the question reader that read them is dropped.
// Code a warm-up question runs is held compiled; a first question that runs other code compiles it then.
import { readdirSync, readlinkSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { defaultScorer } from '../answer/scorer.ts';
import { engineFromIndex, type HeldIndex } from '../create-engine.ts';
import { fingerprintCorpus } from '../index-cache/fingerprint.ts';
import { openIndex } from '../index-cache/open-index.ts';
import { frequentWords } from '../lexicon/dictionary.ts';
import { releaseSenseIndex } from '../lexicon/sense-index.ts';
import { closeDictionaryFiles } from '../lexicon/wordnet-files.ts';
import { createLogger } from '../logger.ts';
import { DEFAULT_CORPUS_DIR } from '../paths.ts';
import { renewQuestionReader } from '../text/nlp.ts';
import { runAsk } from './ask-command.ts';

/** Node's exit code when it cannot load a start-up snapshot; one whose held index is not current exits so too. */
const SNAPSHOT_REFUSED = 14;

// Questions of the common kinds, in words that fit any story: a meta question, a duration, a person and a reason,
// a date, a count, a statement.
const WARM_UP = [
  'Which outlets covered it?',
  'How long will it last?',
  'Who criticized the decision, and why?',
  'When was it announced?',
  'How many people does it affect?',
  'What did the company say?',
];

/** The files this process holds open: a descriptor kept in a snapshot would name another file, or none, when run. */
function openFiles(): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith('/') && !target.startsWith('/dev/') && !target.startsWith('/proc/'));
}

/** The bundled corpus's index from the cache the builder made (INDEX_CACHE_DIR), after a warm-up on a copy of it. */
async function prepare(): Promise<HeldIndex> {
  const before = new Set(openFiles());
  defaultScorer();
  frequentWords();
  // Questions look words up in index.sense's blocks: warmed up so, its 7 MB text is not held.
  releaseSenseIndex();
  // Logging to no stream: a stream to stdout (as silentLogger opens) cannot be held in a snapshot.
  const logger = createLogger({ level: 'silent', destination: { write: () => undefined } });
  const open = { corpusDir: DEFAULT_CORPUS_DIR, cacheDir: process.env.INDEX_CACHE_DIR!, logger, clock: Date.now };
  const opened = (await openIndex(open))!;
  if (opened.from !== 'cache') throw new Error('the snapshot builder found no index cache of the bundled corpus');
  const warm = engineFromIndex((await openIndex(open))!.index, { logger });
  for (const question of WARM_UP) await warm.ask(question);
  renewQuestionReader();
  releaseSenseIndex();
  closeDictionaryFiles();
  const kept = openFiles().filter((file) => !before.has(file));
  if (kept.length > 0) throw new Error(`the snapshot would hold open files: ${kept.join(', ')}`);
  return { corpusDir: DEFAULT_CORPUS_DIR, opened };
}

// A snapshot's entry is a script, without top-level await: the snapshot is taken once the promise has settled, and a
// failure fails the build (the command then starts without a snapshot).
let held: HeldIndex | undefined;
startupSnapshot.setDeserializeMainFunction(() => void answerOrStepAside(held));

/**
 * Answers from the held index while the bundled corpus still has its key and the cache is on; else exits as node
 * does for a snapshot it refuses, before reading any input, so that the launcher starts the bundle: building an
 * index (teams drop their own articles into corpus/) needs the annotation threads, which a process started from a
 * snapshot cannot start.
 */
async function answerOrStepAside(index: HeldIndex | undefined): Promise<void> {
  const fingerprint = index?.opened.fingerprint;
  const current =
    fingerprint !== undefined &&
    process.env.INDEX_CACHE_DIR?.trim() !== 'off' &&
    (await fingerprintCorpus(index!.corpusDir, fingerprint)).key === fingerprint.key;
  if (!current) process.exit(SNAPSHOT_REFUSED);
  await runAsk(index);
}
void prepare().then((ready) => {
  held = ready;
});
