import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_CHILD } from '../../../electron/core/edukasi/children/enrol';
import { ORPHAN_CAREGIVER } from '../../../electron/core/edukasi/import/plan';
import { tableCounts } from '../../support/core';
import { auditOf, count, edukasiCore, enrol, fails, ok } from './support';

const FIXTURE = readFileSync(path.resolve(__dirname, '../../fixtures/edukasi/anak-contoh.csv'), 'utf8');
const HEADER =
  'jenis,nama,tanggal_lahir,jenis_kelamin,kode_anak,nama_anak,hubungan,akta,kia,sekolah,persetujuan_oleh,cara_persetujuan,bukti_persetujuan,versi_persetujuan,kelompok';
const child = (name: string, birth: string, key = '', group = '') =>
  `anak,${name},${birth},L,${key},,,ya,ya,SD,orang tua di luar negeri,rekaman telepon,REK-1,2026-01,${group}`;
const caregiver = (name: string, key: string, childName = '') =>
  `pengasuh,${name},,P,${key},${childName},nenek,,,,,tertulis,FORM-1,2026-01,`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('edukasi.import', () => {
  it('imports the 40-child example file into its group, with caregivers linked by kode_anak', async () => {
    const { core, edu } = await edukasiCore();
    const group = await ok(core, 'groups.create', { name: 'Kelas Melati', audience: 'children' }, edu);
    const report = await ok(core, 'edukasi.import', { csv: FIXTURE, mode: 'all_or_nothing' }, edu);
    expect(report.counts).toEqual({ rows: 52, children: 40, caregivers: 12, skipped: 0, error: 0 });
    expect(report).toMatchObject({
      committed: true,
      encoding: 'utf-8',
      message: 'Impor selesai: 40 anak dan 12 pengasuh tersimpan, 0 dilewati, 0 salah.',
    });
    expect(report.rows.every((r) => r.messages.length === 0)).toBe(true);
    const detail = await ok(core, 'groups.get', { id: group.id }, edu);
    expect(detail.members).toHaveLength(40);
    expect(detail.members.every((m) => m.kind === 'child')).toBe(true);
    // One grandmother caring for two grandchildren is one person with two arrangements.
    expect(count(core, 'caregivers')).toBe(11);
    expect(count(core, 'care_arrangements')).toBe(12);
    const list = await ok(core, 'children.list', { q: 'Ayu Contoh', limit: 5 }, edu);
    const ayu = await ok(core, 'children.get', { id: list.items[0].id }, edu);
    expect(ayu.caregivers).toEqual([
      expect.objectContaining({ fullName: 'Nenek Sumi Fiktif', relation: 'grandmother', primary: true }),
    ]);
    expect(ayu.consent).toMatchObject({
      givenByName: 'Orang Tua Ayu Fiktif',
      method: 'recorded_call',
      evidenceRef: 'REK-2026-001',
      textVersion: '2026-01',
    });
    expect(ayu.consentGiver).toBe('parent_abroad');
    const docs = await ok(core, 'children.withoutDocuments', {}, edu);
    expect(docs.counts.total).toBeGreaterThan(0);
    expect(auditOf(core, 'edukasi_import')).toHaveLength(1);
    expect(JSON.parse(auditOf(core, 'edukasi_import')[0].details)).toEqual({
      mode: 'all_or_nothing',
      rows: 52,
      children: 40,
      caregivers: 12,
      errors: 0,
    });
  });

  it('reports a 19-year-old and a caregiver without a child per row, and writes nothing in all-or-nothing mode', async () => {
    const { core, edu } = await edukasiCore();
    const file = csv(
      child('Andi Fiktif', '10/10/2015', 'A1'),
      child('Dewasa Fiktif', '28/11/2007', 'A2'),
      caregiver('Nenek Andi Fiktif', 'A1'),
      caregiver('Nenek Yatim Fiktif', 'A9'),
    );
    const before = tableCounts(core);
    const held = await ok(core, 'edukasi.import', { csv: file, mode: 'all_or_nothing' }, edu);
    expect(held.committed).toBe(false);
    expect(held.rows).toEqual([
      {
        row: 2,
        status: 'skipped',
        kind: 'child',
        key: 'A1',
        messages: ['Baris ini benar, tetapi tidak disimpan karena ada baris lain yang salah (mode semua-atau-tidak).'],
      },
      {
        row: 3,
        status: 'error',
        kind: 'child',
        key: 'A2',
        messages: ['Umur 19 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.'],
      },
      {
        row: 4,
        status: 'skipped',
        kind: 'caregiver',
        key: 'A1',
        messages: ['Baris ini benar, tetapi tidak disimpan karena ada baris lain yang salah (mode semua-atau-tidak).'],
      },
      { row: 5, status: 'error', kind: 'caregiver', key: 'A9', messages: [ORPHAN_CAREGIVER] },
    ]);
    expect(held.message).toBe(
      'Tidak ada yang disimpan karena 2 baris salah. Perbaiki baris yang ditandai, lalu unggah lagi.',
    );
    expect(tableCounts(core)).toEqual(before);

    const partial = await ok(core, 'edukasi.import', { csv: file, mode: 'valid_rows' }, edu);
    expect(partial.rows.map((r) => r.status)).toEqual(['inserted', 'error', 'inserted', 'error']);
    expect(partial.counts).toEqual({ rows: 4, children: 1, caregivers: 1, skipped: 0, error: 2 });
    expect(count(core, 'children')).toBe(1);
    expect(count(core, 'care_arrangements')).toBe(1);
  });

  it('refuses duplicate children in the file and in the database, and caregivers of a bad child row', async () => {
    const { core, edu } = await edukasiCore();
    await enrol(core, edu, 'Sudah Ada Fiktif', { birthDate: '2016-01-01' });
    await enrol(core, edu, 'Lama Fiktif', { birthDate: '2015-01-01' });
    const report = await ok(
      core,
      'edukasi.import',
      {
        csv: csv(
          child('Kembar Fiktif', '05/05/2016', 'K1'),
          child('kembar  FIKTIF', '2016-05-05', 'K2'),
          child('Sudah Ada Fiktif', '01/01/2016', 'S1'),
          caregiver('Nenek Kembar Fiktif', 'K1'),
          caregiver('Nenek Lama Fiktif', '', 'lama fiktif'),
        ),
        mode: 'valid_rows',
      },
      edu,
    );
    const same = 'Anak dengan nama dan tanggal lahir yang sama muncul lebih dari sekali di berkas ini (baris 2, 3).';
    expect(report.rows.map((r) => [r.row, r.status, r.messages])).toEqual([
      [2, 'error', [same]],
      [3, 'error', [same]],
      [4, 'error', [DUPLICATE_CHILD]],
      [5, 'error', ['Baris anak yang dirujuk (baris 2) salah, jadi pengasuh ini tidak disimpan.']],
      // nama_anak finds the child already enrolled in the database.
      [6, 'inserted', []],
    ]);
    expect(count(core, 'children')).toBe(2);
    expect(count(core, 'care_arrangements')).toBe(1);
  });

  it('needs the consent columns for children and reads every cell with a clear message', async () => {
    const { core, edu } = await edukasiCore();
    const header = HEADER.replace(',versi_persetujuan', '');
    const rows = [
      'anak,Tanpa Persetujuan Fiktif,01/01/2016,L,,,,ya,ya,SD,,,,',
      'anak,Salah Isi Fiktif,31/02/2016,X,,,,mungkin,ya,kuliah,tetangga,surat,B-1,',
      'robot,Bukan Fiktif,01/01/2016,L,,,,ya,ya,SD,wali,tertulis,B-2,',
      'anak,Versi Dari Unggahan Fiktif,01/01/2016,P,,,,,,SD,wali,tertulis,B-3,',
    ];
    const report = await ok(
      core,
      'edukasi.import',
      { csv: [header, ...rows].join('\r\n'), mode: 'valid_rows', consentTextVersion: '2026-03' },
      edu,
    );
    expect(report.rows[0].messages).toEqual([
      'Persetujuan oleh kosong: anak hanya bisa didaftarkan dengan persetujuan orang tua atau wali (UU PDP Pasal 25). Isi dengan orang tua di luar negeri, orang tua di rumah, wali, atau lainnya.',
      'Cara persetujuan kosong. Isi dengan tertulis, rekaman telepon, rekaman pesan, atau elektronik.',
      'Bukti persetujuan kosong. Tulis nomor formulir atau nama berkas rekaman.',
    ]);
    expect(report.rows[1].messages).toEqual([
      'Tanggal lahir: Tanggal "31/02/2016" tidak ada di kalender.',
      'Jenis kelamin "X" tidak dikenal. Isi dengan L atau P.',
      'Cara persetujuan "surat" tidak dikenal. Isi dengan tertulis, rekaman telepon, rekaman pesan, atau elektronik.',
      'Akta "mungkin" tidak dikenal. Isi dengan ya, tidak, atau tidak tahu.',
      'Sekolah "kuliah" tidak dikenal. Isi dengan belum sekolah, PAUD, SD, SMP, SMA, atau tidak sekolah.',
      'Persetujuan oleh "tetangga" tidak dikenal. Isi dengan orang tua di luar negeri, orang tua di rumah, wali, atau lainnya.',
    ]);
    expect(report.rows[2].messages).toEqual(['Jenis "robot" tidak dikenal. Isi dengan anak atau pengasuh.']);
    expect(report.rows[3].status).toBe('inserted');
    const list = await ok(core, 'children.list', {}, edu);
    const imported = await ok(core, 'children.get', { id: list.items[0].id }, edu);
    expect(imported).toMatchObject({ birthCertificate: 'unknown', kia: 'unknown', consentGiver: 'guardian' });
    expect(imported.consent).toMatchObject({ givenBy: 'guardian', givenByName: null, textVersion: '2026-03' });
  });

  it('refuses a file it cannot read as a whole, and an unknown group per row', async () => {
    const { core, edu } = await edukasiCore();
    const before = tableCounts(core);
    const noColumns = await fails(core, 'edukasi.import', { csv: 'nama,umur\nBudi,7\n', mode: 'valid_rows' }, edu);
    expect(noColumns.code).toBe('VALIDATION');
    expect(noColumns.message).toMatch(
      /^Kolom wajib tidak ditemukan: jenis, tanggal_lahir, jenis_kelamin, akta, kia, sekolah/,
    );
    const quote = await fails(
      core,
      'edukasi.import',
      { csv: `${HEADER}\nanak,"Budi Fiktif,01/01/2016`, mode: 'valid_rows' },
      edu,
    );
    expect(quote.issues?.[0].path).toBe('csv');
    expect((await fails(core, 'edukasi.import', { csv: HEADER, mode: 'valid_rows' }, edu)).message).toBe(
      'Tidak ada baris data di bawah baris judul.',
    );
    expect(tableCounts(core)).toEqual(before);
    const semicolon = [HEADER, child('Budi Fiktif', '01/01/2016', '', 'Kelas Hantu')].join('\n').replaceAll(',', ';');
    const report = await ok(core, 'edukasi.import', { csv: semicolon, mode: 'valid_rows' }, edu);
    expect(report.notes[0]).toBe('Pemisah kolom: titik koma (;).');
    expect(report.rows[0].messages).toEqual([
      'Kelompok "Kelas Hantu" tidak ditemukan. Buat kelompoknya dulu, atau kosongkan kolom kelompok.',
    ]);
    expect(tableCounts(core)).toEqual(before);
  });
});
