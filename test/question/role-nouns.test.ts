import { describe, expect, it } from 'vitest';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

const ARTICLE = `# Harlan Freight names new leadership

Published March 3, 2025

Harlan Freight CEO Dana Whitcomb said on Monday that she would step down in June.

The company's finance director, Marek Olsson, will lead it until a successor is found.
`;

const corpus = useCorpusIndex({ 'harlan-freight.md': ARTICLE });
const bot = useCorpusEngine({ 'harlan-freight.md': ARTICLE });

describe('a role that closes a noun phrase is a noun, though the tagger reads an adjective', () => {
  it('"the chief of Harlan Freight" asks for a role of Harlan Freight', () => {
    const analyzed = analyzeFor(corpus.index, 'Who is the chief of Harlan Freight?');
    expect(analyzed.head).toBe('chief');
    expect(analyzed.attributeKind).toBe('role');
    expect(analyzed.setAside).not.toContain('chief');
  });

  it('is answered with the CEO the coverage names, though it never writes "chief"', async () => {
    const answer = await bot.engine.ask('Who is the chief of Harlan Freight?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Dana Whitcomb');
  });

  it('an adjective before the noun it modifies stays one ("the chief reason")', () => {
    const analyzed = analyzeFor(corpus.index, 'What is the chief reason Dana Whitcomb gave?');
    expect(analyzed.head).not.toBe('chief');
  });
});
