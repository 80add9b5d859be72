import { describe, expect, it } from 'vitest';
import { isCreditLine, openingDateline, parseByline } from '../../src/corpus/bylines.ts';

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
    ['by MAYA OKONJO-REED, KXYZ News', ['MAYA OKONJO-REED'], 'KXYZ News', false],
    ['By ANNA KOVACS', ['ANNA KOVACS'], null, false],
  ])('%s', (line, people, outlet, fromJobTitle) => {
    expect(parseByline(line)).toEqual({ people, outlet, fromJobTitle });
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
    expect(openingDateline(text)).toEqual({ length, outlet: 'Lakeshore Wire', published: null });
  });

  it('reads the date a wire dateline carries', () => {
    const text = 'NORTHPORT, Maine, March 7, 2025 (Coastal Press Service) — Riders will pay more.';
    expect(openingDateline(text)).toMatchObject({ outlet: 'Coastal Press Service', published: '2025-03-07' });
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
