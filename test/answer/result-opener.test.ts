import { describe, expect, it } from 'vitest';
import { followsFromBefore, namesWhatCameBefore } from '../../src/answer/result-opener.ts';

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

describe('sentences that name what the sentence before described', () => {
  it.each([
    'This method is called tax increment financing, or TIF.',
    'That is known as a sweep account.',
    'This kind of loan is referred to as a bridge loan.',
    'It is called a moratorium.',
    'Security researchers call this double extortion.',
    'Analysts have dubbed it the quiet default.',
  ])('"%s" names it', (text) => {
    expect(namesWhatCameBefore(text)).toBe(true);
  });

  it.each([
    'The method is called into question by the audit.',
    'This bill was called up for a vote on Tuesday.',
    'Tax increment financing is a way to pay for projects from future tax growth.',
    'The union will call a strike vote this week.',
  ])('"%s" does not', (text) => {
    expect(namesWhatCameBefore(text)).toBe(false);
  });
});
