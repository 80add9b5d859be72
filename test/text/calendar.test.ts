import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../src/format.ts';
import { isCalendarWord, MONTH_NAMES, MONTH_PATTERN, monthNumber, WEEKDAY_NAMES } from '../../src/text/calendar.ts';

describe('calendar names: one table, from Intl', () => {
  it('lists the months and weekdays in order', () => {
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[11]).toBe('December');
    expect(WEEKDAY_NAMES).toHaveLength(7);
    expect(WEEKDAY_NAMES).toContain('Wednesday');
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
});
