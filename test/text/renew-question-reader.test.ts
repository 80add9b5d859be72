import { expect, it } from 'vitest';
import { nlp, renewQuestionReader } from '../../src/text/nlp.ts';

it('reads the next question with a fresh wink-nlp instance after renewQuestionReader', () => {
  const before = nlp();
  expect(nlp()).toBe(before);
  renewQuestionReader();
  expect(nlp()).not.toBe(before);
});
