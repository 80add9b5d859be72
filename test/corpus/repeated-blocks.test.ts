import { describe, expect, it } from 'vitest';
import { pageKeys, repeatedBlocks, type PageKeys } from '../../src/corpus/file-slice.ts';

const page = (outlet: string, ...texts: string[]): PageKeys =>
  pageKeys(
    outlet,
    texts.map((text) => ({ start: 0, end: text.length, text, afterBlank: true })),
  );

describe('paragraphs repeated across pages', () => {
  it('are those on two pages of one outlet or three of any, compared without case, quotes or spacing', () => {
    const repeated = repeatedBlocks([
      page('Harbor Ledger', 'Subscribe to our newsletter.', 'Sign up for alerts.', 'The port reopened.'),
      page('Harbor Ledger', 'SUBSCRIBE  to our newsletter.', 'Read more from the ‘Ledger’.'),
      page('Coastline Wire', 'Sign up for alerts.', "Read more from the 'Ledger'."),
      page('Bay Courier', 'Sign up for alerts.', 'The port reopened on Friday.'),
      page('Bay Courier', 'The port reopened.'),
    ]);
    expect([...repeated].sort()).toEqual(['sign up for alerts.', 'subscribe to our newsletter.']);
  });

  it('count a paragraph once per page, however often the page repeats it', () => {
    const repeated = repeatedBlocks([
      page('Harbor Ledger', 'Share this story.', 'Share this story.'),
      page('Coastline Wire', 'Share this story.'),
    ]);
    expect(repeated.size).toBe(0);
  });
});
