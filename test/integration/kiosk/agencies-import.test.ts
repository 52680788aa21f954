import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgencyImportReport } from '../../../electron/shared/kiosk';
import { FIXTURE_DIR, type Harness, harness, setUpVillage, staffToken, tableCounts } from './helpers';

const EXAMPLE = readFileSync(path.join(FIXTURE_DIR, 'agencies-example.csv'), 'utf8');
const HEADER = 'nama,nomor izin,status,berlaku sampai,alamat';
const base = { dataAsOf: '2026-03-01', source: 'SISKOP2MI (uji)', mode: 'valid_rows' as const };

let h: Harness;
let admin: string;

beforeEach(async () => {
  h = harness();
  setUpVillage(h.core.db);
  admin = await staffToken(h, 'admin');
});

const importCsv = (input: Record<string, unknown>) =>
  h.call<AgencyImportReport>('agencies.import', { ...base, ...input }, admin);
const importOk = async (input: Record<string, unknown>) => {
  const r = await importCsv(input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const stored = () =>
  h.core.db
    .prepare(
      'SELECT name, name_normalized, licence_number, status, valid_until, address, data_as_of FROM agencies ORDER BY licence_number',
    )
    .all();
const licences = () => (stored() as { licence_number: string }[]).map((r) => r.licence_number);
const statusOf = (report: AgencyImportReport) => report.rows.map((r) => [r.row, r.status]);
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('agencies.import: the fictional example file', () => {
  it('inserts every row and reports each one', async () => {
    const report = await importOk({ csv: EXAMPLE });
    expect(report.committed).toBe(true);
    expect(report.encoding).toBe('utf-8');
    expect(report.counts).toEqual({ rows: 6, inserted: 6, updated: 0, skipped: 0, error: 0 });
    expect(report.rows).toEqual(
      [2, 3, 4, 5, 6, 7].map((row, i) => ({
        row,
        status: 'inserted',
        licenceNumber: `CONTOH-00${i + 1}`,
        messages: [],
      })),
    );
    expect(report.message).toBe('Data P3MI tersimpan: 6 baru, 0 diperbarui, 0 dilewati, 0 salah.');
    expect(stored()).toEqual([
      {
        name: 'PT Contoh Fiktif Sejahtera',
        name_normalized: 'contoh fiktif sejahtera',
        licence_number: 'CONTOH-001',
        status: 'active',
        valid_until: '2099-12-31',
        address: 'Jl. Contoh No. 1, Kota Fiktif',
        data_as_of: '2026-03-01',
      },
      {
        name: 'PT. Sampel Karya Rekaan',
        name_normalized: 'sampel karya rekaan',
        licence_number: 'CONTOH-002',
        status: 'suspended',
        valid_until: '2099-06-30',
        address: 'Jl. Rekaan 2, Kota Fiktif',
        data_as_of: '2026-03-01',
      },
      {
        name: 'P.T. Ilustrasi Makmur Khayalan',
        name_normalized: 'ilustrasi makmur khayalan',
        licence_number: 'CONTOH-003',
        status: 'revoked',
        valid_until: '2020-01-01',
        address: 'Jl. Ilustrasi 3',
        data_as_of: '2026-03-01',
      },
      {
        name: 'PT Contoh Fiktif Abadi',
        name_normalized: 'contoh fiktif abadi',
        licence_number: 'CONTOH-004',
        status: 'expired',
        valid_until: '2021-08-15',
        address: null,
        data_as_of: '2026-03-01',
      },
      {
        name: 'PT Karya Ilustrasi Lama',
        name_normalized: 'karya ilustrasi lama',
        licence_number: 'CONTOH-005',
        status: 'active',
        valid_until: '2025-02-28',
        address: 'Gedung Fiktif Lt. 2, Jl. Rekaan 5',
        data_as_of: '2026-03-01',
      },
      {
        name: 'PT Dewi "Contoh" Rekaan',
        name_normalized: 'dewi contoh rekaan',
        licence_number: 'CONTOH-006',
        status: 'active',
        valid_until: null,
        // The quoted CRLF inside the address becomes one space.
        address: 'Jl. Contoh 6 RT 01/RW 02, Kota Fiktif',
        data_as_of: '2026-03-01',
      },
    ]);
  });

  it('audits the import with counts only, never the file content', async () => {
    const before = tableCounts(h.core.db).audit_log;
    const report = await importOk({ csv: EXAMPLE });
    const rows = h.core.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, string>[];
    expect(rows.length).toBe(before + 1);
    const last = rows[rows.length - 1];
    expect(last).toMatchObject({
      actor_label: 'uji.admin',
      action: 'update',
      entity: 'agencies',
      entity_id: report.batchId,
    });
    expect(JSON.parse(last.details)).toEqual({
      kind: 'import',
      mode: 'valid_rows',
      dataAsOf: '2026-03-01',
      rows: 6,
      inserted: 6,
      updated: 0,
      skipped: 0,
      errors: 0,
    });
    expect(last.details).not.toMatch(/Contoh|CONTOH|Rekaan/);
  });

  it('updates known licence numbers on a newer list and refuses to overwrite with an older one', async () => {
    await importOk({ csv: EXAMPLE });
    const newer = `${HEADER}\nPT Contoh Fiktif Sejahtera,contoh-001,dicabut,31/12/2099,Jl. Baru\nPT Baru Fiktif,CONTOH-100,aktif,,\n`;
    const report = await importOk({ csv: newer, dataAsOf: '2026-03-05' });
    expect(statusOf(report)).toEqual([
      [2, 'updated'],
      [3, 'inserted'],
    ]);
    expect(stored()[0]).toMatchObject({
      licence_number: 'CONTOH-001',
      status: 'revoked',
      address: 'Jl. Baru',
      data_as_of: '2026-03-05',
    });

    const older = `${HEADER}\nPT Contoh Fiktif Sejahtera,CONTOH-001,aktif,31/12/2099,Jl. Lama\n`;
    const stale = await importOk({ csv: older, dataAsOf: '2026-02-01' });
    expect(stale.rows).toEqual([
      {
        row: 2,
        status: 'skipped',
        licenceNumber: 'CONTOH-001',
        messages: ['Data tersimpan untuk nomor izin ini lebih baru (per 2026-03-05); baris ini tidak dipakai.'],
      },
    ]);
    expect(stale.committed).toBe(false);
    expect(stored()[0]).toMatchObject({ status: 'revoked', address: 'Jl. Baru' });
  });
});

describe('agencies.import: bad input (issue 3)', () => {
  it('missing columns: reported once, nothing written', async () => {
    const before = tableCounts(h.core.db);
    const r = await importCsv({ csv: 'nama,alamat\nPT Contoh Fiktif,Jl. Contoh\n' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toBe(
      'Kolom wajib tidak ditemukan: nomor izin, status, berlaku sampai. Baris pertama harus berisi judul kolom: nama, nomor izin, status, berlaku sampai (alamat boleh ada).',
    );
    expect(r.error.issues).toEqual([{ path: 'csv', message: r.error.message }]);
    expect(tableCounts(h.core.db)).toEqual(before);
  });

  it('a header column given twice is refused as a whole', async () => {
    const r = await importCsv({ csv: 'nama,nomor izin,no sip3mi,status,berlaku sampai\nA,1,2,aktif,\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Kolom nomor izin muncul lebih dari sekali/);
    expect(licences()).toEqual([]);
  });

  it('duplicate licence numbers: every copy refused, other rows written (valid_rows)', async () => {
    const csv = [
      HEADER,
      'PT Contoh Satu,CONTOH-001,aktif,31/12/2099,',
      'PT Contoh Dua,CONTOH-002,aktif,31/12/2099,',
      'PT Contoh Satu Lagi,contoh-001 ,aktif,31/12/2099,',
      'PT Contoh Tiga,CONTOH-003,aktif,31/12/2099,',
    ].join('\n');
    const report = await importOk({ csv });
    const dup = 'Nomor izin CONTOH-001 muncul lebih dari sekali di berkas ini (baris 2, 4). Sisakan satu baris saja.';
    expect(report.rows).toEqual([
      { row: 2, status: 'error', licenceNumber: 'CONTOH-001', messages: [dup] },
      { row: 3, status: 'inserted', licenceNumber: 'CONTOH-002', messages: [] },
      { row: 4, status: 'error', licenceNumber: 'CONTOH-001', messages: [dup] },
      { row: 5, status: 'inserted', licenceNumber: 'CONTOH-003', messages: [] },
    ]);
    expect(licences()).toEqual(['CONTOH-002', 'CONTOH-003']);
  });

  it('duplicate licence numbers with all_or_nothing: nothing written, valid rows marked skipped', async () => {
    const before = tableCounts(h.core.db);
    const csv = [
      HEADER,
      'PT A Fiktif,CONTOH-001,aktif,,',
      'PT B Fiktif,CONTOH-001,aktif,,',
      'PT C Fiktif,CONTOH-003,aktif,,',
    ].join('\r\n');
    const report = await importOk({ csv, mode: 'all_or_nothing' });
    expect(report.committed).toBe(false);
    expect(report.batchId).toBeNull();
    expect(statusOf(report)).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'skipped'],
    ]);
    expect(report.rows[2].messages).toEqual([
      'Baris ini benar, tetapi tidak disimpan karena ada baris lain yang salah (mode semua-atau-tidak).',
    ]);
    expect(report.message).toBe(
      'Tidak ada yang disimpan karena 2 baris salah. Perbaiki baris yang ditandai, lalu unggah lagi.',
    );
    expect(tableCounts(h.core.db)).toEqual(before);
  });

  it('bad dates: impossible or unreadable dates refuse the row; the rest lands', async () => {
    const csv = [
      HEADER,
      'PT Tanggal Benar,CONTOH-001,aktif,28/02/2027,',
      'PT Tanggal Mustahil,CONTOH-002,aktif,31/02/2027,',
      'PT Bukan Kabisat,CONTOH-003,aktif,2027-02-29,',
      'PT Format Amerika,CONTOH-004,aktif,12/31/27,',
      'PT Tanpa Tanggal,CONTOH-005,dicabut,-,',
    ].join('\n');
    const report = await importOk({ csv });
    expect(report.rows).toEqual([
      { row: 2, status: 'inserted', licenceNumber: 'CONTOH-001', messages: [] },
      {
        row: 3,
        status: 'error',
        licenceNumber: 'CONTOH-002',
        messages: ['Berlaku sampai: Tanggal "31/02/2027" tidak ada di kalender.'],
      },
      {
        row: 4,
        status: 'error',
        licenceNumber: 'CONTOH-003',
        messages: ['Berlaku sampai: Tanggal "2027-02-29" tidak ada di kalender.'],
      },
      {
        row: 5,
        status: 'error',
        licenceNumber: 'CONTOH-004',
        messages: ['Berlaku sampai: Tanggal "12/31/27" tidak dikenali. Tulis sebagai HH/BB/TTTT atau TTTT-BB-HH.'],
      },
      { row: 6, status: 'inserted', licenceNumber: 'CONTOH-005', messages: [] },
    ]);
    expect(stored()).toEqual([
      expect.objectContaining({ licence_number: 'CONTOH-001', valid_until: '2027-02-28' }),
      expect.objectContaining({ licence_number: 'CONTOH-005', valid_until: null, status: 'revoked' }),
    ]);
  });

  it('unknown status, empty required cells and shifted columns are refused per row with every reason', async () => {
    const csv = [
      HEADER,
      'PT Status Aneh,CONTOH-001,mungkin,,',
      ',,,,',
      'PT Tanpa Nomor,,,,',
      'PT Koma Lepas,CONTOH-003,aktif,,Jl. A, No. 2',
      '"PT Kutip"Rusak,CONTOH-004,aktif,,',
      'PT Benar Fiktif,CONTOH-005,Ditangguhkan,,',
    ].join('\n');
    const report = await importOk({ csv });
    const status = 'aktif, dibekukan, dicabut atau kedaluwarsa (active, suspended, revoked, expired)';
    expect(report.rows).toEqual([
      {
        row: 2,
        status: 'error',
        licenceNumber: 'CONTOH-001',
        messages: [`Status "mungkin" tidak dikenal. Isi dengan ${status}.`],
      },
      { row: 3, status: 'skipped', licenceNumber: null, messages: ['Baris kosong, dilewati.'] },
      {
        row: 4,
        status: 'error',
        licenceNumber: null,
        messages: ['Nomor izin kosong.', `Status kosong. Isi dengan ${status}.`],
      },
      {
        row: 5,
        status: 'error',
        licenceNumber: 'CONTOH-003',
        messages: [
          'Baris ini punya 6 kolom, padahal baris judul 5. Mungkin ada tanda koma di dalam nama atau alamat; apit isinya dengan tanda kutip.',
        ],
      },
      {
        row: 6,
        status: 'error',
        licenceNumber: 'CONTOH-004',
        messages: ['Tanda kutip (") di baris ini tidak rapi; isi kolomnya tidak bisa dipastikan.'],
      },
      { row: 7, status: 'inserted', licenceNumber: 'CONTOH-005', messages: [] },
    ]);
    expect(stored()).toEqual([expect.objectContaining({ licence_number: 'CONTOH-005', status: 'suspended' })]);
  });

  it('an unclosed quote refuses the whole file: every later row would be misread', async () => {
    const before = tableCounts(h.core.db);
    const r = await importCsv({
      csv: `${HEADER}\nPT A,CONTOH-001,aktif,,\n"PT B,CONTOH-002,aktif,,\nPT C,CONTOH-003,aktif,,\n`,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toContain('baris 3 tidak ditutup');
    }
    expect(tableCounts(h.core.db)).toEqual(before);
  });

  it('a file over 5 MB is refused before anything is read, as text or as bytes', async () => {
    const before = tableCounts(h.core.db);
    const row = 'PT Contoh Fiktif Besar,CONTOH-XXXXXX,aktif,31/12/2099,Jl. Contoh Panjang Sekali No. 1\n';
    const lines = [`${HEADER}\n`];
    let size = lines[0].length;
    for (let i = 0; size <= 5 * 1024 * 1024; i++) {
      lines.push(row.replace('XXXXXX', String(i).padStart(6, '0')));
      size += row.length;
    }
    const csv = lines.join('');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(5 * 1024 * 1024);
    expect(Buffer.byteLength(csv)).toBeLessThan(5 * 1024 * 1024 + 200);
    for (const input of [{ csv }, { csvBase64: b64(csv) }]) {
      const r = await importCsv(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.issues?.[0].message).toBe(
          'Berkas terlalu besar (maksimal 5 MB). Simpan hanya kolom yang diperlukan, atau bagi menjadi beberapa berkas.',
        );
      }
    }
    // Multi-byte text: under 5 M characters but over 5 MB.
    const wide = `${HEADER}\n${'é'.repeat(2_700_000)}`;
    expect(wide.length).toBeLessThan(5 * 1024 * 1024);
    const r = await importCsv({ csv: wide });
    expect(r.ok).toBe(false);
    expect(tableCounts(h.core.db)).toEqual(before);

    // One row less is within the cap and imports whole.
    const fits = lines.slice(0, -1).join('');
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(5 * 1024 * 1024);
    const report = await importOk({ csvBase64: b64(fits) });
    expect(report.counts.inserted).toBe(lines.length - 2);
    expect(report.counts.error).toBe(0);
  });

  it('Windows-1252 bytes are decoded as such and the report says so', async () => {
    const text = `${HEADER}\r\nPT Café Rekaan,CONTOH-001,aktif,31/12/2099,Jl. Fiktif No. 5 – Blok “B”\r\n`;
    // Encode as Windows-1252 by hand: é = E9, – = 96, “ = 93, ” = 94.
    const map: Record<string, number> = { é: 0xe9, '–': 0x96, '“': 0x93, '”': 0x94 };
    const bytes = Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const report = await importOk({ csvBase64: b64(bytes) });
    expect(report.encoding).toBe('windows-1252');
    expect(report.notes).toContain(
      'Berkas dibaca sebagai teks Windows-1252 (bukan UTF-8). Periksa huruf beraksen pada nama dan alamat.',
    );
    expect(statusOf(report)).toEqual([[2, 'inserted']]);
    expect(stored()).toEqual([
      expect.objectContaining({
        name: 'PT Café Rekaan',
        name_normalized: 'cafe rekaan',
        address: 'Jl. Fiktif No. 5 – Blok “B”',
      }),
    ]);
  });

  it('a UTF-8 BOM does not hide the first column, as bytes or as text', async () => {
    const text = `${HEADER}\nPT Bom Fiktif,CONTOH-001,aktif,,\n`;
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const report = await importOk({ csvBase64: b64(withBom) });
    expect(report.encoding).toBe('utf-8-bom');
    expect(report.rows).toEqual([{ row: 2, status: 'inserted', licenceNumber: 'CONTOH-001', messages: [] }]);
    const again = await importOk({ csv: `\uFEFF${HEADER}\nPT Bom Dua,CONTOH-002,aktif,,\n` });
    expect(again.encoding).toBe('utf-8-bom');
    expect(statusOf(again)).toEqual([[2, 'inserted']]);
    expect(licences()).toEqual(['CONTOH-001', 'CONTOH-002']);
  });

  it('reads an Indonesian-locale Excel export: semicolons, Indonesian headers, extra columns ignored', async () => {
    const csv =
      'No.;Nama Perusahaan;No. SIP3MI;Status Izin;Berlaku Sampai;Alamat Kantor\r\n1;PT Contoh Fiktif;CONTOH-001;Aktif;31-12-2099;Jl. A, No. 1\r\n';
    const report = await importOk({ csv });
    expect(report.notes).toEqual(['Pemisah kolom: titik koma (;).', 'Kolom yang tidak dipakai: No..']);
    expect(stored()).toEqual([
      expect.objectContaining({
        name: 'PT Contoh Fiktif',
        licence_number: 'CONTOH-001',
        valid_until: '2099-12-31',
        address: 'Jl. A, No. 1',
      }),
    ]);
  });

  it('refuses an empty file, a header without rows, a future data date and a bad choice of fields', async () => {
    const before = tableCounts(h.core.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ csv: '' }, 'Berkas CSV kosong. Baris pertama harus berisi judul kolom.'],
      [{ csv: `${HEADER}\r\n` }, 'Tidak ada baris data di bawah baris judul.'],
      [
        { csv: EXAMPLE, dataAsOf: '2026-03-11' },
        'Tanggal data tidak boleh sesudah hari ini. Isi dengan tanggal daftar resmi itu diterbitkan.',
      ],
      [{ csv: EXAMPLE, dataAsOf: '2026-02-30' }, 'Periksa kembali isian yang ditandai.'],
      [{ csv: EXAMPLE, csvBase64: b64(EXAMPLE) }, 'Periksa kembali isian yang ditandai.'],
      [{ csvBase64: 'bukan base64!' }, 'Periksa kembali isian yang ditandai.'],
      [{ csv: EXAMPLE, mode: 'sebagian' }, 'Periksa kembali isian yang ditandai.'],
      [{ csv: EXAMPLE, source: ' ' }, 'Periksa kembali isian yang ditandai.'],
    ];
    for (const [input, message] of cases) {
      const r = await importCsv(input);
      expect(r.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toBe(message);
      }
    }
    const neither = await h.call('agencies.import', base, admin);
    expect(neither.ok ? null : neither.error.issues).toEqual([{ path: 'csv', message: 'Pilih satu berkas CSV.' }]);
    expect(tableCounts(h.core.db)).toEqual(before);
  });

  it('is one transaction: a failure on a late row leaves the earlier rows unwritten', async () => {
    h.core.db.exec(`CREATE TRIGGER uji_gagal BEFORE INSERT ON agencies WHEN NEW.licence_number = 'CONTOH-005'
      BEGIN SELECT RAISE(ABORT, 'uji: disk penuh'); END;`);
    const before = tableCounts(h.core.db);
    const r = await importCsv({ csv: EXAMPLE });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INTERNAL');
    expect(tableCounts(h.core.db)).toEqual(before);
    expect(h.log.errors).toHaveLength(1);
  });

  it('imports 10,000 rows with per-row results', async () => {
    let csv = `${HEADER}\n`;
    for (let i = 0; i < 10_000; i++) csv += `PT Contoh Fiktif ${i},CONTOH-${i},aktif,31/12/2099,Jl. Contoh ${i}\n`;
    csv += 'PT Rusak,CONTOH-X,entah,,\n';
    const report = await importOk({ csv });
    expect(report.counts).toEqual({ rows: 10_001, inserted: 10_000, updated: 0, skipped: 0, error: 1 });
    expect(report.rows[10_000]).toMatchObject({ row: 10_002, status: 'error' });
    expect(tableCounts(h.core.db).agencies).toBe(10_000);
  });
});

describe('agencies.import: who may import', () => {
  it('a kiosk visitor is asked to log in, staff other than admin are refused, nothing is written', async () => {
    const before = tableCounts(h.core.db);
    const anon = await h.call('agencies.import', { ...base, csv: EXAMPLE });
    expect(anon.ok ? null : anon.error.code).toBe('UNAUTHENTICATED');
    for (const role of ['desk_officer', 'educator', 'viewer'] as const) {
      const token = await staffToken(h, role);
      const r = await h.call('agencies.import', { ...base, csv: EXAMPLE }, token);
      expect(r.ok ? null : r.error).toEqual({
        code: 'FORBIDDEN',
        message: 'Akun Anda tidak berhak membuka bagian ini.',
      });
    }
    expect(tableCounts(h.core.db).agencies).toBe(before.agencies);
  });
});
