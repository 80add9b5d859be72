import { describe, expect, it } from 'vitest';
import { endsLikeSentence, splitBlocks } from '../../src/corpus/blocks.ts';
import { furnitureOf } from '../../src/corpus/line-furniture.ts';

const texts = (body: string): string[] => splitBlocks(body).map((b) => b.text.replace(/\s*\n\s*/gu, ' '));

// A story pasted from a browser's print view: wrapped at about 70 characters, a page footer between paragraphs.
const PRINTED = [
  'The Haverlin-Kettle Regional Airport reopened at 6 a.m. Saturday, nine',
  "days after Mount Veyra's eruption shut it down, as crews finished",
  'scraping ash off its runway and the first commercial flight since',
  'April 23 touched down shortly after 8 a.m.',
  '',
  'Skyreach Airways Flight 412 from the state capital landed at 8:07 a.m.',
  'with 61 passengers aboard, many of them Haverlin residents who had',
  'been stranded away from home when the volcano erupted.',
  '',
  'https://www.beacon.example/news/haverlin-airport-reopens/article_7c41.html\t5/3/26, 8:41 AM',
  'Page 1 of 3',
  '',
  'Crews removed ash from the runway, taxiways and parking areas using',
  '- street sweepers borrowed from three cities',
  '- a fleet of dump trucks',
].join('\n');

describe('splitBlocks: paragraphs of a body', () => {
  it('joins a text wrapped at a fixed width back into its paragraphs, whatever a line starts or ends with', () => {
    const blocks = texts(PRINTED);
    expect(blocks[0]).toBe(
      "The Haverlin-Kettle Regional Airport reopened at 6 a.m. Saturday, nine days after Mount Veyra's eruption " +
        'shut it down, as crews finished scraping ash off its runway and the first commercial flight since April 23 ' +
        'touched down shortly after 8 a.m.',
    );
    expect(blocks[1]).toMatch(/^Skyreach .* 8:07 a\.m\. with 61 passengers .* erupted\.$/u);
  });

  it('keeps a rule drawn in characters, and a header every printed page repeats, out of the paragraphs', () => {
    const rule = '='.repeat(50);
    expect(texts(`${rule}\nEXAMPLE SOUND\nThe newsletter of Example Community Council\n${rule}\n\n${PRINTED}`)[0]).toBe(
      rule,
    );
    const header = '19/05/2026, 08:52 Workers: what you are owed and how to claim | Example Live';
    const paged = [header, PRINTED, header, PRINTED, header, PRINTED].join('\n');
    expect(texts(paged).filter((t) => t === header)).toHaveLength(3);
  });

  it("joins a print's wrapped lines though its running header and footer's address are wider than them", () => {
    // Chrome's print: the date, time and "Headline | Site" over every page, the address and page count under it.
    const header =
      '07/03/2026, 08:47 Repair bill for the burst canal bank put at £3.4m as trust admits delay | Example Standard';
    const footer = (n: number): string =>
      `https://www.standard.example/news/canal-breach-repair-bill-put-at-3-4m ${n}/3`;
    const prose = [
      PRINTED.split('\n\n').slice(0, 2).join('\n\n'),
      [
        'The trust said its engineers had found a path for water along the outside',
        'of the brick culvert under the bank, washing out material for months',
        'until the embankment gave way in the early hours of Wednesday.',
      ].join('\n'),
      [
        'Households whose homes were flooded are being offered a hardship payment',
        'by the trust, and the district council said flooded properties would',
        'get council tax relief for at least three months from this week.',
      ].join('\n'),
    ];
    const blocks = texts(prose.flatMap((text, n) => [header, '', text, '', footer(n + 1)]).join('\n'));
    expect(blocks).toContain(
      'Skyreach Airways Flight 412 from the state capital landed at 8:07 a.m. with 61 passengers aboard, many of ' +
        'them Haverlin residents who had been stranded away from home when the volcano erupted.',
    );
  });

  it('parts pages at a form feed, as PDF-to-text leaves them, and joins a line opening on a year', () => {
    const footer = 'EXR-2026-117 Rev 1              Public version              Page 1 of 8';
    const page = (n: number): string =>
      [
        `We estimate that redesigned mooring system ${n} cannot be installed before August`,
        `2027. This is a delay of about ${n + 13} months to the demonstration programme, the`,
        `longest the trust has had to announce since harbour works phase ${n} was begun.`,
        footer,
      ].join('\n');
    const blocks = texts([page(1), page(2), page(3)].join('\f'));
    expect(blocks).toContain(footer);
    expect(blocks[0]).toMatch(/^We estimate .* August 2027\. This is .* begun\.$/u);
  });

  it("keeps a print page's line set out in columns apart from the line after it", () => {
    const issue = 'VOL. 131, NO. 337                              $2.00';
    const page = `${issue}\nEXAMPLE'S DAILY NEWSPAPER SINCE 1894\n\n${PRINTED}`;
    expect(texts(page).slice(0, 2)).toEqual([issue, "EXAMPLE'S DAILY NEWSPAPER SINCE 1894"]);
  });

  it('keeps a print footer and the list items of a wrapped text apart', () => {
    const blocks = texts(PRINTED);
    expect(blocks).toContain('Page 1 of 3');
    expect(blocks).toContain('- street sweepers borrowed from three cities');
    expect(blocks).toContain('- a fleet of dump trucks');
  });

  it('keeps the lines of a saved page apart: each is a paragraph, a caption or a button', () => {
    const page = [
      'The Harbor Street bridge will close for six weeks starting April 1 so crews can replace its deck, the city said.',
      'Tom Alvarez, the city engineer, said detours would add about 10 minutes to commutes across the harbor.',
      'Photo: The Harbor Street bridge on Monday.',
    ].join('\n');
    expect(texts(page)).toHaveLength(3);
  });
});

/** Words set in a column this wide, the last line of each paragraph short, as a print page read from its scan. */
const column = (paragraphs: readonly string[], width = 40): string[] =>
  paragraphs.flatMap((paragraph) => {
    const lines: string[] = [''];
    for (const word of paragraph.split(' ')) {
      const line = lines[lines.length - 1]!;
      if (line && line.length + word.length + 1 > width) lines.push(word);
      else lines[lines.length - 1] = line ? `${line} ${word}` : word;
    }
    return lines;
  });

describe('a print page read from its scan, set in narrow columns', () => {
  const story = [
    'Police investigating alleged match-fixing in the league arrested three men in dawn raids yesterday, a day after ' +
      'the league suspended the referee who took charge of both matches under review this month.',
    'Officers from the economic crime unit searched five addresses shortly after 6 a.m. and seized cash, mobile ' +
      'devices and documents, the detective leading the inquiry said at a briefing in the afternoon.',
    'All three men were being held for questioning last night and the league said it would cooperate fully with the ' +
      'police inquiry, which it expects to last several more weeks.',
    'The club that lost the first match said it would ask the league to replay it, and its chairman said the ' +
      'supporters who travelled to the game deserved a refund of their tickets and their coach fares.',
    'The referee, who has not commented since his suspension, is due to be interviewed by detectives next week, his ' +
      'lawyer said, adding that his client denied any wrongdoing.',
  ];

  it('joins the paragraphs back from their lines, a short last line closing one', () => {
    const blocks = texts(column(story).join('\n'));
    // A paragraph whose last line fills the column runs on into the next: no sentence is cut either way.
    expect(blocks.join(' ')).toBe(story.join(' '));
    expect(blocks.every((block) => /\.$/u.test(block))).toBe(true);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps apart the lines of a page whose every line is a paragraph, a caption or a button', () => {
    const page = ['Home', 'News', 'Sport', ...story, 'Photo: Officers at one of the addresses.', 'Share'];
    expect(texts(page.join('\n'))).toEqual(page);
  });
});

describe("a print view's footer is page furniture", () => {
  it.each([
    ['link-line', 'https://www.beacon.example/news/haverlin-airport-reopens/article_7c41.html\t5/3/26, 8:41 AM'],
    ['link-line', 'https://www.standard.example/news/canal-breach-repair-bill 2/4'],
    ['page-chrome', 'Page 2 of 3'],
  ])('%s: %s', (kind, line) => expect(furnitureOf(line)).toBe(kind));
});

describe('endsLikeSentence: where a paragraph ends as a sentence does', () => {
  it.each([
    ['a full stop', 'The council met again on Tuesday.', true],
    ["a post's emoji after its last word", "Example Bay, I'm coming home 💛", true],
    ["a post's tags after its closing emoji or stop", 'First show is on Sunday 💛 #panto #buttons', true],
    ['tags after a full stop', 'The show goes on. #panto', true],
    ['an emoji alone', '👍', false],
    ["a forum post's number after its time", '09-03-2026, 08:14 PM: #1', false],
    ['a label', 'Related stories', false],
  ])('%s', (_, text, ends) => {
    expect(endsLikeSentence(text)).toBe(ends);
  });
});

describe('a list item wrapped under its own text, as a PDF or a leaflet sets it', () => {
  it("joins an item's indented lines that carry on its sentence", () => {
    const leaflet = [
      '•   Tooth decay is the most common',
      '    reason children aged 6 to 10',
      '    end up in hospital.',
      '',
      '1.  This document records the decision of the',
      '    council on the application.',
    ].join('\n');
    expect(texts(leaflet)).toEqual([
      '•   Tooth decay is the most common reason children aged 6 to 10 end up in hospital.',
      '1.  This document records the decision of the council on the application.',
    ]);
  });

  it("joins a report's numbered paragraph and a form's field wrapped under their text, past a sentence's end", () => {
    const decision = [
      'Decision maker:       Councillor Ann Example, Cabinet Member for Economy',
      '                      and Regeneration',
      'Date of decision:     5 March 2026',
      '',
      '2.1   The market ran a deficit of £310,000 in 2024/25.',
      '      Stall charges have not risen since 2019.',
      '4.1   Ward councillors for Abbey (Cllr I.',
      '      Example and Cllr G. Sample); Director of Finance.',
    ].join('\n');
    expect(texts(decision)).toEqual([
      'Decision maker:       Councillor Ann Example, Cabinet Member for Economy and Regeneration',
      'Date of decision:     5 March 2026',
      '2.1   The market ran a deficit of £310,000 in 2024/25. Stall charges have not risen since 2019.',
      '4.1   Ward councillors for Abbey (Cllr I. Example and Cllr G. Sample); Director of Finance.',
    ]);
    // A figure opening a wrapped line is no paragraph's number.
    expect(texts('The council said the cost had risen to\n4.1 million pounds over the year.')).toHaveLength(2);
  });

  it("keeps a record's fields, a list within the list and a table's rows apart", () => {
    const record = ['- Case ref: 42AK0318926', '  Prosecutor: CPS', '  Defendant: ROE, Jane'].join('\n');
    expect(texts(record)).toHaveLength(3);
    const nested = ['• Total borrowings of £1.87m', '  – Bank term loan: £1.24m', '  – Debentures: £380,000'].join(
      '\n',
    );
    expect(texts(nested)).toHaveLength(3);
    const table = ['  - returned to theatre        9     2     11', '  Died within 30 days          2     0      2'];
    expect(texts(table.join('\n'))).toHaveLength(2);
  });
});
