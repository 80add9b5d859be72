import { describe, expect, it } from 'vitest';
import { withoutLinkReferences, withoutLinkTargets } from '../../src/corpus/link-references.ts';

const DUMP = `   Harbor Ledger[1]
     * News[2]

   The council met[3] on Tuesday and voted 5-2 to close the pier[4].

References

   Visible links:
    1. https://www.harborledger.com/
    2. https://www.harborledger.com/news/
    3. https://www.harborledger.com/council/
    4. https://www.harborledger.com/pier/
`;

describe("a page saved by a terminal browser loses the browser's link marks and address list", () => {
  it('drops "[3]" after the linked words and the numbered addresses at the end', () => {
    const text = withoutLinkReferences(DUMP);
    expect(text).toContain('The council met on Tuesday and voted 5-2 to close the pier.');
    expect(text).not.toMatch(/\[\d+\]|https:|Visible links/u);
  });

  it('drops a mark lynx sets before the linked words ("By [19]Jas Whitcombe")', () => {
    const dump = [
      '   By [19]Jas Whitcombe',
      '',
      '   The council met on Tuesday and voted 5-2 to [20]close the pier.',
      '',
      'References',
      '',
      '   19. https://www.harborledger.example/authors/jas-whitcombe/',
      '   20. https://www.harborledger.example/pier/',
      '',
    ].join('\n');
    const text = withoutLinkReferences(dump);
    expect(text).toContain('By Jas Whitcombe');
    expect(text).toContain('voted 5-2 to close the pier.');
    expect(text).not.toMatch(/\[\d+\]|https:/u);
  });

  it('keeps an article\'s own "References" and its bracketed figures when no address list follows', () => {
    const article = 'The study[1] found a rise.\n\nReferences\n\n1. Roe, J. (2024). Harbor silt.\n';
    expect(withoutLinkReferences(article)).toBe(article);
  });
});

describe("a page saved as text files loses the addresses after its links' words", () => {
  it('drops "<https://…>" and "<mailto:…>" after words, keeping the words', () => {
    const page = [
      'Skip to content <https://www.ledger.example/a#main>',
      'By Jane Roe <https://www.ledger.example/authors/jane-roe>, Reporter',
      'The council voted 5-2 to close the pier.',
      '[Email this article] <mailto:?subject=Pier>',
    ].join('\n');
    expect(withoutLinkTargets(page)).toBe(
      'Skip to content\nBy Jane Roe, Reporter\nThe council voted 5-2 to close the pier.\n[Email this article]',
    );
  });

  it('keeps a note that quotes an address or two', () => {
    const note = 'Read the report <https://council.example/report.pdf> before the vote.\n<https://council.example/>';
    expect(withoutLinkTargets(note)).toBe(note);
  });
});
