import { describe, expect, it } from 'vitest';
import { dateInUrl } from '../../src/corpus/article-url.ts';

describe('the date an address files an article under', () => {
  it.each([
    ['https://example.com/news/2024/06/03/harbor-wall', '2024-06-03'],
    ['https://example.com/news/2024-06-03/harbor-wall', '2024-06-03'],
    ['https://example.com/uk-news/2026/mar/07/dogs-poisoned', '2026-03-07'],
    ['https://example.com/uk-news/2026/June/07/dogs-poisoned', '2026-06-07'],
  ])('reads %s as %s, the month by number or by name', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });

  it.each([
    'https://example.com/news/2024/13/03/x',
    'https://example.com/news/2024/foo/03/x',
    'https://example.com/news/story-2024',
  ])('finds none in %s', (url) => {
    expect(dateInUrl(url)).toBeNull();
  });
});
