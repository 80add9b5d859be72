import { describe, expect, it } from 'vitest';
import { withGridTablesRead } from '../../src/corpus/grid-tables.ts';

// A report's title block as pandoc writes a Word table: each row over as many lines as its longest cell.
const GRID = `**EXAMPLE COUNTY COUNCIL**

+-----------------------+-----------------------------------------------+
| **Report title**      | School Meals Service: Termination of the      |
|                       | Contract with Example Catering Ltd            |
+-----------------------+-----------------------------------------------+
| **Wards affected**    | All                                           |
+-----------------------+-----------------------------------------------+

# 1. Purpose of report`;

describe('a grid table, as pandoc writes a Word table', () => {
  it('is read a row a line, each cell whole, the text around it kept', () => {
    expect(withGridTablesRead(GRID).split('\n').filter(Boolean)).toEqual([
      '**EXAMPLE COUNTY COUNCIL**',
      '**Report title** | School Meals Service: Termination of the Contract with Example Catering Ltd',
      '**Wards affected** | All',
      '# 1. Purpose of report',
    ]);
  });

  it('leaves lines that only look like one alone: a bar-led line with no border, a sum', () => {
    const text = '| not a table |\n2+-3 is -1';
    expect(withGridTablesRead(text)).toBe(text);
  });
});
