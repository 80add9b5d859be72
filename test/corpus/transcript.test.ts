import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const TRANSCRIPT = `Speaker 1  0:03
Is this on? Can you hear me at the back?

Jo Example  0:19
Good evening, everybody. I'm chairing tonight on behalf of Example Town Council.

Ann Roe  1:08
We are delaying the closure by six months.
The station will not close before March 2027.

Speaker 5  3:08
Six months, and then what?

Transcribed by https://otter.ai
`;

describe("a transcription app's transcript", () => {
  it('reads each turn as a paragraph opening on its speaker, untimed, titled as its file is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'transcript-'));
    await writeFile(join(dir, 'Example public meeting Memorial Hall.txt'), TRANSCRIPT);
    const [source] = (await loadCorpus(dir)).sources;
    expect(source?.title).toBe('Example public meeting Memorial Hall');
    const paragraphs = source!.paragraphs.map(([a, b]) => source!.text.slice(a, b));
    expect(paragraphs).toEqual([
      'Is this on? Can you hear me at the back?',
      "Jo Example: Good evening, everybody. I'm chairing tonight on behalf of Example Town Council.",
      'Ann Roe: We are delaying the closure by six months. The station will not close before March 2027.',
      'Six months, and then what?',
    ]);
  });
});
