import { describe, expect, it } from 'vitest';
import { metaQuestionOf } from '../../src/question/meta-question.ts';

describe('questions about the coverage itself are told from questions about the story', () => {
  it.each([
    ['when was the article published?', 'published'],
    ['when did business insider publish its story?', 'published'],
    ['when did the wired story appear?', 'published'],
    ['when did it come out?', 'published'],
    ['when was the story first posted?', 'published'],
    ['when did the ledger write about the closure?', 'published'],
    ['when did cnn run its piece on the push for a national law?', 'published'],
    ['which outlets covered this?', 'outlets'],
    ['what sources do you have?', 'outlets'],
    ['which newspapers did it appear in?', 'outlets'],
    ['which sites are used?', 'outlets'],
    ['which outlet had the story about the state inspection', 'outlets'],
    ['who reported on the fire?', 'outlets'],
    ['who covered the story?', 'outlets'],
    ['who reported it?', 'outlets'],
  ])('"%s" asks about the coverage (%s)', (question, meta) => {
    expect(metaQuestionOf(question)).toBe(meta);
  });

  it.each([
    ['when did the first case appear?'],
    ['when did the ferry run again?'],
    ['when did the ferry run its first trip?'],
    ['when did the storm come out of the gulf?'],
    ['when did the heirs lawyer first write to the auction house'],
    ['when was the letter written?'],
    ['when did the bank post its first loss?'],
    ['who reported the suspected bird flu to the authorities?'],
    ['who covered the costs?'],
    ['which newspaper did the county end up choosing for its legal notices'],
    ['which websites were hacked?'],
  ])(
    '"%s" asks about the story: "appear", "run", "write", "post" and "report" need the coverage; a paper chosen: news',
    (question) => {
      expect(metaQuestionOf(question)).toBeNull();
    },
  );
});

describe('a greeting or a thank-you is not a question', () => {
  it.each([
    ['hi', 'greeting'],
    ['hello there!', 'greeting'],
    ['help', 'greeting'],
    ['what can you do?', 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much 🙏', 'thanks'],
  ])('"%s" is %s', (message, meta) => {
    expect(metaQuestionOf(message)).toBe(meta);
  });

  it.each([['thanks, and how long is the ban?'], ['hi, who runs the agency?'], ['help with rent: who gets it?']])(
    '"%s" asks something besides',
    (message) => {
      expect(metaQuestionOf(message)).toBeNull();
    },
  );
});
