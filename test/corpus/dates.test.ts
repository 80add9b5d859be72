import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import {
  datelineOf,
  numericDateOrder,
  findDates,
  monthDayOf,
  nearestDate,
  toIsoDate,
  eitherWayDates,
} from '../../src/corpus/dates.ts';

describe('toIsoDate: dates as front matter and manifests write them', () => {
  it.each([
    ['2025-03-06', '2025-03-06'],
    ['2025-03-06T23:10:00Z', '2025-03-06'],
    ['March 6, 2025', '2025-03-06'],
    ['Mar. 6, 2025', '2025-03-06'],
    ['Mar 06, 2025', '2025-03-06'],
    ['Sept. 30, 2024', '2024-09-30'],
    ['6 March 2025', '2025-03-06'],
    ['6th of March, 2025', '2025-03-06'],
    ['Thu, 06 Mar 2025 09:30:00 GMT', '2025-03-06'],
    ['2025/3/6', '2025-03-06'],
    ['13/05/2026', '2026-05-13'],
    ['05/13/2026', '2026-05-13'],
    ['13.05.2026', '2026-05-13'],
    // A mail archive's stamp (C's ctime) puts the time and the zone between the day and the year.
    ['Thu Oct 22 07:52:13 BST 2026', '2026-10-22'],
    ['Oct 2 07:52 2026', '2026-10-02'],
  ])('%s → %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it("reads ISO 8601's basic format, as some pages' metadata writes a date", () => {
    expect(toIsoDate('20260314')).toBe('2026-03-14');
    expect(toIsoDate('20260314T091500Z')).toBe('2026-03-14');
    expect(toIsoDate('20261399')).toBeNull();
  });

  it('reads Date objects and rejects impossible or ambiguous dates', () => {
    expect(toIsoDate(new Date(Date.UTC(2025, 2, 6)))).toBe('2025-03-06');
    expect(toIsoDate('February 30, 2025')).toBeNull();
    expect(toIsoDate('03/06/2025')).toBeNull();
    expect(toIsoDate('Ordinance 2022-41')).toBeNull();
    expect(toIsoDate(42)).toBeNull();
  });

  it('finds every date in a text, in reading order', () => {
    const dates = findDates('Filed 6 March 2025, heard on April 2, 2025.').map((d) => d.iso);
    expect(dates).toEqual(['2025-03-06', '2025-04-02']);
  });
});

describe('datelineOf: lines that only say when', () => {
  it.each([
    ['Mar 05, 2025', '2025-03-05', null],
    // A broadcast's transcript is dated by when it aired.
    ['Aired March 5, 2025 - 07:32 ET', '2025-03-05', null],
    ['Air date: Wednesday, March 5, 2025', '2025-03-05', null],
    // A written question's answer is dated by the day it was answered.
    ['Answered on: 10 March 2026', '2026-03-10', null],
    // A court's list by the day it sits; a report by its labelled date.
    ['Sitting date: Wednesday 20 May 2026', '2026-05-20', null],
    // A board paper by its meeting's date.
    ['Date of meeting:            26 March 2026', '2026-03-26', null],
    // A template that runs its label into the figures.
    ['14:32, 13 MAR 2026Updated09:10, 14 MAR 2026', '2026-03-13', '2026-03-14'],
    ['Release date: 3 March 2026', '2026-03-03', null],
    // Who posted it between the label and the day, set apart by a comma.
    ['Posted by Dave Example, 12 April 2026', '2026-04-12', null],
    // A blog's post dated above its tags.
    ['2026-02-21 · tags: aviation-archaeology, ww2, coast', '2026-02-21', null],
    // A read-later app's copy, dated by when the article went out, not when it was saved.
    ['Published 8 May 2026 · Saved 10 May 2026, 21:37 · 6 min read', '2026-05-08', null],
    // A register's entry, dated by when it was first listed.
    ['Date first listed: 27-Feb-2026', '2026-02-27', null],
    // A day, a month's short name and a year set apart by hyphens, as a science-news service dates a release.
    ['16-Jun-2026', '2026-06-16', null],
    // A mail archive dates each message as its server stamped it.
    ['Thu Oct 22 07:52:13 BST 2026', '2026-10-22', null],
    ['March 5, 2025', '2025-03-05', null],
    ['5 March 2025', '2025-03-05', null],
    ['2025-03-05', '2025-03-05', null],
    ['*March 5, 2025*', '2025-03-05', null],
    ['Tuesday, March 4, 2025', '2025-03-04', null],
    ['Mar. 6, 2025, 4:15 PM EST', '2025-03-06', null],
    ['Nov. 2, 2024 - 6:14 p.m. EDT', '2024-11-02', null],
    ['Posted on March 8, 2025, at 7:40 p.m. ET', '2025-03-08', null],
    ['Published 8:05 a.m. CT Feb. 4, 2025 | Updated 11:40 a.m. CT Feb. 5, 2025', '2025-02-04', '2025-02-05'],
    ['Updated March 9, 2025 | Published March 8, 2025', '2025-03-08', '2025-03-09'],
    ['Published 6:12 p.m. ET Apr. 16, 2025 Updated 8:40 a.m. ET Apr. 17, 2025', '2025-04-16', '2025-04-17'],
    ['Updated Mar. 9, 2025', null, '2025-03-09'],
    ['Last updated: 9 March 2025', null, '2025-03-09'],
    ['13 March 2026, 6:05am (updated 9:40am)', '2026-03-13', null],
    ['Publicad | Published: 7 May 2026 16:20', '2026-05-07', null],
    ['13 March 2026, 6:05am (updated 14 March 2026)', '2026-03-13', '2026-03-14'],
    ['Sept. 8, 2026 · Updated 3:47 p.m. CT', '2026-09-08', null],
    // An update told as a time before now, which a saved page no longer dates.
    ['August 7, 2026 9:14 PM UTC · Updated 2 hours ago', '2026-08-07', null],
    // A paper's edition and cover price beside its day.
    ['e-Edition  |  Wednesday, August 26, 2026', '2026-08-26', null],
    ['WEDNESDAY, AUGUST 26, 2026 · VOL. 141, NO. 238 · $2.00', '2026-08-26', null],
    ['13/05/2026 | 6 min read', '2026-05-13', null],
    ['Published: 2025-03-05T14:05:00Z', '2025-03-05', null],
    ['Posted on March 5, 2025 by Jane Roe', '2025-03-05', null],
    // A club's site files its posts in a section.
    ['Posted in Club News on January 15, 2026', '2026-01-15', null],
    ['Wed 5 Mar 2025 10.15 GMT', '2025-03-05', null],
    ['First published on Wed 5 Mar 2025 10.15 GMT', '2025-03-05', null],
    ['Wed, 05 Mar 2025 14:05:00 GMT', '2025-03-05', null],
    // An episode's running time and a newsletter's issue stand beside their date.
    ['January 27, 2026 · 41 min 18 sec', '2026-01-27', null],
    ['Tuesday 15 September 2026 | Issue No. 412', '2026-09-15', null],
    // A court's opinion is dated by when it was decided, not when the case was argued.
    ['Argued May 12, 2026 -- Decided October 15, 2026', '2026-10-15', null],
    // A press release by the day it went out.
    ['FOR IMMEDIATE RELEASE: Tuesday, August 25, 2026', '2026-08-25', null],
    // A decision or letter is dated where it was signed.
    ['Lausanne, 23 March 2026', '2026-03-23', null],
    ['Port Ellery, March 23, 2026', '2026-03-23', null],
    // A time set beside the date by a bar or a dot, and a zone with its offset.
    ['16.03.2026 | 07:15', '2026-03-16', null],
    ['17 March 2026 · 07:05', '2026-03-17', null],
    ['June 22, 2026 4:17 PM GMT+2', '2026-06-22', null],
    // Dots are written day-first, whatever the day; a time of day may close the line without its zone.
    ['Published 11.08.2026 19:05 · Updated 11.08.2026 21:40', '2026-08-11', '2026-08-11'],
    ['Sun 9 Aug 2026 14.32', '2026-08-09', null],
    // A video page's views beside the day it was streamed.
    ['6,419 views  Streamed live on 10 Jun 2026', '2026-06-10', null],
  ])('%s', (line, published, updated) => {
    expect(datelineOf(line)).toEqual({ published, updated });
  });

  it.each([
    'The bridge will reopen on Sept. 30, 2021, after crews replace the cables.',
    'In a May 2, 2023 memo, the director warned of crew shortages.',
    'Published by the city on March 8, 2025 and widely shared',
    'Posted on March 8, 2025 by the council after a long debate',
    'Grandville library workers end 12-day strike',
    'Lausanne said, 23 March 2026',
    // "Argued May 12, 2026" is when a court heard a case; without a date, "heard" opens a sentence.
    'heard the contractor knew about the shells for a month',
    'The panel met in Lausanne, 23 March 2026',
    // Tags alone are no dateline.
    'Tags: Calloway House, balconies, costs, council',
  ])('is not fooled by prose: %s', (line) => {
    expect(datelineOf(line)).toBeNull();
  });

  it('reads no birthday as a page\'s date: a register\'s "DOB" is no time zone', () => {
    expect(datelineOf('DOB 11/09/2001', 'day')).toBeNull();
    expect(datelineOf('Date of birth: 11/09/2001', 'day')).toBeNull();
  });
});

describe("a site header's date strip", () => {
  it('dates a page nothing else dates, as the page was saved the day it ran', () => {
    const strip = 'Wednesday, August 19, 2026 | E-Paper | Subscribe | Sign in';
    const page = `THE EXAMPLE TRIBUNE\n${strip}\n${'Body. '.repeat(3)}`;
    const metadata = inferMetadata(splitBlocks(page), {
      file: '001_aff573dca8604d1b.txt',
      title: null,
      url: null,
      authors: [],
    });
    expect(metadata.published).toBe('2026-08-19');
  });
});

describe('a page printed to PDF', () => {
  it('is dated by the byline inside its block of headline, deck and byline lines', () => {
    const top = [
      '3/21/26, 9:14 AM    Bus company disputes firing – The Example Dispatch',
      '',
      'Bus company disputes firing',
      "The company's lawyers call the termination wrongful and put the lost contract at",
      'more than $33 million.',
      'By Ann Lee | March 20, 2026 | 7 min read',
    ].join('\n');
    const known = {
      file: 'Bus company disputes firing – The Example Dispatch.txt',
      title: null,
      url: null,
      authors: [],
    };
    const metadata = inferMetadata(splitBlocks(`${top}\n\n${'Body text of the story. '.repeat(4)}`), known);
    expect(metadata).toMatchObject({ published: '2026-03-20', title: 'Bus company disputes firing' });
  });
});

describe('a page that prints no date', () => {
  it('is dated by the day its own address is filed under', () => {
    const link = 'https://www.example-gazette.example/news/2026/03/19/airport-to-spend-on-drone-defences/';
    const page = `EXAMPLE GAZETTE\nAirport to spend on drone defences\n${'Body. '.repeat(3)}\nCanonical: ${link}`;
    const known = { file: '003_5b2f9e6c0a7d3184.txt', title: null, url: null, authors: [] };
    expect(inferMetadata(splitBlocks(page), known).published).toBe('2026-03-19');
  });

  it('is dated by the day a blog or a catalogue writes before the slug ("/2026-06-24-old-masters/")', () => {
    const link = 'https://www.example-auctions.example/en/auctions/2026-06-24-old-masters/lot-112';
    const page = `EXAMPLE AUCTIONS\nLot 112: a marine painting\n${'Body. '.repeat(3)}\nCanonical: ${link}`;
    const known = { file: 'lot-112.txt', title: null, url: null, authors: [] };
    expect(inferMetadata(splitBlocks(page), known).published).toBe('2026-06-24');
  });
});

describe('a chat exported from a messaging app', () => {
  const chat = [
    '12/03/2026, 09:14 - Messages and calls are end-to-end encrypted.',
    '12/03/2026, 09:14 - Jane Roe: Morning all, bins are Friday this week',
    '14/03/2026, 10:58 - John Doe: Anyone know what is going on at the ice rink?',
    '14/03/2026, 11:04 - Jane Roe: Something leaked in the plant room, everyone is out',
  ].join('\n');
  const known = { file: 'WhatsApp Chat with Example Neighbours.txt', title: null, url: null, authors: [] };

  it("is the chat's its file is named for, dated by its first message, day or month first as its stamps show", () => {
    expect(inferMetadata(splitBlocks(chat), known)).toMatchObject({
      outlet: 'Example Neighbours',
      title: 'WhatsApp Chat with Example Neighbours',
      published: '2026-03-12',
    });
  });

  it("is dated by its first message, not by the app's notice of the group's making years before", () => {
    const made = ['14/09/2024, 18:02 - Jane Roe created group "Example Neighbours"', chat].join('\n');
    expect(inferMetadata(splitBlocks(made), known).published).toBe('2026-03-12');
  });

  it('is no chat when only a line or two of a story are stamped so', () => {
    const page = `EXAMPLE GAZETTE\n\n${chat.split('\n')[1]}\n\nThe council voted on Tuesday to delay the plan.`;
    expect(inferMetadata(splitBlocks(page), { ...known, file: 'page.txt' }).published).toBeNull();
  });
});

describe('numeric dates that may be read day or month first', () => {
  it('are read in the order a page shows elsewhere, by a date read one way or a month it names', () => {
    expect(datelineOf('Published: 08/02/2026, 07:12 | Updated: 08/02/2026, 09:40')).toBeNull();
    expect(datelineOf('08/02/2026, 07:12', 'day')).toEqual({ published: '2026-02-08', updated: null });
    expect(datelineOf('08/02/2026, 07:12', 'month')).toEqual({ published: '2026-08-02', updated: null });
    expect(numericDateOrder('Posted 08/02/2026\nComments closed 13/02/2026')).toBe('day');
    expect(numericDateOrder('Posted 08/02/2026\nComments closed 08/13/2026')).toBe('month');
    expect(numericDateOrder('Posted 08/02/2026\nThe line opened on 7 February after repairs.')).toBe('day');
    expect(numericDateOrder('Posted 08/02/2026\nThe cabins were inspected on 2 August and on 8 February.')).toBeNull();
  });
});

describe('a reporter\'s name before the date, without "By"', () => {
  it('dates the line as a byline would, however the date is written', () => {
    expect(datelineOf('Magnus Hesketh | 12 Feb 2026 | 4 min read')).toEqual({ published: '2026-02-12', updated: null });
    expect(eitherWayDates('Magnus Hesketh | 12/02/2026 | 4 min read')).toEqual(['2026-02-12', '2026-12-02']);
    // With the reporter's job after the name.
    expect(datelineOf('Tom Example, Legal Correspondent | 11.03.2026 | 5 min read')?.published).toBe('2026-03-11');
    // Labelled, or with a capital inside the name.
    expect(datelineOf('Author: Fiona McExample | 03.03.2026 | 6 min read')?.published).toBe('2026-03-03');
    // A labelled name stands anywhere in the row, the date first ("Words by" too); an unlabelled one only first.
    expect(datelineOf('15.04.2026  |  Words: Daniel Example  |  5 min read')?.published).toBe('2026-04-15');
    expect(datelineOf('Words by Daniel Example | 15.04.2026')?.published).toBe('2026-04-15');
    expect(datelineOf('15 April 2026 | Daniel Example')).toBeNull();
    // A weekday's date with its year in two digits may be read either way, as the folder chooses.
    expect(eitherWayDates('Wednesday 04/03/26 – 15:20')).toEqual(['2026-03-04', '2026-04-03']);
    // Alone, a name says nothing of when.
    expect(datelineOf('Magnus Hesketh')).toBeNull();
    // A date that reads the same either way needs no order.
    expect(datelineOf('Posted by Example News Team on 03/03/2026')?.published).toBe('2026-03-03');
  });
});

describe('date lines with a bracketed update, a reading time or a label', () => {
  it.each([
    ['Saturday 16 May 2026, 7:48pm  (Updated 10:32pm)', '2026-05-16'],
    ['22.07.2026  |  Reading time: 5 min', '2026-07-22'],
    ['Date of issue:        13 July 2026', '2026-07-13'],
    ['Date: 13 July 2026', '2026-07-13'],
    // An event's day and its hours.
    ['Saturday, 7 November 2026 from 17:00-21:00 GMT', '2026-11-07'],
    // Who posted, before the date or after it with their role; a release's embargo.
    ['Posted by Example News Team on 03/03/2026', '2026-03-03'],
    ['Posted 22nd October 2026 by Guy Example, News Editor', '2026-10-22'],
    ['EMBARGOED UNTIL 00:01 THURSDAY 15 OCTOBER 2026', '2026-10-15'],
    // A picture agency's caption sheet.
    ['Date taken:     Tuesday 3 March 2026', '2026-03-03'],
    // A year in two digits, on a line that is only a date.
    ['25.03.26 | 07:45', '2026-03-25'],
    // A bar with no space around it, between two labelled dates.
    ['Published: May. 22, 2026 at 5:47 PM EDT|Updated: May. 22, 2026 at 9:15 PM EDT', '2026-05-22'],
    // A social post's time, with its edit mark and the app it was sent from.
    ['Apr 01, 2026, 08:47 · Edited · Web', '2026-04-01'],
    // A byline's date with the story's comments, and one closed by the paper's name.
    ['Ben Roe | 12/05/2026 | 5 min read | 4 comments', '2026-05-12'],
    ['Wednesday July 29 2026, 7.05am BST, The Daily Example', '2026-07-29'],
    ['05/03/2026 17:42 GMT  |  Jane Roe, Example Sound News', '2026-03-05'],
  ])('%s', (line, published) => {
    expect(datelineOf(line, 'day')?.published).toBe(published);
  });
});

describe('a programme named before its air date, after a double hyphen', () => {
  it('is dated by the air date', () => {
    const page = ['EXAMPLE TONIGHT -- Air date: Thursday 12 March 2026, 18:30', 'ANCHOR: Good evening.'].join('\n');
    expect(inferMetadata(splitBlocks(page), { file: 'x.txt', title: null, url: null, authors: [] }).published).toBe(
      '2026-03-12',
    );
  });
});

describe('a month and day without a year, as wire copy dates itself', () => {
  it('is read as MM-DD', () => {
    expect(monthDayOf('June 10')).toBe('06-10');
    expect(monthDayOf('Sept. 3rd')).toBe('09-03');
    expect(monthDayOf('in the spring')).toBeNull();
  });

  it('takes the year that puts it nearest a dated day, across a new year too', () => {
    expect(nearestDate('06-10', '2026-06-02')).toBe('2026-06-10');
    expect(nearestDate('12-30', '2026-01-04')).toBe('2025-12-30');
    expect(nearestDate('02-29', '2025-03-01')).toBe('2024-02-29');
  });
});
