import type { CareRelation, ChildConsentGiver, DocumentStatus, ParentRole, SchoolLevel } from '../../../shared/edukasi';
import type { ConsentMethod, Sex } from '../../../shared/people';
import type { CsvRecord } from '../../kiosk/agencies/csv-parse';
import { cleanCell } from '../../kiosk/agencies/normalize';
import { parseDateCell } from '../../kiosk/dates';
import { nameKey } from '../../people/name-key';
import { fullNameField } from '../../people/schemas';
import { ageOn, MINOR_AGE_LIMIT, tooOldMessage } from '../dates';
import {
  type ColumnKey,
  HELP,
  type HeaderMap,
  parseCareRelation,
  parseConsentBy,
  parseConsentMethod,
  parseDocument,
  parseKind,
  parseSchool,
  parseSex,
  parseYesNo,
} from './columns';

export interface ChildValue {
  fullName: string;
  nameKey: string;
  birthDate: string;
  sex: Sex;
  key: string | null;
  birthCertificate: DocumentStatus;
  kia: DocumentStatus;
  schoolLevel: SchoolLevel;
  bornAbroad: boolean;
  consentGiver: ChildConsentGiver;
  parentRole?: ParentRole;
  consentGiverName: string | null;
  consentMethod: ConsentMethod;
  consentEvidence: string;
  consentTextVersion: string;
  group: string | null;
}

export interface CaregiverValue {
  fullName: string;
  nameKey: string;
  birthDate: string | null;
  sex: Sex | null;
  childKey: string | null;
  childName: string | null;
  relation: CareRelation;
  consentMethod: ConsentMethod | null;
  consentEvidence: string | null;
  consentTextVersion: string | null;
  group: string | null;
}

export type CheckedRow =
  | { row: number; kind: 'blank' }
  | { row: number; kind: 'child'; value: ChildValue; key: string | null }
  | { row: number; kind: 'caregiver'; value: CaregiverValue; key: string | null }
  | { row: number; kind: 'error'; rowKind: 'child' | 'caregiver' | null; key: string | null; messages: string[] };

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Reads one data row on its own: every cell is checked and all problems of the row are reported
 * together, so the educator fixes a row once. Checks against the database and across rows come
 * later (checkFile).
 */
export function checkRow(
  record: CsvRecord,
  header: Extract<HeaderMap, { ok: true }>,
  width: number,
  today: string,
  defaultTextVersion: string | null,
): CheckedRow {
  const { row, fields } = record;
  if (fields.every((f) => f.trim() === '')) return { row, kind: 'blank' };
  const cell = (key: ColumnKey) => {
    const i = header.index[key];
    return i === undefined ? '' : cleanCell(fields[i] ?? '');
  };
  const messages: string[] = [];
  if (record.malformed) messages.push('Tanda kutip (") di baris ini tidak rapi; isi kolomnya tidak bisa dipastikan.');
  if (fields.length > width) {
    messages.push(
      `Baris ini punya ${fields.length} kolom, padahal baris judul ${width}. Mungkin ada tanda koma di dalam nama; apit isinya dengan tanda kutip.`,
    );
  }
  const kindRaw = cell('kind');
  const kind = parseKind(kindRaw);
  if (!kind) {
    messages.push(
      kindRaw === ''
        ? `Jenis kosong. Isi dengan ${HELP.kind}.`
        : `Jenis "${short(kindRaw)}" tidak dikenal. Isi dengan ${HELP.kind}.`,
    );
  }
  const keyRaw = cell('childKey');
  const key = keyRaw === '' ? null : keyRaw.slice(0, 40);

  const nameRaw = cell('name');
  const name = fullNameField.safeParse(nameRaw);
  if (nameRaw === '') messages.push('Nama kosong.');
  else if (!name.success) messages.push(`Nama: ${name.error.issues[0]?.message ?? 'tidak valid.'}`);

  const birthRaw = cell('birthDate');
  let birthDate: string | null = null;
  if (birthRaw !== '') {
    const parsed = parseDateCell(birthRaw);
    if (!parsed.ok) messages.push(`Tanggal lahir: ${parsed.message}`);
    else if (parsed.date > today) messages.push('Tanggal lahir tidak boleh di masa depan.');
    else birthDate = parsed.date;
  }
  const sexRaw = cell('sex');
  const sex = sexRaw === '' ? null : parseSex(sexRaw);
  if (sexRaw !== '' && !sex) messages.push(`Jenis kelamin "${short(sexRaw)}" tidak dikenal. Isi dengan ${HELP.sex}.`);
  const group = cell('group') || null;
  const methodRaw = cell('consentMethod');
  const method = methodRaw === '' ? null : parseConsentMethod(methodRaw);
  if (methodRaw !== '' && !method) {
    messages.push(`Cara persetujuan "${short(methodRaw)}" tidak dikenal. Isi dengan ${HELP.consentMethod}.`);
  }
  const evidence = cell('consentEvidence').slice(0, 200) || null;
  const textVersion = cell('consentTextVersion').slice(0, 40) || defaultTextVersion;
  const fullName = name.success ? name.data : '';

  if (kind === 'child') {
    if (birthRaw === '') messages.push('Tanggal lahir anak kosong.');
    else if (birthDate) {
      const age = ageOn(birthDate, today);
      if (age >= MINOR_AGE_LIMIT) messages.push(tooOldMessage(age));
    }
    if (sexRaw === '') messages.push(`Jenis kelamin anak kosong. Isi dengan ${HELP.sex}.`);
    const document = (col: 'birthCertificate' | 'kia', label: string): DocumentStatus | null => {
      const raw = cell(col);
      if (raw === '') return 'unknown';
      const v = parseDocument(raw);
      if (!v) messages.push(`${label} "${short(raw)}" tidak dikenal. Isi dengan ${HELP.document}.`);
      return v;
    };
    const birthCertificate = document('birthCertificate', 'Akta');
    const kia = document('kia', 'KIA');
    const schoolRaw = cell('school');
    const school = schoolRaw === '' ? null : parseSchool(schoolRaw);
    if (schoolRaw === '') messages.push(`Sekolah kosong. Isi dengan ${HELP.school}.`);
    else if (!school) messages.push(`Sekolah "${short(schoolRaw)}" tidak dikenal. Isi dengan ${HELP.school}.`);
    const abroadRaw = cell('bornAbroad');
    const bornAbroad = abroadRaw === '' ? false : parseYesNo(abroadRaw);
    if (bornAbroad === null)
      messages.push(`Lahir di luar negeri "${short(abroadRaw)}" tidak dikenal. Isi ya atau tidak.`);
    const byRaw = cell('consentBy');
    const by = byRaw === '' ? null : parseConsentBy(byRaw);
    if (byRaw === '') {
      messages.push(
        `Persetujuan oleh kosong: anak hanya bisa didaftarkan dengan persetujuan orang tua atau wali (UU PDP Pasal 25). Isi dengan ${HELP.consentBy}.`,
      );
    } else if (!by) messages.push(`Persetujuan oleh "${short(byRaw)}" tidak dikenal. Isi dengan ${HELP.consentBy}.`);
    if (methodRaw === '') messages.push(`Cara persetujuan kosong. Isi dengan ${HELP.consentMethod}.`);
    if (!evidence) messages.push('Bukti persetujuan kosong. Tulis nomor formulir atau nama berkas rekaman.');
    if (!textVersion) {
      messages.push('Versi teks persetujuan kosong. Isi kolom versi_persetujuan, atau pilih versinya saat mengunggah.');
    }
    const giverName = cell('consentGiverName');
    const giver = giverName === '' ? null : fullNameField.safeParse(giverName);
    if (giver && !giver.success) {
      messages.push(`Nama pemberi persetujuan: ${giver.error.issues[0]?.message ?? 'tidak valid.'}`);
    }
    if (
      messages.length > 0 ||
      !birthDate ||
      !sex ||
      !birthCertificate ||
      !kia ||
      !school ||
      !by ||
      !method ||
      bornAbroad === null
    ) {
      return { row, kind: 'error', rowKind: 'child', key, messages };
    }
    return {
      row,
      kind: 'child',
      key,
      value: {
        fullName,
        nameKey: nameKey(fullName),
        birthDate,
        sex,
        key,
        birthCertificate,
        kia,
        schoolLevel: school,
        bornAbroad,
        consentGiver: by.giver,
        parentRole: by.parentRole,
        consentGiverName: giver?.success ? giver.data : null,
        consentMethod: method,
        consentEvidence: evidence!,
        consentTextVersion: textVersion!,
        group,
      },
    };
  }

  if (kind === 'caregiver') {
    const childName = cell('childName') || null;
    if (!key && !childName) {
      messages.push('Pengasuh ini tidak terhubung ke anak: isi kode_anak (sama dengan baris anaknya) atau nama_anak.');
    }
    const relationRaw = cell('relation');
    const relation = relationRaw === '' ? null : parseCareRelation(relationRaw);
    if (relationRaw === '') messages.push(`Hubungan pengasuh dengan anak kosong. Isi dengan ${HELP.relation}.`);
    else if (!relation) messages.push(`Hubungan "${short(relationRaw)}" tidak dikenal. Isi dengan ${HELP.relation}.`);
    if (messages.length > 0 || !relation) return { row, kind: 'error', rowKind: 'caregiver', key, messages };
    return {
      row,
      kind: 'caregiver',
      key,
      value: {
        fullName,
        nameKey: nameKey(fullName),
        birthDate,
        sex,
        childKey: key,
        childName,
        relation,
        consentMethod: method,
        consentEvidence: evidence,
        consentTextVersion: textVersion,
        group,
      },
    };
  }
  return { row, kind: 'error', rowKind: null, key, messages };
}
