import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

const ARTICLE = `# Drummond port to reopen after storm

Published September 20, 2024

The storm pushed three feet of water over the docks at the Drummond port on Thursday.

"The piers held, and we expect the first ships back on Monday," said Ada Quill, the port's harbor master.

Dock workers spent Friday clearing debris from the main channel.
`;

const corpus = useCorpusEngine({ 'drummond-port.md': ARTICLE });

describe('"what did X say" is answered by X\'s words, when X is named by common words too', () => {
  it('the harbor master said something about the port', async () => {
    const answer = await corpus.engine.ask('What did the harbor master say about the Drummond port?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('The piers held');
  });

  it("no dock worker is quoted, so the harbor master's words are not theirs", async () => {
    const answer = await corpus.engine.ask('What did the dock workers say about the Drummond port?');
    expect(answer.abstained).toBe(true);
  });
});
