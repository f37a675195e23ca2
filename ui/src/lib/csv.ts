// CSV export with protection against formula injection: a cell that a
// spreadsheet would evaluate (starting with = + - @, or tab / carriage return)
// gets a leading single quote, so it is shown as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export type Cell = string | number | boolean | null | undefined;

export function cellText(value: Cell): string {
  if (value == null) return "";
  return String(value);
}

export function toCsv(headers: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => cells.map((c) => quoteCell(neutralizeCell(cellText(c)))).join(",");
  return [line(headers), ...rows.map(line)].join("\r\n") + "\r\n";
}
