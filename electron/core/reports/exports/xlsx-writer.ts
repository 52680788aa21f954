import type { Writable } from 'node:stream';
import type { CellValue, ColumnType } from '../../../shared/reports';
import { ZipWriter } from './zip-writer';

/**
 * A streaming XLSX (SpreadsheetML) writer: typed cells (numbers as numbers, dates as dates),
 * a bold frozen header row, column widths, a cover sheet. Rows go straight into the ZIP stream.
 *
 * Why not exceljs's streaming WorkbookWriter: on this machine it took 19 s and 370 MB RSS for
 * 400,000 rows × 13 columns (the target is ≤ 10 s, and the host must stay ≤ 250 MB); building the
 * XML text directly takes about 3 s and ~130 MB. exceljs reads every file back in the tests.
 */

export interface SheetColumn {
  title: string;
  type: ColumnType;
  /** Characters; defaults by type. */
  width?: number;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes into cellXfs below. */
const STYLE = { text: 0, header: 1, date: 2, datetime: 3, percent: 4, count: 5, title: 6, label: 7 } as const;

const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

// Characters XML 1.0 cannot carry at all; a stray one would make Excel refuse the whole file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Excel keeps 32,767 characters in a cell. */
const MAX_CELL_TEXT = 32_767;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3600_000;

/** `YYYY-MM-DD` → Excel day number. */
export const excelDate = (date: string) => (Date.parse(`${date}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS;
/** ISO instant → Excel day number of its wall-clock time in WIB (Excel has no time zones). */
export const excelDateTime = (isoUtc: string) => (Date.parse(isoUtc) + WIB_MS - EXCEL_EPOCH) / DAY_MS;

const LETTERS: string[] = [];
for (let i = 0; i < 702; i++) {
  LETTERS.push(i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26)));
}

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  text: 24,
  count: 12,
  percent: 12,
  date: 12,
  datetime: 17,
};

function cellXml(ref: string, value: CellValue, type: ColumnType | 'header' | 'label' | 'title'): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = type === 'percent' ? STYLE.percent : type === 'count' ? STYLE.count : STYLE.text;
    return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${value}</v></c>`;
  }
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return `<c r="${ref}" s="${STYLE.date}"><v>${excelDate(value)}</v></c>`;
  }
  if (type === 'datetime' && !Number.isNaN(Date.parse(value))) {
    return `<c r="${ref}" s="${STYLE.datetime}"><v>${excelDateTime(value)}</v></c>`;
  }
  const style = type === 'header' ? STYLE.header : type === 'title' ? STYLE.title : type === 'label' ? STYLE.label : 0;
  const text = escapeXml(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${space}>${text}</t></is></c>`;
}

/** Cuts at a word boundary to at most `max` characters (Excel's sheet-name limit is 31). */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : s.slice(0, max)).trim();
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
export function sheetNames(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    let base = title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '');
    if (base.length === 0) base = `Tabel ${i + 1}`;
    let name = shorten(base, 31);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${shorten(base, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export interface SheetStream {
  /** Appends one data row (cells in column order); resolves when the stream can take more. */
  row(cells: CellValue[]): Promise<void>;
  end(): Promise<void>;
}

/**
 * Writes one workbook. The sheet names are known up front (the package parts are written first);
 * then each sheet is written with `sheet()` (a table with a frozen header row) or
 * `keyValueSheet()` (the cover), in order unless an index is given. `finish()` completes the
 * file; the caller ends the sink.
 */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly written = new Set<number>();
  private readonly names: string[];

  constructor(
    sink: Writable,
    titles: string[],
    private readonly meta: { createdAt: string; title: string; creator: string },
  ) {
    this.zip = new ZipWriter(sink, Date.parse(meta.createdAt) + WIB_MS);
    this.names = sheetNames(titles);
  }

  async start(): Promise<void> {
    const n = this.names.length;
    const sheets = this.names.map((_, i) => i + 1);
    await this.zip.add(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (i) =>
              `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    );
    await this.zip.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    );
    const created = `${this.meta.createdAt.slice(0, 19)}Z`;
    await this.zip.add(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:title>${escapeXml(this.meta.title)}</dc:title><dc:creator>${escapeXml(this.meta.creator)}</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
    );
    await this.zip.add(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook ${NS}><bookViews><workbookView/></bookViews><sheets>` +
        this.names
          .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    );
    await this.zip.add(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (i) =>
              `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    );
    await this.zip.add('xl/styles.xml', STYLES_XML);
  }

  /** Sheets may be written in any order (the cover last, once the row count is known). */
  private async openSheet(cols: number[], frozenHeader: boolean, index?: number) {
    const n = index ?? this.written.size + 1;
    if (n < 1 || n > this.names.length || this.written.has(n)) throw new Error(`Sheet ${n} cannot be written`);
    this.written.add(n);
    const part = await this.zip.open(`xl/worksheets/sheet${n}.xml`);
    const pane = frozenHeader
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : '';
    await part.write(
      `${XML_HEAD}<worksheet ${NS}><sheetViews><sheetView workbookViewId="0"${n === 1 ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15"/><cols>' +
        cols.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('') +
        '</cols><sheetData>',
    );
    return part;
  }

  /**
   * A table sheet: header row 1 (bold, frozen), then rows. Returns a stream for the rows, which
   * buffers ~64 KB of XML before handing it to the compressor.
   */
  async sheet(columns: SheetColumn[], index?: number): Promise<SheetStream> {
    const part = await this.openSheet(
      columns.map((c) => c.width ?? DEFAULT_WIDTH[c.type]),
      true,
      index,
    );
    let r = 1;
    let buffer = `<row r="1">${columns.map((c, i) => cellXml(`${LETTERS[i]}1`, c.title, 'header')).join('')}</row>`;
    const types = columns.map((c) => c.type);
    return {
      row: async (cells: CellValue[]) => {
        r++;
        let xml = `<row r="${r}">`;
        for (let i = 0; i < types.length; i++) xml += cellXml(`${LETTERS[i]}${r}`, cells[i] ?? null, types[i]);
        buffer += `${xml}</row>`;
        if (buffer.length > 65_536) {
          const chunk = buffer;
          buffer = '';
          await part.write(chunk);
        }
      },
      end: async () => {
        await part.write(`${buffer}</sheetData></worksheet>`);
        await part.end();
      },
    };
  }

  /** The cover: a title line, then label/value rows (values typed: dates as dates). */
  async keyValueSheet(
    title: string,
    rows: { label: string; value: CellValue; type: ColumnType }[],
    index?: number,
  ): Promise<void> {
    const part = await this.openSheet([28, 70], false, index);
    let xml = `<row r="1">${cellXml('A1', title, 'title')}</row>`;
    rows.forEach((kv, i) => {
      const r = i + 3;
      xml += `<row r="${r}">${cellXml(`A${r}`, kv.label, 'label')}${cellXml(`B${r}`, kv.value, kv.type)}</row>`;
    });
    await part.write(`${xml}</sheetData></worksheet>`);
    await part.end();
  }

  async finish(): Promise<void> {
    if (this.written.size !== this.names.length) throw new Error('Fewer sheets than announced');
    await this.zip.finish();
  }
}
