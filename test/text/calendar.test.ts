import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../src/format.ts';
import { isCalendarWord, MONTH_NAMES, MONTH_PATTERN, monthNumber, WEEKDAY_NAMES } from '../../src/text/calendar.ts';

describe('calendar names: one table', () => {
  it('lists the months and weekdays in order, as Intl names them', () => {
    const month = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
    expect(MONTH_NAMES).toEqual(Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2000, m, 1))));
    // 1 Jan 2023 was a Sunday.
    expect(WEEKDAY_NAMES).toEqual(Array.from({ length: 7 }, (_, d) => weekday.format(Date.UTC(2023, 0, 1 + d))));
  });

  it.each([
    ['June', 6],
    ['jun', 6],
    ['Jun.', 6],
    ['Sept.', 9],
    ['sep', 9],
    ['MAY', 5],
    ['Mayor', null],
    ['Ju', null],
  ])('reads %s as month %s', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it('matches months written in full or short, with a period', () => {
    const pattern = new RegExp(`^${MONTH_PATTERN}$`, 'iu');
    for (const word of ['March', 'Mar', 'Mar.', 'Sept.', 'december']) expect(pattern.test(word), word).toBe(true);
    expect(pattern.test('Marching')).toBe(false);
  });

  it('tells calendar words from names', () => {
    expect(isCalendarWord('Tuesday')).toBe(true);
    expect(isCalendarWord('Oct.')).toBe(true);
    expect(isCalendarWord('Octavia')).toBe(false);
  });

  it('formats citation dates with the same table', () => {
    expect(formatPublished('2025-09-04')).toBe('Sep 4, 2025');
  });

  it("formats dates as Intl's en-US short date does, a day past the month's end rolling over", () => {
    const intl = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    for (const year of [1, 9, 99, 999, 1000, 1999, 2020, 2024, 9999, 10000, 275760]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 10, 28, 29, 30, 31]) {
          const date = new Date(Date.UTC(year, month - 1, day));
          date.setUTCFullYear(year);
          const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatPublished(iso), iso).toBe(intl.format(date));
        }
      }
    }
  });

  it("leaves a date past the calendar's range as written", () => {
    expect(formatPublished('300000-01-01')).toBe('300000-01-01');
    expect(formatPublished(null)).toBe('undated');
  });
});
