import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { analyzeFor, rankFor } from '../../src/answer/answer-question.ts';

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

// A transport authority named in full only, and a department whose initials write its small word in lower case.
const TRAM = `# Tram extension wins its funding vote

Published March 10, 2026

The Department for Transport has put the benefit-cost ratio of the tram extension at 3.1, officials said.

Transport for Example's board voted 8-3 on Tuesday to build the extension.
`;

const tram = useCorpusIndex({ 'tram.md': TRAM });

describe('initials that write a small word\'s letter in lower case ("DfT", "TfE")', () => {
  it('stand for the name the coverage writes out, the small word left out as its terms leave it', () => {
    const question = 'what benefit cost ratio did the DfT give the scheme?';
    const initials = analyzeFor(tram.index, question).terms.find((t) => t.term === 'dft');
    expect(initials?.alternatives.map((a) => a.terms.join(' '))).toContain('depart transport');
    expect(rankFor(tram.index, question)[0]?.features.names).toBe(1);
  });
});
