import type { CellValue, ColumnType, CsvDelimiter } from '../../../shared/reports';

/**
 * CSV that Excel opens correctly: UTF-8 with a byte order mark (or Excel guesses the old ANSI
 * code page and breaks "é" and "–"), CRLF line ends, RFC 4180 quoting, and `;` by default, the
 * list separator of Indonesian regional settings (with `,` Excel in id-ID puts every row in one
 * column). Percentages use the decimal mark that goes with the delimiter: "85,3" with `;`.
 */
export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/**
 * A text cell starting with = + - @ (or a tab/CR) is a formula to Excel: a name typed as
 * "=HYPERLINK(...)" would run. Such text is prefixed with an apostrophe (OWASP CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const WIB_MS = 7 * 3600_000;

export function csvField(value: CellValue, type: ColumnType, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (type === 'percent') {
      const pct = (Math.round(value * 1000) / 10).toFixed(1);
      text = delimiter === ';' ? pct.replace('.', ',') : pct;
    } else text = String(value);
  } else if (type === 'datetime' && !Number.isNaN(Date.parse(value))) {
    text = new Date(Date.parse(value) + WIB_MS).toISOString().slice(0, 16).replace('T', ' ');
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  const special = delimiter === ';' ? /[";\r\n]|^\s|\s$/ : /[",\r\n]|^\s|\s$/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CellValue[], types: ColumnType[], delimiter: CsvDelimiter): string {
  return cells.map((c, i) => csvField(c, types[i] ?? 'text', delimiter)).join(delimiter) + CRLF;
}

/** Column titles; a percentage column says "(%)" since its cells carry bare numbers. */
export function csvHeader(columns: { title: string; type: ColumnType }[], delimiter: CsvDelimiter): string {
  return csvLine(
    columns.map((c) => (c.type === 'percent' ? `${c.title} (%)` : c.title)),
    columns.map(() => 'text'),
    delimiter,
  );
}
