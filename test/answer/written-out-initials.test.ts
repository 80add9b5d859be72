import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

// An article about a company, in which a civil liberties group, named in full, judges the company's pause.
const PAUSE = `# Harlow Systems pauses sales of its camera software to police

Published June 10, 2026

Harlow Systems said on Wednesday it would stop selling its camera software to police for a year.

Harlow Systems did not say whether the pause applies to federal agencies.

Harlow Systems has sold the software to police since 2019, and Harlow Systems shares rose on the news.

The American Civil Liberties Union in Seattle says it questions whether the pause is enough.
`;

const corpus = useCorpusIndex({ 'pause.md': PAUSE });

describe('a name the question gives by its initials ("the ACLU") and the sentence writes out', () => {
  it("is the sentence's own: what it says is the group's, not the article subject's", () => {
    const ranked = rankFor(corpus.index, 'Does the ACLU think the pause is enough?');
    const group = ranked.find((c) => c.passage.text.startsWith('The American Civil Liberties Union'));
    expect(group?.relation.link).not.toBe(-1);
  });
});
