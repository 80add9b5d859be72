import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { isCreditLine, openingDateline, parseByline } from '../../src/corpus/bylines.ts';
import { readMastheadLine } from '../../src/corpus/masthead-line.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';

describe('parseByline', () => {
  it.each([
    ['By Lena Hartwig | Bayview Tribune', ['Lena Hartwig'], 'Bayview Tribune', false],
    ['By Priya Shah, Riverbend Public Radio', ['Priya Shah'], 'Riverbend Public Radio', false],
    ['*By Priya Shah, Riverbend Public Radio*', ['Priya Shah'], 'Riverbend Public Radio', false],
    [
      'By Priya Shah and Sam Ortiz, Riverbend Public Radio',
      ['Priya Shah', 'Sam Ortiz'],
      'Riverbend Public Radio',
      false,
    ],
    ['By Nadia Brooks for Harbor Light Weekly', ['Nadia Brooks'], 'Harbor Light Weekly', false],
    ['By MARCO DIAZ, WKRP 7 News Reporter', ['MARCO DIAZ'], 'WKRP 7 News', true],
    ['By Ruth Gomez, Grandville Gazette staff', ['Ruth Gomez'], 'Grandville Gazette', true],
    ['By TOM REED, Gazette Staff Writer', ['TOM REED'], 'Gazette', true],
    ['By JENNA LOW, Senior Staff Writer', ['JENNA LOW'], null, true],
    // The job between the name and the outlet, after a dash or a comma.
    ['By Gideon Hale – Senior Reporter, Example Journal', ['Gideon Hale'], 'Example Journal', false],
    ['By Gideon Hale, Senior Reporter, Example Journal', ['Gideon Hale'], 'Example Journal', false],
    ['by MAYA OKONJO-REED, KXYZ News', ['MAYA OKONJO-REED'], 'KXYZ News', false],
    ['By ANNA KOVACS', ['ANNA KOVACS'], null, false],
  ])('%s', (line, people, outlet, fromJobTitle) => {
    expect(parseByline(line)).toEqual({ people, outlet, fromJobTitle, published: null });
  });

  it.each([
    ['By Ann Lee | June 3, 2024', null],
    ['By Ann Lee | Harbor Ledger | June 3, 2024', 'Harbor Ledger'],
    ['By Ann Lee • Published 7:45 p.m. ET Jun. 3, 2024', null],
    ['*By Ann Lee, Harbor Ledger — June 3, 2024*', 'Harbor Ledger'],
  ])('reads the date a byline ends in, never as its outlet: %s', (line, outlet) => {
    expect(parseByline(line)).toEqual({ people: ['Ann Lee'], outlet, fromJobTitle: false, published: '2024-06-03' });
  });

  it('dates an article whose only date is in its byline', () => {
    const page = 'Council backs harbor wall\n\nBy Ann Lee | June 3, 2024\n\nThe council voted 5-2 on Tuesday.';
    const known = { file: 'page.txt', title: null, url: null, authors: [] };
    expect(inferMetadata(splitBlocks(page), known).published).toBe('2024-06-03');
  });

  it.each([
    ['a newsletter names its issue', 'Harbor Brief | Tuesday, June 3, 2024\n\nCouncil backs harbor wall'],
    [
      'a masthead line gives the outlet, the byline and the date',
      '# Council backs harbor wall\n\n**The Harbor Ledger** | By Ann Lee, City Desk | June 3, 2024\n\nThe council voted.',
    ],
    ['an interview names its outlet and date', 'Harbor Weekly | Interview by Ann Lee | 3 June 2024\n\nQ: Why?'],
    ['an analysis labels itself', '*Harbor Weekly — Analysis — June 3, 2024*\n*By Ann Lee*\n\nThe council voted.'],
    [
      'a reprint says where it first ran',
      'Council backs harbor wall\n\nThis article originally appeared in the Harbor Ledger on June 3, 2024.',
    ],
  ])('dates an article when %s', (_why, page) => {
    const known = { file: 'page.txt', title: null, url: null, authors: [] };
    expect(inferMetadata(splitBlocks(page), known).published).toBe('2024-06-03');
  });

  it.each([
    'By Tuesday, the council had voted.',
    'By continuing to use this site you agree to our cookie policy',
    'By noon, a dozen ferries had been cancelled.',
    'Bylaws were changed in 2019',
  ])('ignores prose that starts with "by": %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('readMastheadLine', () => {
  it('reads the outlet a line opens with, and the people its byline names', () => {
    expect(readMastheadLine('**The Harbor Ledger** | By Ann Lee, City Desk | June 3, 2024')).toEqual({
      outlet: 'The Harbor Ledger',
      people: ['Ann Lee'],
      published: '2024-06-03',
    });
  });

  it('reads a wire header with the time the story moved', () => {
    expect(readMastheadLine('ALBION PRESS AGENCY | Wednesday, September 16, 2026 | 15:42 BST')).toEqual({
      outlet: 'ALBION PRESS AGENCY',
      people: [],
      published: '2026-09-16',
    });
  });

  it.each([
    // A headline with its site's name is a title, not a masthead: it gives no date.
    'Council backs harbor wall | The Harbor Ledger',
    // A sentence between the name and the date is no section label.
    'Harbor Weekly | The council voted to back the wall on Tuesday | June 3, 2024',
    'By Ann Lee | June 3, 2024',
  ])('is null for a line that only looks like one: %s', (line) => {
    expect(readMastheadLine(line)).toBeNull();
  });
});

describe('isCreditLine', () => {
  it.each([
    '(Reporting by Anna Kovacs; Editing by Tom Bell)',
    '*Additional reporting by Sam Ortiz.*',
    'Compiled by the news desk',
  ])('recognizes %s', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it('keeps sentences that mention reporting', () => {
    expect(isCreditLine('Reporting by the Herald showed the fund was empty.')).toBe(false);
  });
});

describe('openingDateline', () => {
  it('reads a wire dateline with the outlet in parentheses', () => {
    const text = 'GRANDVILLE, Mich. (Lakeshore Wire) -- Library workers ended a strike.';
    const length = 'GRANDVILLE, Mich. (Lakeshore Wire) -- '.length;
    expect(openingDateline(text)).toEqual({ length, outlet: 'Lakeshore Wire', published: null, day: null });
  });

  it('reads a wire dateline that gives the month and day without the year', () => {
    const text = 'BRACKENHOLT, June 10 (Continental Press Wire) — The bid chief resigned on Wednesday.';
    expect(openingDateline(text)).toMatchObject({ outlet: 'Continental Press Wire', published: null, day: '06-10' });
  });

  it('reads the date a wire dateline carries', () => {
    const text = 'NORTHPORT, Maine, March 7, 2025 (Coastal Press Service) — Riders will pay more.';
    expect(openingDateline(text)).toMatchObject({ outlet: 'Coastal Press Service', published: '2025-03-07' });
  });

  it("reads a release wire's dateline, its dashes unspaced and the date after the wire", () => {
    const text = 'LONDON--(BUSINESS WIRE)--Mar. 3, 2026--Example Attractions plc today confirmed the cause.';
    expect(openingDateline(text)).toMatchObject({
      outlet: 'BUSINESS WIRE',
      published: '2026-03-03',
      length: 'LONDON--(BUSINESS WIRE)--Mar. 3, 2026--'.length,
    });
  });

  it('reads a place-only dateline', () => {
    expect(openingDateline('GRANDVILLE — Workers voted.')).toMatchObject({ outlet: null, length: 13 });
    expect(openingDateline('NEW PORT, Ore. - Riders complained.')).toMatchObject({ outlet: null });
  });

  it.each(['Grandville — workers voted.', 'AI - the new frontier, experts say.', 'The ACLU said so.'])(
    'ignores paragraphs without one: %s',
    (text) => {
      expect(openingDateline(text)).toBeNull();
    },
  );
});
