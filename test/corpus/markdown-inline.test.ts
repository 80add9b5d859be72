import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/corpus/markdown-inline.ts';

describe('plainMarkdown: a clipped page reads as its words', () => {
  it.each([
    [
      'a link is its words',
      'The shortage began when [Norstrand paused the pens](https://example.com/a_(b)) on Sept. 22.',
      'The shortage began when Norstrand paused the pens on Sept. 22.',
    ],
    ['an image goes', '![A crew installs a light (Ledger photo)](https://example.com/a.jpg)', ''],
    [
      "a note app's link is its words",
      'Brannigan joined [[Ashgrove Mountain Co.]] in 2003.',
      'Brannigan joined Ashgrove Mountain Co. in 2003.',
    ],
    ['or its alias', 'She left [[Ashgrove Mountain Co.|Ashgrove]] in 2011.', 'She left Ashgrove in 2011.'],
    ['a highlight is its words', '==Kallas joins the board on Nov. 15.==', 'Kallas joins the board on Nov. 15.'],
    ["a callout's type and its quotation mark go", '> [!quote] Reid Kallas, Stonebrook', 'Reid Kallas, Stonebrook'],
    // An interview's speakers and a species' name quote as their words, not "**MH:**" or "*Alexandrium*".
    ['bold words are their words', '**MH:** Almost entirely one species.', 'MH: Almost entirely one species.'],
    [
      'italic words are their words',
      'It is *Alexandrium catenella*, or _A. catenella_.',
      'It is Alexandrium catenella, or A. catenella.',
    ],
    [
      'a bullet, a footnote star and snake_case are no emphasis',
      '* Costs rose 4%* in snake_case_names',
      '* Costs rose 4%* in snake_case_names',
    ],
    [
      "a wiki page's footnote marks and edit links go",
      'Background[edit]\nIt employs 320 people.[2][3] The count rose to 19,[a] officials said.[citation needed]',
      'Background\nIt employs 320 people. The count rose to 19, officials said.',
    ],
    ['a heading that asks is its question', '## What is dravolone?', 'What is dravolone?'],
    ['but a heading that names a section stays a heading', '## The original plan', '## The original plan'],
  ])('%s', (_, text, plain) => {
    expect(plainMarkdown(text)).toBe(plain);
  });

  it.each([
    '- [Norstrand pauses Lumiglar pens](https://example.com/a)',
    '**Related:** [Board approves the plan](https://example.com/a) · [How Mondays work](https://example.com/b)',
    '[Share](https://example.com/s) · [Gift this article](https://example.com/g)',
    '[Court tosses the rental ban](https://example.com/c) (The Corriden Courier)',
  ])('drops a line that is only links: %s', (line) => {
    expect(plainMarkdown(`Before.\n${line}\nAfter.`)).toBe('Before.\n\nAfter.');
  });

  it('keeps a sentence that opens with a link', () => {
    const line = '[Norstrand paused the pens](https://example.com/a) on Sept. 22, the company said.';
    expect(plainMarkdown(line)).toBe('Norstrand paused the pens on Sept. 22, the company said.');
  });

  it("reads a word processor's document converted to Markdown: escapes, spans with attributes, line breaks", () => {
    const converted = [
      'Each candle costs around \\$9 and the temperature fell to \\-4 °C at [Domaine Roe]{.underline}.\\',
      '[Some growers cannot repay their loans.]{.mark} *Cardell*{.underline} is one of them.',
    ].join('\n');
    expect(plainMarkdown(converted)).toBe(
      'Each candle costs around $9 and the temperature fell to -4 °C at Domaine Roe.\n' +
        'Some growers cannot repay their loans. Cardell is one of them.',
    );
  });

  it("reads Google Docs' Markdown: an image by reference, and headings with their identifiers", () => {
    const exported = '![][image1]\n\n# **Council confirms the plan** {#council-confirms-the-plan}\n\nThe council met.';
    expect(plainMarkdown(exported)).toBe('\n\n# Council confirms the plan\n\nThe council met.');
  });

  it("reads a page pandoc converted to Markdown: its boxes' fences, headings' classes, a list of links dropped", () => {
    const converted = [
      '::: {.article-meta}',
      '[By Jo Roe, Health Editor]{.byline}',
      ':::',
      '![Samples in a laboratory.](https://img.example/lab.jpg){.lead-image}',
      '## What the recall found {#recall .subhead}',
      'The analyser gave wrong results for six months.',
      '### Most viewed {.rail-heading}',
      '1.  [Junior doctors announce fresh strike dates](https://news.example/strike)',
    ].join('\n');
    expect(plainMarkdown(converted)).toBe(
      '\nBy Jo Roe, Health Editor\n\n\n## What the recall found\nThe analyser gave wrong results for six months.\n' +
        '### Most viewed\n',
    );
  });

  it("reads a quotation's lines without their marks, as a note pasting an article quotes it", () => {
    const note = '> ### Council fined over the spill\n>\n> The council was fined £1.8m on Thursday.\n> > Nested words.';
    expect(plainMarkdown(note)).toBe(
      '### Council fined over the spill\n\nThe council was fined £1.8m on Thursday.\nNested words.',
    );
  });

  it('leaves text without Markdown marks as it is', () => {
    const text = 'The council voted 5-2 [sic] on Tuesday; x == y is no highlight.';
    expect(plainMarkdown(text)).toBe(text);
  });
});
