import { describe, expect, it } from 'vitest';
import { followsFromBefore } from '../../src/answer/result-opener.ts';

describe('sentences that open on the result of the sentence before', () => {
  it.each([
    'That meant no alarm sounded.',
    'This means the bridge stays closed.',
    "That's why the council voted again.",
    'As a result, the ferry stopped running.',
    'Because of that, prices rose.',
    'Consequently the plant closed.',
  ])('"%s" follows from the sentence before', (text) => {
    expect(followsFromBefore(text)).toBe(true);
  });

  it.each([
    'That decision was made in March.',
    'The result was announced on Monday.',
    'Thus far, no one has been charged.',
  ])('"%s" does not', (text) => {
    expect(followsFromBefore(text)).toBe(false);
  });
});
