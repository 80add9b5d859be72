import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// The coverage uses the word "age" elsewhere, but gives Stroud's age the way news prose does: "Stroud, 47,".
const ARTICLE = `# Stroud concedes county race

Published November 24, 2025

Gavin Stroud conceded the county executive race on Monday. Stroud, 47, said he would return to his roofing business.

The county lowered its voting age for school board races last year.
`;

const corpus = useCorpusEngine({ 'stroud-concedes.md': ARTICLE });

describe('a noun naming only the kind of value ("age") is not a word the answer must hold', () => {
  it.each(["What is Gavin Stroud's age?", 'What is the age of Gavin Stroud?', 'How old is Gavin Stroud?'])(
    '%s',
    async (question) => {
      const answer = await corpus.engine.ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toContain('Stroud, 47');
    },
  );
});
