import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvHeader, csvLine } from '../../../electron/core/reports/exports/csv';
import { escapeXml, excelDate, sheetNames, XlsxWriter } from '../../../electron/core/reports/exports/xlsx-writer';
import { tempDir } from '../../support/core';

function collect(): { sink: Writable; done: Promise<Buffer> } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  return { sink, done: new Promise((resolve) => sink.once('finish', () => resolve(Buffer.concat(chunks)))) };
}

async function workbook(rows: number, createdAt = '2026-11-29T02:00:00.000Z'): Promise<Buffer> {
  const { sink, done } = collect();
  const x = new XlsxWriter(sink, ['Keterangan', 'Data <uji> & "kutip"'], { createdAt, title: 'Uji', creator: 'Uji' });
  await x.start();
  const sheet = await x.sheet(
    [
      { title: 'Nama', type: 'text' },
      { title: 'Jumlah', type: 'count' },
      { title: 'Persen', type: 'percent' },
      { title: 'Tanggal', type: 'date' },
      { title: 'Waktu', type: 'datetime' },
    ],
    2,
  );
  for (let i = 0; i < rows; i++) {
    await sheet.row([`Baris ${i} <&> "x"\u0001`, i, i / rows, '2026-11-05', '2026-11-05T03:04:00.000Z']);
  }
  await sheet.row(['  spasi  ', null, null, null, null]);
  await sheet.end();
  await x.keyValueSheet(
    'Judul',
    [
      { label: 'Desa', value: 'Kenanga', type: 'text' },
      { label: 'Dari tanggal', value: '2026-11-01', type: 'date' },
      { label: 'Jumlah baris', value: rows, type: 'count' },
    ],
    1,
  );
  await x.finish();
  sink.end();
  return done;
}

describe('XLSX writer', () => {
  it('writes a workbook exceljs reads back: sheets, frozen bold header, typed cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook(3)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Keterangan', 'Data uji & "kutip"'.replace('uji', '<uji>')]);
    const cover = wb.worksheets[0];
    expect(cover.getCell('A1').value).toBe('Judul');
    expect(cover.getCell('A3').value).toBe('Desa');
    expect(cover.getCell('B3').value).toBe('Kenanga');
    expect(cover.getCell('B4').value).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(cover.getCell('B5').value).toBe(3);
    expect(cover.views[0]?.state ?? 'normal').not.toBe('frozen');
    const data = wb.worksheets[1];
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(data.getRow(1).values).toEqual([undefined, 'Nama', 'Jumlah', 'Persen', 'Tanggal', 'Waktu']);
    expect(data.getCell('A1').font?.bold).toBe(true);
    // Control characters are dropped, markup is escaped and comes back as typed.
    expect(data.getCell('A2').value).toBe('Baris 0 <&> "x"');
    expect(data.getCell('B3').value).toBe(1);
    expect(data.getCell('B3').numFmt).toBe('#,##0');
    expect(data.getCell('C3').value).toBeCloseTo(1 / 3, 10);
    expect(data.getCell('C3').numFmt).toBe('0.0%');
    expect(data.getCell('D2').value).toEqual(new Date('2026-11-05T00:00:00Z'));
    expect(data.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    // 03:04 UTC is 10:04 WIB: the wall-clock time in Jakarta is what Excel shows.
    expect(data.getCell('E2').value).toEqual(new Date('2026-11-05T10:04:00Z'));
    expect(data.getCell('A5').value).toBe('  spasi  ');
    expect(data.getCell('B5').value).toBeNull();
    expect(data.rowCount).toBe(5);
  });

  it('a sheet with only its header row is still a valid file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook(0)) as never);
    expect(wb.worksheets[1].rowCount).toBe(2);
    expect(wb.worksheets[1].getRow(1).values).toContain('Nama');
  });

  it('is a well-formed ZIP (unzip -t) and the same data gives the same bytes', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const a = await workbook(2000);
      const b = await workbook(2000);
      expect(a.equals(b)).toBe(true);
      const file = path.join(dir, 'uji.xlsx');
      writeFileSync(file, a);
      const out = execFileSync('unzip', ['-t', file]).toString();
      expect(out).toContain('No errors detected');
      expect(out).toContain('xl/worksheets/sheet2.xml');
    } finally {
      cleanup();
    }
  });

  it('sheet names: ≤ 31 characters, cut at a word, no forbidden characters, unique', () => {
    const names = sheetNames(['3. Konsultasi menurut cara layanan', 'a/b:c*d?e[f]g\\h', 'Sama', 'sama', '']);
    expect(names).toEqual(['3. Konsultasi menurut cara', 'a b c d e f g h', 'Sama', 'sama 2', 'Tabel 5']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('dates as Excel day numbers', () => {
    expect(excelDate('1900-03-01')).toBe(61);
    expect(excelDate('2026-11-29')).toBe(46355);
    expect(escapeXml('a<b>&"\u0000')).toBe('a&lt;b&gt;&amp;&quot;');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    expect(csvField('Biaya; Cek P3MI', 'text', ';')).toBe('"Biaya; Cek P3MI"');
    expect(csvField('Kata "kutip"', 'text', ',')).toBe('"Kata ""kutip"""');
    expect(csvField('=HYPERLINK("http://x")', 'text', ';')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+6281', 'text', ';')).toBe("'+6281");
    expect(csvField('@SUM(A1)', 'text', ';')).toBe("'@SUM(A1)");
    expect(csvField(-3, 'count', ';')).toBe('-3');
    expect(csvField(null, 'count', ';')).toBe('');
  });

  it('percentages with the decimal mark of the delimiter, datetimes in WIB', () => {
    expect(csvField(0.8533, 'percent', ';')).toBe('85,3');
    expect(csvField(0.8533, 'percent', ',')).toBe('85.3');
    expect(csvField('2026-11-05T03:04:00.000Z', 'datetime', ';')).toBe('2026-11-05 10:04');
    expect(csvField('2026-11-05', 'date', ';')).toBe('2026-11-05');
  });

  it('lines end in CRLF; a percentage column says (%)', () => {
    expect(csvLine(['a', 1], ['text', 'count'], ';')).toBe('a;1\r\n');
    expect(
      csvHeader(
        [
          { title: 'Persentase', type: 'percent' },
          { title: 'Nama', type: 'text' },
        ],
        ';',
      ),
    ).toBe('Persentase (%);Nama\r\n');
    expect(BOM).toBe('\uFEFF');
  });
});
