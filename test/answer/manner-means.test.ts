import { describe, expect, it } from 'vitest';
import { useCorpusIndex } from '../support/corpus-engine.ts';
import { rankFor } from '../../src/answer/answer-question.ts';

const ARTICLE = `# Hackers hit county hospital system

Published May 2, 2026

The county hospital system has hired an outside firm to investigate how the attackers got into its network.

The attackers got into the network through a remote-access account that belonged to a billing contractor.

The system said the attack was first noticed by a night-shift technician on Sunday.
`;

const corpus = useCorpusIndex({ 'attack.md': ARTICLE });

const fitOf = (question: string, start: string) =>
  rankFor(corpus.index, question).find((c) => c.passage.text.startsWith(start))?.features.fit;

describe('a "how did" question is answered by the means: "through", "via", "using", "by" doing something', () => {
  it('the sentence that says through what the attackers got in fits better than one that only asks how', () => {
    const means = fitOf('how did the attackers get into the network?', 'The attackers got into the network through');
    const asks = fitOf('how did the attackers get into the network?', 'The county hospital system has hired');
    expect(means).toBeGreaterThan(asks!);
  });

  it('a passive\'s agent ("noticed by a technician") is no means', () => {
    const agent = fitOf('how did the attackers get into the network?', 'The system said the attack was first noticed');
    expect(agent).toBeLessThan(1);
  });
});
