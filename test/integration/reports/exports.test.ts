import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../electron/shared/reports';
import { buildVillage, type Village } from '../../fixtures/reports/village';

/** Aggregate exports (reports.export): XLSX read back with exceljs, CSV as Excel would open it. */
let v: Village;
const NOV = { kind: 'month', month: '2026-11' } as const;

beforeAll(async () => {
  v = await buildVillage();
}, 120_000);
afterAll(() => v?.core.close());

async function exportAs(role: 'viewer' | 'desk' | 'edu' | 'admin', input: Record<string, unknown>) {
  return v.core.dispatch('reports.export', input, { token: v.tokens[role] });
}

async function file(role: 'viewer' | 'desk' | 'edu' | 'admin', input: Record<string, unknown>) {
  const r = await exportAs(role, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const f = r.value as ExportFile;
  return { f, data: Buffer.from(f.base64, 'base64') };
}

async function readXlsx(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  return wb;
}

const exportAudits = () =>
  v.core.db.prepare("SELECT entity, entity_id, details FROM audit_log WHERE action = 'export' ORDER BY seq").all() as {
    entity: string;
    entity_id: string;
    details: string;
  }[];

describe('reports.export as XLSX', () => {
  it('has a cover sheet with the header block, then one sheet per table with a frozen, bold header row', async () => {
    const { f, data } = await file('viewer', { report: 'migrationService', period: NOV, format: 'xlsx' });
    expect(f.fileName).toBe('laporan-layanan-migrasi-desa_kenanga_2026-11-01_2026-11-29.xlsx');
    expect(f.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(f.bytes).toBe(data.length);
    expect(f.tables.map((t) => t.key)).toContain('konsultasiPerTopik');
    const wb = await readXlsx(data);
    expect(wb.worksheets).toHaveLength(13);
    const cover = wb.worksheets[0];
    expect(cover.name).toBe('Keterangan');
    const kv = new Map<string, unknown>();
    cover.eachRow((r) => kv.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(kv.get('Laporan')).toBe('Laporan Layanan Migrasi Desa');
    expect(kv.get('Desa')).toBe('Kenanga');
    expect(kv.get('Kode wilayah')).toBe('32.12.16.2004');
    expect(kv.get('Periode')).toBe('November 2026, sampai 29 November 2026');
    expect(kv.get('Dari tanggal')).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(kv.get('Sampai tanggal')).toEqual(new Date('2026-11-29T00:00:00Z'));
    expect(kv.get('Dibuat oleh')).toBe('Petugas kuwu');
    expect(kv.get('Dibuat pada')).toBe('29 November 2026, 09.00 WIB');
    expect(kv.has('Catatan')).toBe(false);
    for (const sheet of wb.worksheets.slice(1)) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getCell('A1').font?.bold, sheet.name).toBe(true);
      expect(sheet.name.length).toBeLessThanOrEqual(31);
    }
    const topics = wb.worksheets.find((s) => s.name.startsWith('2. Konsultasi menurut topik'))!;
    expect(topics.getRow(1).values).toEqual([undefined, 'Topik', 'Konsultasi']);
    const costs = topics.getColumn(1).values.indexOf('Biaya');
    expect(topics.getCell(costs, 2).value).toBe(5);
    expect(typeof topics.getCell(costs, 2).value).toBe('number');
  });

  it('percentages are numbers formatted as percent', async () => {
    const { data } = await file('viewer', { report: 'rumahEdukasi', period: NOV, format: 'xlsx' });
    const wb = await readXlsx(data);
    const summary = wb.worksheets[1];
    expect(summary.getRow(1).values).toEqual([undefined, 'Indikator', 'Jumlah', 'Persentase']);
    const row = summary.getColumn(1).values.indexOf('Hadir atau terlambat');
    expect(summary.getCell(row, 2).value).toBe(14);
    expect(summary.getCell(row, 3).value).toBeCloseTo(0.7, 10);
    expect(summary.getCell(row, 3).numFmt).toBe('0.0%');
  });

  it('one table only when asked, and the dashboard with the parts of the role', async () => {
    const one = await readXlsx(
      (await file('viewer', { report: 'migrationService', period: NOV, format: 'xlsx', table: 'rujukan' })).data,
    );
    expect(one.worksheets.map((s) => s.name)).toEqual(['Keterangan', '1. Rujukan menurut layanan']);
    const edu = await file('edu', { report: 'dashboard', period: NOV, format: 'xlsx' });
    expect(edu.f.tables.map((t) => t.key)).toEqual([
      'trenKehadiran',
      'anakPerUmur',
      'anakPerOrangTua',
      'pengasuhPerHubungan',
      'dokumenAnak',
      'kegiatanPerJenis',
    ]);
    expect((await readXlsx(edu.data)).worksheets).toHaveLength(7);
  });

  it('an empty period gives a valid file: every sheet with its header, and a note on the cover', async () => {
    const { f, data } = await file('viewer', {
      report: 'rumahEdukasi',
      period: { kind: 'month', month: '2020-01' },
      format: 'xlsx',
    });
    expect(f.empty).toBe(true);
    const wb = await readXlsx(data);
    expect(wb.worksheets).toHaveLength(11);
    const notes: unknown[] = [];
    wb.worksheets[0].eachRow((r) => {
      if (r.getCell(1).value === 'Catatan') notes.push(r.getCell(2).value);
    });
    expect(notes).toEqual(['Tidak ada data yang tercatat pada periode ini. Tabel tetap disertakan dengan angka nol.']);
    expect(wb.worksheets[1].getRow(1).values).toEqual([undefined, 'Indikator', 'Jumlah', 'Persentase']);
  });
});

describe('reports.export as CSV', () => {
  it('is UTF-8 with a BOM, CRLF lines, ";" between fields, the header block, then the table', async () => {
    const { f, data } = await file('viewer', {
      report: 'migrationService',
      period: NOV,
      format: 'csv',
      table: 'konsultasiPerTujuan',
    });
    expect(f.fileName).toBe('laporan-layanan-migrasi-desa_kenanga_2026-11-01_2026-11-29_konsultasipertujuan.csv');
    expect(f.mimeType).toBe('text/csv; charset=utf-8');
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = data.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'Laporan;Laporan Layanan Migrasi Desa',
      'Ditujukan kepada;Disnaker Kabupaten dan KP2MI (BP3MI)',
      'Desa;Kenanga',
      'Kode wilayah;32.12.16.2004',
    ]);
    expect(lines).toContain('Dari tanggal;2026-11-01');
    expect(lines).toContain('Dibuat oleh;Petugas kuwu');
    const header = lines.indexOf('Negara tujuan;Konsultasi');
    expect(header).toBeGreaterThan(0);
    expect(lines[header - 1]).toBe('');
    expect(lines.slice(header + 1, header + 3)).toEqual(['Malaysia;6', 'Hong Kong DAK Tiongkok;3']);
    expect(lines).toContain('Jumlah;19');
  });

  it('"," on request, with percentages in the matching decimal mark', async () => {
    const { data } = await file('viewer', {
      report: 'rumahEdukasi',
      period: NOV,
      format: 'csv',
      table: 'kehadiranPerStatus',
      delimiter: ',',
    });
    const lines = data.toString('utf8').slice(1).split('\r\n');
    expect(lines).toContain('Status,Jumlah,Persentase (%)');
    expect(lines).toContain('Hadir,12,60.0');
    const semi = (
      await file('viewer', { report: 'rumahEdukasi', period: NOV, format: 'csv', table: 'kehadiranPerStatus' })
    ).data;
    expect(semi.toString('utf8')).toContain('\r\nHadir;12;60,0\r\n');
  });

  it('asks which table, or refuses one that is not in the report, and writes nothing', async () => {
    const before = exportAudits().length;
    const r = await exportAs('viewer', { report: 'migrationService', period: NOV, format: 'csv' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0].path).toBe('table');
      expect(r.error.issues?.[0].message).toContain('Berkas CSV hanya memuat satu tabel');
      expect(r.error.issues?.[0].message).toContain('konsultasiPerTopik');
    }
    const unknown = await exportAs('viewer', { report: 'rumahEdukasi', period: NOV, format: 'csv', table: 'rujukan' });
    expect(unknown.ok ? null : unknown.error.issues?.[0].path).toBe('table');
    expect(exportAudits().length).toBe(before);
  });
});

describe('who may export what', () => {
  it('each role gets its own part; the refusal names the report', async () => {
    const desk = await exportAs('desk', { report: 'rumahEdukasi', period: NOV, format: 'xlsx' });
    expect(desk.ok ? null : desk.error).toEqual({
      code: 'FORBIDDEN',
      message: 'Laporan Rumah Edukasi hanya untuk Pendamping Rumah Edukasi, Pimpinan Desa dan Admin.',
    });
    const edu = await exportAs('edu', { report: 'migrationService', period: NOV, format: 'xlsx' });
    expect(edu.ok ? null : edu.error.code).toBe('FORBIDDEN');
    expect((await exportAs('desk', { report: 'migrationService', period: NOV, format: 'xlsx' })).ok).toBe(true);
    expect((await exportAs('admin', { report: 'rumahEdukasi', period: NOV, format: 'xlsx' })).ok).toBe(true);
    const pub = await v.core.dispatch('reports.export', { report: 'dashboard', period: NOV, format: 'xlsx' });
    expect(pub.ok ? null : pub.error.code).toBe('UNAUTHENTICATED');
  });

  it('every export is in the audit log, with what and for which days', async () => {
    const before = exportAudits().length;
    await file('viewer', { report: 'migrationService', period: NOV, format: 'csv', table: 'ringkasan' });
    const after = exportAudits();
    expect(after.length).toBe(before + 1);
    const last = after[after.length - 1];
    expect(last.entity).toBe('reports');
    expect(last.entity_id).toBe('migrationService');
    expect(JSON.parse(last.details)).toMatchObject({
      format: 'csv',
      table: 'ringkasan',
      from: '2026-11-01',
      to: '2026-11-29',
    });
    const actor = v.core.db.prepare('SELECT actor_label FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      actor_label: string;
    };
    expect(actor.actor_label).toBe('kuwu');
  });

  it('a period in the future is refused before anything is built', async () => {
    const r = await exportAs('viewer', {
      report: 'migrationService',
      period: { kind: 'month', month: '2027-01' },
      format: 'xlsx',
    });
    expect(r.ok ? null : r.error.issues).toEqual([
      { path: 'period.month', message: 'Bulan ini belum dimulai. Pilih bulan yang sudah berjalan.' },
    ]);
  });
});
