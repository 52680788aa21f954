import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectSeparator, parseCsv } from '../../../electron/core/kiosk/agencies/csv-parse';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('reads quoted fields holding separators, doubled quotes and line breaks', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","line1\nline2"\nplain,2,3\n';
    expect(fields(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['plain', '2', '3'],
    ]);
  });

  it('numbers records as spreadsheet rows even when a quoted field spans lines', () => {
    const records = parseCsv('h1,h2\n"multi\nline",1\nnext,2');
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(records[2].fields).toEqual(['next', '2']);
  });

  it('accepts CRLF, LF and a lone CR as line ends, and a quoted CRLF stays in the value', () => {
    expect(fields('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r\n"x\r\ny",2\r\n')[1]).toEqual(['x\r\ny', '2']);
  });

  it('does not start a record after the final line break, but keeps blank lines in between', () => {
    expect(fields('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(fields('a,b')).toEqual([['a', 'b']]);
    expect(fields('a,\n')).toEqual([['a', '']]);
    expect(fields('')).toEqual([]);
  });

  it('keeps empty fields and a quoted empty field at the end of the text', () => {
    expect(fields('a,,c\n,,\n""')).toEqual([['a', '', 'c'], ['', '', ''], ['']]);
  });

  it('ignores spaces around a quoted field but keeps them inside it', () => {
    expect(fields('a, " b, c " ,d')).toEqual([['a', ' b, c ', 'd']]);
  });

  it('flags a row with text after a closing quote or a stray quote, instead of guessing', () => {
    const records = parseCsv('a,b\n"x"y,1\nok,2\nab"c,3');
    expect(records.map((r) => r.malformed)).toEqual([false, true, false, true]);
  });

  it('refuses an unclosed quote with the row where it started', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).row).toBe(3);
    expect((caught as Error).message).toContain('baris 3');
  });

  it('detects the separator from the header: Indonesian Excel writes semicolons', () => {
    expect(detectSeparator('nama;nomor izin;status\nA;B;C')).toBe(';');
    expect(detectSeparator('nama\tnomor izin\tstatus')).toBe('\t');
    expect(detectSeparator('nama,nomor izin,status')).toBe(',');
    // A semicolon inside a quoted header cell does not count.
    expect(detectSeparator('"a;b;c",d,e')).toBe(',');
    expect(fields('nama;alamat\n"PT A";"Jl. B, No. 2"')).toEqual([
      ['nama', 'alamat'],
      ['PT A', 'Jl. B, No. 2'],
    ]);
  });
});
