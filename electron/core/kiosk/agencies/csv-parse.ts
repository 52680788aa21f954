/**
 * A small RFC 4180 reader for spreadsheet exports: quoted fields may hold separators, quotes
 * ("" inside quotes) and line breaks; lines end in CRLF, LF or a lone CR. The separator is
 * detected from the header line, because Excel on an Indonesian-locale PC writes ";" (the
 * comma is the decimal sign there).
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based record number: the header is 1, so it matches the spreadsheet row. */
  row: number;
  /** A closing quote was followed by other text (`"abc"x`): the row cannot be trusted. */
  malformed: boolean;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

export type CsvSeparator = ',' | ';' | '\t';

/** Counts candidate separators outside quotes on the first line; commas win ties. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: CsvSeparator = ',';
  for (const sep of [';', '\t'] as const) if (counts[sep] > counts[best]) best = sep;
  return best;
}

/**
 * Parses the whole text. A record of one empty field (a blank line) is kept so row numbers stay
 * right; the final line break does not start a record. An unclosed quote throws CsvSyntaxError
 * because every row after it would be misread.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let malformed = false;
  let quoteStartRow = 0;
  let i = 0;
  const n = text.length;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, row: records.length + 1, malformed });
    fields = [];
    malformed = false;
  };

  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === separator) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (c === '"' && field.trim() === '' && !afterQuote) {
      // Spaces typed before an opening quote (`a, "b, c"`) are not part of the value.
      field = '';
      quoted = true;
      quoteStartRow = records.length + 1;
      i++;
    } else if (afterQuote && (c === ' ' || c === '\t')) {
      i++;
    } else {
      // Text after a closing quote, or a quote inside an unquoted field: keep it, flag the row.
      if (afterQuote || c === '"') malformed = true;
      field += c;
      i++;
    }
  }
  if (quoted) {
    throw new CsvSyntaxError(
      quoteStartRow,
      `Tanda kutip (") di baris ${quoteStartRow} tidak ditutup, jadi baris-baris sesudahnya tidak bisa dibaca dengan benar.`,
    );
  }
  // Text after the last line break forms a last record; a trailing line break does not.
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return records;
}
