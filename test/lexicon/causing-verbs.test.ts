import { describe, expect, it } from 'vitest';
import { isCausingVerb } from '../../src/lexicon/causing-verbs.ts';

describe('verbs of causing, from WordNet', () => {
  it('a verb whose first sense is a way of causing', () => {
    for (const verb of ['cause', 'trigger', 'prompt', 'force']) expect(isCausingVerb(verb, false), verb).toBe(true);
  });

  it('"lead" causes only in a sense that is not its first ("led to")', () => {
    expect(isCausingVerb('lead', false)).toBe(false);
    expect(isCausingVerb('lead', true)).toBe(true);
  });

  it('making, building and saying are not causing', () => {
    for (const verb of ['make', 'build', 'say']) expect(isCausingVerb(verb, false), verb).toBe(false);
  });
});
