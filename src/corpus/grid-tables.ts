// Pandoc writes a Word table as a grid: "+----+----+" borders, and each row over as many "| … | … |" lines as its
// longest cell takes. Read line by line, a cell's sentence is cut at every line; read as a table, each row is one
// line whose cells are whole ("Report title | School Meals Service: Termination of the Contract …").

/** A grid's border: "+----+----+", "+====+====+" under its header, with ":" marking alignment. */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/u;
/** A line of a row: cells between bars. */
const ROW_LINE = /^\s*\|.*\|\s*$/u;

/** Where a border's "+" marks stand: the columns' edges. */
const edgesOf = (border: string): number[] => [...border.matchAll(/\+/gu)].map((m) => m.index);

/** A row's cells, each the text of its lines between two edges joined into one, empty cells left out. */
function rowCells(lines: readonly string[], edges: readonly number[]): string[] {
  const cells: string[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const text = lines
      .map((line) => line.slice(edges[k]! + 1, edges[k + 1]).trim())
      .filter(Boolean)
      .join(' ');
    if (text) cells.push(text);
  }
  return cells;
}

/** Rewrites each grid table of a text as one line per row, cells set apart by " | "; other lines are kept. */
export function withGridTablesRead(text: string): string {
  if (!text.includes('+-')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let edges: number[] | null = null;
  let row: string[] = [];
  for (const line of lines) {
    if (BORDER.test(line)) {
      if (edges && row.length > 0) out.push(rowCells(row, edges).join(' | '), '');
      edges = edgesOf(line);
      row = [];
    } else if (edges && ROW_LINE.test(line)) {
      row.push(line);
    } else {
      // A row left open has no border under it: it was no grid after all, and its lines are kept as they were.
      out.push(...row, line);
      edges = null;
      row = [];
    }
  }
  out.push(...row);
  return out.join('\n');
}
