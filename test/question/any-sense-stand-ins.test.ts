import { describe, expect, it } from 'vitest';
import { anySenseSynonyms, firstKindSynonyms } from '../../src/lexicon/any-sense-synonyms.ts';
import { anySenseStandIns } from '../../src/question/any-sense-stand-ins.ts';
import type { CorpusWords } from '../../src/question/query-terms.ts';
import type { QuestionToken } from '../../src/question/tag-question.ts';
import type { WordKnowledge } from '../../src/question/word-knowledge.ts';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// "Quit" mostly means "stop"; only a rarely tagged sense of it is "resign". The article says "resigned".
const ARTICLE = `# Harlow mayor resigns after audit

Published May 2, 2024

Harlow Mayor Dana Whitcombe resigned on Monday, two weeks after a state audit found that city money had paid for \
her travel. Whitcombe said she was stepping aside because the audit had cost her the trust of the council.

A small fire broke out at City Hall during the meeting; firefighters said no injuries were reported.

Her former aide, Colin Marsh, was arrested in April and is being held on a $5,000 bond.

The council will choose an interim mayor on May 9. The town's new steel footbridge, which opened in March, cost \
$2 million.
`;

const corpus = useCorpusEngine({ 'harlow-mayor.md': ARTICLE });

describe('a verb the coverage lacks stands for a word it shares any sense with', () => {
  it('WordNet gives "quit" the rare sense it shares with "resign" and "step down"', () => {
    expect(anySenseSynonyms('quit', 'v')).toEqual(expect.arrayContaining(['resign', 'step down']));
  });

  it('a verb of its own is not read as an inflection of another ("founded" is not "found" as in "find")', () => {
    expect(anySenseSynonyms('found', 'v')).toContain('institute');
    expect(anySenseSynonyms('found', 'v')).not.toContain('see');
  });

  it('"when did the mayor quit?" is answered from the sentence that says she resigned', async () => {
    const answer = await corpus.engine.ask('When did the mayor quit?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/resigned on Monday/u);
  });

  it('or for the close forms of such a word: "hurt" shares a sense with "injure", here written "injuries"', async () => {
    const answer = await corpus.engine.ask('Was anybody hurt in the fire?');
    expect(answer.answer).toMatch(/no injuries were reported/u);
    expect(answer.answer).not.toMatch(/doesn't use “hurt”/u);
  });

  // A noun's rare senses are other things: "brand" is also a sword, and WordNet gives "steel" as its synonym.
  it('a noun the coverage lacks is not read in a rare sense of another kind ("brand" is not "steel")', () => {
    const corpusHas = new Set(['steel', 'resign', 'bond', 'custom']);
    const words = { frequency: (term: string) => (corpusHas.has(term) ? 1 : 0) } as Pick<CorpusWords, 'frequency'>;
    const knowledge = { synonymsInAnySense: anySenseSynonyms, synonymsInFirstKind: firstKindSynonyms } as Pick<
      WordKnowledge,
      'synonymsInAnySense' | 'synonymsInFirstKind'
    >;
    const token = (lemma: string, cls: 'n' | 'v'): QuestionToken => ({
      raw: lemma,
      lower: lemma,
      pos: cls === 'n' ? 'NOUN' : 'VERB',
      lemma,
      cls,
      capitalized: false,
      name: false,
      title: false,
      separated: false,
      hyphenated: false,
      afterFirstSentence: false,
      inTime: false,
    });
    expect(anySenseSynonyms('brand', 'n')).toContain('steel');
    expect(anySenseStandIns(token('brand', 'n'), words as CorpusWords, knowledge as WordKnowledge)).toEqual([]);
    expect(anySenseStandIns(token('quit', 'v'), words as CorpusWords, knowledge as WordKnowledge)).toEqual([
      { terms: ['resign'], weight: 0.5, relation: 'synonym' },
    ]);
    expect(anySenseStandIns(token('bail', 'n'), words as CorpusWords, knowledge as WordKnowledge)).toEqual([
      { terms: ['bond'], weight: 0.5, relation: 'synonym' },
    ]);
    // "Client" is first one who seeks a lawyer's advice; its sense shared with "customer" is a person too.
    expect(anySenseStandIns(token('client', 'n'), words as CorpusWords, knowledge as WordKnowledge)).toEqual([
      { terms: ['custom'], weight: 0.5, relation: 'synonym' },
    ]);
  });

  // Taggers read "bail" after "Marsh's" as a verb; and "what is X's bail" asks for his bail, not what bail is.
  it('"what is Colin Marsh\'s bail?" is answered from the sentence giving his bond', async () => {
    const answer = await corpus.engine.ask("What is Colin Marsh's bail?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/\$5,000 bond/u);
  });

  it('"how big was his bail?": after a possessive pronoun too, "bail" is a noun, and stands for the bond', async () => {
    const answer = await corpus.engine.ask('How big was his bail?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/\$5,000 bond/u);
  });
});
