import { describe, expect, it } from 'vitest';
import { useCorpusEngine } from '../support/corpus-engine.ts';

// An explainer answers the questions it sets as headings: the paragraph below a heading that asks is about what it
// asks, though its own words ("$4.50, up from $3.") hold none of the question's.
const EXPLAINER = `# Harbor ferry changes, explained

Published May 8, 2025

The Harbor Ferry Company will change its timetable next month after a year of falling ridership.

## What is the new weekend fare on the harbor ferry?

$4.50, up from $3. The company said weekend service no longer paid for itself.

## What happens to monthly passes?

Riders can return unused passes for a full refund at any ticket office.
`;

const corpus = useCorpusEngine({ 'explainer.md': EXPLAINER });

describe('an answer under a question heading', () => {
  it('answers the question the heading asks', async () => {
    const answer = await corpus.engine.ask('How much is the weekend fare on the harbor ferry now?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split('[1]')[0]).toContain('$4.50');
  });

  it('is never the heading itself, which only asks', async () => {
    const answer = await corpus.engine.ask('What happens to monthly passes?');
    expect(answer.answer).toContain('full refund');
    expect(answer.answer).not.toContain('##');
  });
});
