import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { AnswerSchema, createEngine, type Engine } from '../../src/index.ts';
import { HOSTILE_QUESTIONS } from '../support/hostile-text.ts';
import { BUNDLED_CORPUS } from '../support/paths.ts';

// Inputs people and scripts actually send: pasted essays, markup, regex metacharacters, pings, odd Unicode.
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(...HOSTILE_QUESTIONS),
  fc
    .array(fc.constantFrom('IBM', 'Amazon', 'police', 'why', 'how many', 'the', '?', '1,300', 'moratorium', 'Google'), {
      maxLength: 40,
    })
    .map((w) => w.join(' ')),
);

describe('ask() on arbitrary input', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ corpusDir: BUNDLED_CORPUS });
  });

  it('never throws and always returns a schema-valid Answer', async () => {
    const conversations = fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(hostile, conversations, async (question, conversation) => {
        const answer = await engine.ask(question, conversation ? { conversation } : {});
        expect(AnswerSchema.safeParse(answer).success).toBe(true);
        expect(answer.answer.length).toBeLessThan(2_000);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('the corpus loader on arbitrary files', () => {
  it('never throws, and either uses a file or says why not', async () => {
    const content = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2_000 }),
      fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
      fc
        .string({ maxLength: 400 })
        .map((yaml) => `---\n${yaml}\n---\nBody text that is long enough to be an article paragraph.`),
      fc.string({ maxLength: 400 }).map((yaml) => `---\n${yaml}\n`),
    );
    await fc.assert(
      fc.asyncProperty(content, async (data) => {
        const dir = await mkdtemp(join(tmpdir(), 'prop-corpus-'));
        try {
          await writeFile(join(dir, 'article.md'), data);
          const corpus = await loadCorpus(dir);
          expect(corpus.sources.length > 0 || corpus.warnings.some((w) => w.startsWith('article.md'))).toBe(true);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });
});
