import { describe, expect, it } from 'vitest';
import {
  mapHeader,
  parseConsentBy,
  parseDocument,
  parseSchool,
  parseSex,
} from '../../../electron/core/edukasi/import/columns';
import { checkRow } from '../../../electron/core/edukasi/import/rows';
import { parseCsv } from '../../../electron/core/kiosk/agencies/csv-parse';

const HEADER =
  'Jenis;Nama;Tanggal Lahir;JK;Kode Anak;Nama Anak;Hubungan;Akta Lahir;KIA;Sekolah;Persetujuan Oleh;Cara Persetujuan;Bukti Persetujuan;Versi Persetujuan;Kelompok;Catatan';

function read(line: string) {
  const records = parseCsv(`${HEADER}\n${line}\n`, ';');
  const header = mapHeader(records[0].fields);
  if (!header.ok) throw new Error(header.message);
  return { row: checkRow(records[1], header, records[0].fields.length, '2026-11-29', null), header };
}

describe('import columns', () => {
  it('maps headers without case, spaces or underscores, and names unknown and missing ones', () => {
    const { header } = read('');
    expect(header.ignored).toEqual(['Catatan']);
    expect(header.index.birthDate).toBe(2);
    const missing = mapHeader(['jenis', 'nama']);
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.message).toMatch(/^Kolom wajib tidak ditemukan: tanggal_lahir, jenis_kelamin, akta/);
    const twice = mapHeader(['nama', 'Nama Lengkap']);
    expect(twice.ok).toBe(false);
  });

  it('reads the words people write', () => {
    expect(['L', 'Laki-laki', 'pr', 'Perempuan', 'x'].map(parseSex)).toEqual(['L', 'L', 'P', 'P', null]);
    expect(['Ya', 'tidak ada', 'Tidak Tahu', ''].map(parseDocument)).toEqual(['yes', 'no', 'unknown', null]);
    expect(['SD/MI', 'MTs', 'TK', 'Putus sekolah'].map(parseSchool)).toEqual(['sd', 'smp', 'paud', 'not_in_school']);
    expect(parseConsentBy('Ibu di luar negeri')).toEqual({ giver: 'parent_abroad', parentRole: 'mother' });
    expect(parseConsentBy('WALI')).toEqual({ giver: 'guardian' });
  });
});

describe('checkRow', () => {
  it('turns a good child row into values', () => {
    const { row } = read(
      'anak;Putri Fiktif;3/4/2016;P;A1;;;ya;tidak;SD;orang tua di luar negeri;rekaman pesan;WA-001;2026-01;Kelas Melati;',
    );
    expect(row).toMatchObject({
      kind: 'child',
      key: 'A1',
      value: {
        fullName: 'Putri Fiktif',
        nameKey: 'putri fiktif',
        birthDate: '2016-04-03',
        sex: 'P',
        birthCertificate: 'yes',
        kia: 'no',
        schoolLevel: 'sd',
        consentGiver: 'parent_abroad',
        consentMethod: 'recorded_message',
        consentEvidence: 'WA-001',
        consentTextVersion: '2026-01',
        group: 'Kelas Melati',
        bornAbroad: false,
      },
    });
  });

  it('reports the exact age of a child who is too old', () => {
    const { row } = read('anak;Dewasa Fiktif;28/11/2007;L;;;;ya;ya;SMA;wali;tertulis;F-1;2026-01;;');
    expect(row).toEqual({
      row: 2,
      kind: 'error',
      rowKind: 'child',
      key: null,
      messages: ['Umur 19 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.'],
    });
  });

  it('needs a link and a relation on caregiver rows, and refuses a name that holds a NIK', () => {
    const { row } = read('pengasuh;Nenek 3212164105900001;;P;;;;;;;;tertulis;;;;');
    expect(row.kind).toBe('error');
    if (row.kind !== 'error') return;
    expect(row.messages).toEqual([
      'Nama: Nama tidak boleh berisi deretan angka (NIK atau nomor HP ditulis di kolomnya).',
      'Pengasuh ini tidak terhubung ke anak: isi kode_anak (sama dengan baris anaknya) atau nama_anak.',
      'Hubungan pengasuh dengan anak kosong. Isi dengan ayah, ibu, kakek, nenek, paman, bibi, kakak, saudara, tetangga, orang tua asuh, lembaga, atau lainnya.',
    ]);
    expect(read(';;;;;;;;;;;;;;;').row).toEqual({ row: 2, kind: 'blank' });
  });
});
