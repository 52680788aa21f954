import type { CareRelation, ChildConsentGiver, DocumentStatus, ParentRole, SchoolLevel } from '../../../shared/edukasi';
import type { ConsentMethod, Sex } from '../../../shared/people';
import { headerKey } from '../../kiosk/agencies/csv-columns';

/**
 * The columns of the Rumah Edukasi CSV and the header names accepted for each. Headers are
 * compared as in the agency import (headerKey: no case, accents, punctuation or underscores), so
 * `tanggal_lahir`, `Tanggal Lahir` and `TANGGAL-LAHIR` are the same column.
 */
export const COLUMNS = {
  kind: { label: 'jenis', required: true, aliases: ['jenis', 'jenis data', 'kind'] },
  name: { label: 'nama', required: true, aliases: ['nama', 'nama lengkap', 'name'] },
  birthDate: { label: 'tanggal_lahir', required: true, aliases: ['tanggal lahir', 'tgl lahir', 'birth date'] },
  sex: { label: 'jenis_kelamin', required: true, aliases: ['jenis kelamin', 'jk', 'l p', 'sex'] },
  childKey: { label: 'kode_anak', required: false, aliases: ['kode anak', 'kode', 'child key'] },
  childName: { label: 'nama_anak', required: false, aliases: ['nama anak', 'anak'] },
  relation: { label: 'hubungan', required: false, aliases: ['hubungan', 'hubungan dengan anak', 'relation'] },
  birthCertificate: { label: 'akta', required: true, aliases: ['akta', 'akta lahir', 'akta kelahiran'] },
  kia: { label: 'kia', required: true, aliases: ['kia', 'kartu identitas anak'] },
  school: { label: 'sekolah', required: true, aliases: ['sekolah', 'jenjang sekolah', 'jenjang'] },
  consentBy: { label: 'persetujuan_oleh', required: true, aliases: ['persetujuan oleh', 'pemberi persetujuan'] },
  consentMethod: { label: 'cara_persetujuan', required: true, aliases: ['cara persetujuan'] },
  consentEvidence: { label: 'bukti_persetujuan', required: true, aliases: ['bukti persetujuan', 'bukti'] },
  consentGiverName: {
    label: 'nama_pemberi_persetujuan',
    required: false,
    aliases: ['nama pemberi persetujuan', 'nama pemberi'],
  },
  consentTextVersion: {
    label: 'versi_persetujuan',
    required: false,
    aliases: ['versi persetujuan', 'versi teks persetujuan'],
  },
  group: { label: 'kelompok', required: false, aliases: ['kelompok', 'nama kelompok', 'group'] },
  bornAbroad: {
    label: 'lahir_di_luar_negeri',
    required: false,
    aliases: ['lahir di luar negeri', 'lahir luar negeri', 'born abroad'],
  },
} as const;

export type ColumnKey = keyof typeof COLUMNS;

const ALIAS_TO_COLUMN = new Map<string, ColumnKey>();
for (const [key, col] of Object.entries(COLUMNS) as [ColumnKey, (typeof COLUMNS)[ColumnKey]][]) {
  ALIAS_TO_COLUMN.set(headerKey(col.label), key);
  for (const alias of col.aliases) ALIAS_TO_COLUMN.set(headerKey(alias), key);
}

export type HeaderMap =
  | { ok: true; index: Partial<Record<ColumnKey, number>>; ignored: string[] }
  | { ok: false; message: string };

const EXPECTED = `Baris pertama harus berisi judul kolom: ${(Object.keys(COLUMNS) as ColumnKey[])
  .filter((k) => COLUMNS[k].required)
  .map((k) => COLUMNS[k].label)
  .join(
    ', ',
  )} (kode_anak, nama_anak, hubungan, kelompok, nama_pemberi_persetujuan, versi_persetujuan, lahir_di_luar_negeri boleh ada).`;

export function mapHeader(cells: string[]): HeaderMap {
  const index: Partial<Record<ColumnKey, number>> = {};
  const ignored: string[] = [];
  const twice: string[] = [];
  cells.forEach((cell, i) => {
    const key = ALIAS_TO_COLUMN.get(headerKey(cell));
    if (!key) {
      if (cell.trim() !== '') ignored.push(cell.trim().slice(0, 60));
      return;
    }
    if (index[key] !== undefined) twice.push(COLUMNS[key].label);
    else index[key] = i;
  });
  if (twice.length > 0) {
    return { ok: false, message: `Kolom ${twice.join(', ')} muncul lebih dari sekali di baris judul. ${EXPECTED}` };
  }
  const missing = (Object.keys(COLUMNS) as ColumnKey[]).filter((k) => COLUMNS[k].required && index[k] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Kolom wajib tidak ditemukan: ${missing.map((k) => COLUMNS[k].label).join(', ')}. ${EXPECTED}`,
    };
  }
  return { ok: true, index, ignored };
}

/** Cell words → codes. Keys are headerKey()-normalised, so "Tidak Tahu" = "tidak_tahu". */
const dictionary = <T>(entries: Record<string, T>) => {
  const map = new Map<string, T>();
  for (const [k, v] of Object.entries(entries)) map.set(headerKey(k), v);
  return (cell: string): T | null => map.get(headerKey(cell)) ?? null;
};

export const parseKind = dictionary<'child' | 'caregiver'>({
  anak: 'child',
  child: 'child',
  pengasuh: 'caregiver',
  caregiver: 'caregiver',
});

export const parseSex = dictionary<Sex>({
  l: 'L',
  p: 'P',
  lk: 'L',
  pr: 'P',
  'laki-laki': 'L',
  lakilaki: 'L',
  pria: 'L',
  perempuan: 'P',
  wanita: 'P',
});

export const parseDocument = dictionary<DocumentStatus>({
  ya: 'yes',
  ada: 'yes',
  sudah: 'yes',
  punya: 'yes',
  yes: 'yes',
  tidak: 'no',
  'tidak ada': 'no',
  belum: 'no',
  'belum ada': 'no',
  no: 'no',
  'tidak tahu': 'unknown',
  'belum tahu': 'unknown',
  unknown: 'unknown',
});

export const parseYesNo = dictionary<boolean>({ ya: true, yes: true, tidak: false, no: false, bukan: false });

export const parseSchool = dictionary<SchoolLevel>({
  'belum sekolah': 'none',
  none: 'none',
  paud: 'paud',
  tk: 'paud',
  'paud/tk': 'paud',
  ra: 'paud',
  sd: 'sd',
  mi: 'sd',
  'sd/mi': 'sd',
  smp: 'smp',
  mts: 'smp',
  'smp/mts': 'smp',
  sma: 'sma',
  smk: 'sma',
  ma: 'sma',
  'sma/smk': 'sma',
  'tidak sekolah': 'not_in_school',
  'putus sekolah': 'not_in_school',
  not_in_school: 'not_in_school',
});

export const parseConsentBy = dictionary<{ giver: ChildConsentGiver; parentRole?: ParentRole }>({
  'orang tua di luar negeri': { giver: 'parent_abroad' },
  'ortu di luar negeri': { giver: 'parent_abroad' },
  'ayah di luar negeri': { giver: 'parent_abroad', parentRole: 'father' },
  'ibu di luar negeri': { giver: 'parent_abroad', parentRole: 'mother' },
  parent_abroad: { giver: 'parent_abroad' },
  'orang tua di rumah': { giver: 'parent_home' },
  'ortu di rumah': { giver: 'parent_home' },
  ayah: { giver: 'parent_home', parentRole: 'father' },
  ibu: { giver: 'parent_home', parentRole: 'mother' },
  'ayah di rumah': { giver: 'parent_home', parentRole: 'father' },
  'ibu di rumah': { giver: 'parent_home', parentRole: 'mother' },
  parent_home: { giver: 'parent_home' },
  wali: { giver: 'guardian' },
  guardian: { giver: 'guardian' },
  lainnya: { giver: 'other' },
  other: { giver: 'other' },
});

export const parseConsentMethod = dictionary<ConsentMethod>({
  tertulis: 'written',
  formulir: 'written',
  written: 'written',
  'rekaman telepon': 'recorded_call',
  'rekaman panggilan': 'recorded_call',
  'rekaman video call': 'recorded_call',
  recorded_call: 'recorded_call',
  'rekaman pesan': 'recorded_message',
  'pesan whatsapp': 'recorded_message',
  'pesan suara': 'recorded_message',
  recorded_message: 'recorded_message',
  elektronik: 'electronic',
  electronic: 'electronic',
});

export const parseCareRelation = dictionary<CareRelation>({
  ayah: 'father',
  bapak: 'father',
  ibu: 'mother',
  kakek: 'grandfather',
  nenek: 'grandmother',
  paman: 'uncle',
  om: 'uncle',
  bibi: 'aunt',
  tante: 'aunt',
  kakak: 'older_sibling',
  saudara: 'other_relative',
  'saudara lain': 'other_relative',
  tetangga: 'neighbour',
  'orang tua asuh': 'foster_parent',
  lembaga: 'institution',
  lainnya: 'other',
});

export const HELP = {
  kind: 'anak atau pengasuh',
  sex: 'L atau P',
  document: 'ya, tidak, atau tidak tahu',
  school: 'belum sekolah, PAUD, SD, SMP, SMA, atau tidak sekolah',
  consentBy: 'orang tua di luar negeri, orang tua di rumah, wali, atau lainnya',
  consentMethod: 'tertulis, rekaman telepon, rekaman pesan, atau elektronik',
  relation: 'ayah, ibu, kakek, nenek, paman, bibi, kakak, saudara, tetangga, orang tua asuh, lembaga, atau lainnya',
} as const;
