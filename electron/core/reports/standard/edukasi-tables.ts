import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  ATTENDANCE_LABELS,
  ATTENDANCE_RATE_FORMULA,
  ATTENDANCE_STATUSES,
  CARE_RELATION_LABELS,
  CARE_RELATIONS,
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  DOCUMENT_STATUS_LABELS,
  SCHOOL_LEVEL_LABELS,
  SCHOOL_LEVELS,
} from '../../../shared/edukasi';
import {
  CHILD_AGE_BAND_LABELS,
  CHILD_AGE_BANDS,
  type ChildAgeBand,
  PARENTS_ABROAD,
  PARENTS_ABROAD_LABELS,
  type ReportTable,
  SEX_LABELS,
} from '../../../shared/reports';
import { addDays } from '../../desk/dates';
import { ageOn } from '../../people/birth-date';
import { shortMonthLabel } from '../format';
import { monthsBetween } from '../periods';
import { bump, type Counts, codedRows, col, ratio, row, table, withTotal } from '../table';
import type { EdukasiRows } from './edukasi-queries';

const NONE = 'none';

export interface EdukasiTotals {
  children: number;
  enrolled: number;
  left: number;
  bothParentsAbroad: number;
  withoutAkta: number;
  withoutKia: number;
  withoutAktaOrKia: number;
  bornAbroad: number;
  caregivers: number;
  caregiversTrained: number;
  caregiversTrainedInPeriod: number;
  activities: number;
  marks: number;
  presentOrLate: number;
  /** (Hadir + Terlambat) ÷ marks, null without marks (ATTENDANCE_RATE_FORMULA). */
  attendanceRate: number | null;
  contacts: number;
}

export type EdukasiTableKey =
  | 'ringkasan'
  | 'anakPerUmur'
  | 'anakPerOrangTua'
  | 'anakPerSekolah'
  | 'dokumenAnak'
  | 'pengasuhPerHubungan'
  | 'kegiatanPerJenis'
  | 'kehadiranPerStatus'
  | 'kehadiranPerBulan'
  | 'kontakOrangTua';

export interface EdukasiFigures {
  totals: EdukasiTotals;
  tables: Record<EdukasiTableKey, ReportTable>;
}

function parentsAbroad(abroad: string | null): (typeof PARENTS_ABROAD)[number] {
  const father = abroad?.includes('father') ?? false;
  const mother = abroad?.includes('mother') ?? false;
  return father && mother ? 'both' : father ? 'father' : mother ? 'mother' : 'none';
}

const childBand = (age: number | null): ChildAgeBand =>
  age === null ? 'unknown' : age < 6 ? '0_5' : age < 13 ? '6_12' : age < 16 ? '13_15' : '16_17';

interface Arrangement {
  relation: string;
  caregiverId: string;
  trainedOn: string | null;
  primary: boolean;
  from: string;
}

/**
 * The care arrangements of one child on the last day: only caregivers whose own consent is still
 * in effect. The primary one is the arrangement marked primary, else the most recent.
 */
function arrangements(carers: string | null): { all: Arrangement[]; primary: Arrangement | null } {
  const all: Arrangement[] = [];
  for (const entry of carers ? carers.split(';') : []) {
    const [relation, caregiverId, trainedOn, consent, primary, from] = entry.split('|');
    if (consent !== '1') continue;
    all.push({ relation, caregiverId, trainedOn: trainedOn || null, primary: primary === '1', from });
  }
  let primary: Arrangement | null = null;
  for (const a of all) {
    if (!primary || (a.primary && !primary.primary) || (a.primary === primary.primary && a.from > primary.from)) {
      primary = a;
    }
  }
  return { all, primary };
}

export function edukasiFigures(rows: EdukasiRows, range: { from: string; to: string }): EdukasiFigures {
  const { from, to } = range;
  const toNext = addDays(to, 1);
  const bySex: Record<'L' | 'P' | 'unknown', Counts> = { L: new Map(), P: new Map(), unknown: new Map() };
  const byParents: Counts = new Map();
  const bySchool: Counts = new Map();
  const akta: Counts = new Map();
  const kia: Counts = new Map();
  const carers: Counts = new Map();
  const carersTrained: Counts = new Map();
  const carersUntrained: Counts = new Map();
  const caregivers = new Map<string, string | null>();
  const t: EdukasiTotals = {
    children: 0,
    enrolled: 0,
    left: 0,
    bothParentsAbroad: 0,
    withoutAkta: 0,
    withoutKia: 0,
    withoutAktaOrKia: 0,
    bornAbroad: 0,
    caregivers: 0,
    caregiversTrained: 0,
    caregiversTrainedInPeriod: 0,
    activities: 0,
    marks: 0,
    presentOrLate: 0,
    attendanceRate: null,
    contacts: 0,
  };
  for (const c of rows.children) {
    if (c.enrolled >= from) t.enrolled++;
    // left_on is the first day no longer enrolled: leaving "in" the period means left_on in (from, to + 1].
    if (c.leftOn !== null && c.leftOn <= toNext) t.left++;
    if (c.leftOn !== null && c.leftOn <= to) continue;
    t.children++;
    const sex = c.sex === 'L' || c.sex === 'P' ? c.sex : 'unknown';
    bump(bySex[sex], childBand(c.birth && c.birth <= to ? ageOn(c.birth, to) : null), 1);
    const parents = parentsAbroad(c.abroad);
    bump(byParents, parents, 1);
    if (parents === 'both') t.bothParentsAbroad++;
    bump(bySchool, c.school, 1);
    bump(akta, c.akta, 1);
    bump(kia, c.kia, 1);
    if (c.akta !== 'yes') t.withoutAkta++;
    if (c.kia !== 'yes') t.withoutKia++;
    if (c.akta !== 'yes' || c.kia !== 'yes') t.withoutAktaOrKia++;
    if (c.bornAbroad) t.bornAbroad++;
    const care = arrangements(c.carers);
    for (const a of care.all) caregivers.set(a.caregiverId, a.trainedOn);
    const relation = care.primary?.relation ?? NONE;
    bump(carers, relation, 1);
    if (care.primary) {
      const trained = care.primary.trainedOn !== null && care.primary.trainedOn <= to;
      bump(trained ? carersTrained : carersUntrained, relation, 1);
    }
  }
  for (const trainedOn of caregivers.values()) {
    t.caregivers++;
    if (trainedOn !== null && trainedOn <= to) t.caregiversTrained++;
    if (trainedOn !== null && trainedOn >= from && trainedOn <= to) t.caregiversTrainedInPeriod++;
  }

  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
  const activitiesByKind: Counts = new Map();
  const marksByKind: Counts = new Map();
  const presentByKind: Counts = new Map();
  const byStatus: Counts = new Map();
  const activitiesByMonth: Counts = new Map();
  const marksByMonth: Counts = new Map();
  const presentByMonth: Counts = new Map();
  for (const a of rows.activities) {
    const month = a.date.slice(0, 7);
    const present = a.present + a.late;
    t.activities++;
    t.marks += a.marks;
    t.presentOrLate += present;
    bump(activitiesByKind, a.kind, 1);
    bump(activitiesByMonth, month, 1);
    bump(marksByKind, a.kind, a.marks);
    bump(marksByMonth, month, a.marks);
    bump(presentByKind, a.kind, present);
    bump(presentByMonth, month, present);
    for (const s of ATTENDANCE_STATUSES) bump(byStatus, s, a[s]);
  }
  t.attendanceRate = ratio(t.presentOrLate, t.marks);

  const contacts: Counts = new Map();
  const facilitated: Counts = new Map();
  for (const c of rows.contacts) {
    t.contacts += c.n;
    bump(contacts, c.how, c.n);
    if (c.facilitated) bump(facilitated, c.how, c.n);
  }

  const share = (n: number, whole: number) => ratio(n, whole);
  const tables: Record<EdukasiTableKey, ReportTable> = {
    ringkasan: table(
      'ringkasan',
      'Ringkasan Rumah Edukasi dan pengasuhan',
      [col('indicator', 'Indikator', 'text'), col('count', 'Jumlah'), col('share', 'Persentase', 'percent')],
      [
        row('children', 'Anak terdaftar pada akhir periode', t.children, null),
        row('enrolled', 'Anak baru mendaftar', t.enrolled, null),
        row('left', 'Anak keluar', t.left, null),
        row(
          'bothParentsAbroad',
          'Anak dengan ayah dan ibu di luar negeri',
          t.bothParentsAbroad,
          share(t.bothParentsAbroad, t.children),
        ),
        row('withoutAkta', 'Anak tanpa akta kelahiran', t.withoutAkta, share(t.withoutAkta, t.children)),
        row('withoutKia', 'Anak tanpa KIA', t.withoutKia, share(t.withoutKia, t.children)),
        row(
          'withoutAktaOrKia',
          'Anak tanpa akta atau tanpa KIA (perlu dirujuk ke Disdukcapil)',
          t.withoutAktaOrKia,
          share(t.withoutAktaOrKia, t.children),
        ),
        row('bornAbroad', 'Anak lahir di luar negeri', t.bornAbroad, share(t.bornAbroad, t.children)),
        row('caregivers', 'Pengasuh anak terdaftar', t.caregivers, null),
        row(
          'caregiversTrained',
          'Pengasuh yang sudah ikut pelatihan pengasuhan',
          t.caregiversTrained,
          share(t.caregiversTrained, t.caregivers),
        ),
        row('caregiversTrainedInPeriod', 'Pengasuh dilatih dalam periode ini', t.caregiversTrainedInPeriod, null),
        row('activities', 'Kegiatan', t.activities, null),
        row('marks', 'Kehadiran diabsen (peserta × kegiatan)', t.marks, null),
        row('presentOrLate', 'Hadir atau terlambat', t.presentOrLate, t.attendanceRate),
        row('contacts', 'Kontak anak dengan orang tua di luar negeri', t.contacts, null),
      ],
      {
        chart: 'none',
        note: 'Anak dan pengasuh dihitung pada hari terakhir periode; persetujuan yang sudah ditarik tidak dihitung. Persentase anak dihitung dari anak terdaftar; persentase kehadiran dari semua kehadiran yang diabsen.',
      },
    ),
    anakPerUmur: table(
      'anakPerUmur',
      'Anak terdaftar menurut kelompok umur dan jenis kelamin',
      [
        col('band', 'Kelompok umur', 'text'),
        col('male', SEX_LABELS.L),
        col('female', SEX_LABELS.P),
        col('unknown', SEX_LABELS.unknown),
        col('count', 'Jumlah'),
      ],
      withTotal(
        CHILD_AGE_BANDS.map((band) => {
          const [l, p, u] = [bySex.L, bySex.P, bySex.unknown].map((m) => m.get(band) ?? 0);
          return row(band, CHILD_AGE_BAND_LABELS[band], l, p, u, l + p + u);
        }).filter((r) => r.code !== 'unknown' || r.cells[4] !== 0),
        4,
      ),
      { chart: 'stacked-bar', note: 'Umur pada hari terakhir periode.' },
    ),
    anakPerOrangTua: table(
      'anakPerOrangTua',
      'Anak menurut orang tua yang sedang di luar negeri',
      [col('parents', 'Orang tua di luar negeri', 'text'), col('count', 'Anak')],
      codedRows(PARENTS_ABROAD, PARENTS_ABROAD_LABELS, [byParents]),
      {
        note: 'Menurut Riwayat Migrasi ayah dan ibu yang ditautkan ke anak: sudah berangkat dan belum pulang pada hari terakhir periode.',
      },
    ),
    anakPerSekolah: table(
      'anakPerSekolah',
      'Anak menurut jenjang sekolah',
      [col('school', 'Jenjang sekolah', 'text'), col('count', 'Anak')],
      codedRows(SCHOOL_LEVELS, SCHOOL_LEVEL_LABELS, [bySchool]),
    ),
    dokumenAnak: table(
      'dokumenAnak',
      'Dokumen kependudukan anak',
      [
        col('document', 'Dokumen', 'text'),
        col('yes', DOCUMENT_STATUS_LABELS.yes),
        col('no', DOCUMENT_STATUS_LABELS.no),
        col('unknown', DOCUMENT_STATUS_LABELS.unknown),
        col('count', 'Jumlah'),
      ],
      [akta, kia].map((m, i) => {
        const [y, n, u] = (['yes', 'no', 'unknown'] as const).map((k) => m.get(k) ?? 0);
        return row(
          i === 0 ? 'akta' : 'kia',
          i === 0 ? 'Akta kelahiran' : 'KIA (Kartu Identitas Anak)',
          y,
          n,
          u,
          y + n + u,
        );
      }),
      {
        chart: 'stacked-bar',
        note: 'Anak tanpa akta atau KIA perlu dirujuk ke Disdukcapil; anak yang lahir di luar negeri sering pulang tanpa dokumen.',
      },
    ),
    pengasuhPerHubungan: table(
      'pengasuhPerHubungan',
      'Pengasuh utama anak menurut hubungan dan pelatihan',
      [
        col('relation', 'Hubungan pengasuh dengan anak', 'text'),
        col('count', 'Anak'),
        col('trained', 'Pengasuh sudah dilatih'),
        col('untrained', 'Pengasuh belum dilatih'),
      ],
      codedRows([...CARE_RELATIONS, NONE], { ...CARE_RELATION_LABELS, [NONE]: 'Pengasuh belum dicatat' }, [
        carers,
        carersTrained,
        carersUntrained,
      ]),
      {
        chart: 'stacked-bar',
        note: 'Satu baris per anak terdaftar: pengasuh utamanya pada hari terakhir periode, dan apakah pengasuh itu sudah ikut pelatihan pengasuhan.',
      },
    ),
    kegiatanPerJenis: table(
      'kegiatanPerJenis',
      'Kegiatan dan kehadiran menurut jenis kegiatan',
      [
        col('kind', 'Jenis kegiatan', 'text'),
        col('activities', 'Kegiatan'),
        col('marks', 'Kehadiran diabsen'),
        col('present', 'Hadir atau terlambat'),
        col('rate', 'Persentase kehadiran', 'percent'),
      ],
      [
        ...ACTIVITY_KINDS.map((k) =>
          row(
            k,
            ACTIVITY_KIND_LABELS[k],
            activitiesByKind.get(k) ?? 0,
            marksByKind.get(k) ?? 0,
            presentByKind.get(k) ?? 0,
            ratio(presentByKind.get(k) ?? 0, marksByKind.get(k) ?? 0),
          ),
        ),
        row('total', 'Jumlah', t.activities, t.marks, t.presentOrLate, t.attendanceRate),
      ],
      { note: ATTENDANCE_RATE_FORMULA },
    ),
    kehadiranPerStatus: table(
      'kehadiranPerStatus',
      'Kehadiran menurut status',
      [col('status', 'Status', 'text'), col('count', 'Jumlah'), col('share', 'Persentase', 'percent')],
      [
        ...ATTENDANCE_STATUSES.map((s) =>
          row(s, ATTENDANCE_LABELS[s], byStatus.get(s) ?? 0, ratio(byStatus.get(s) ?? 0, t.marks)),
        ),
        row('total', 'Jumlah', t.marks, t.marks === 0 ? null : 1),
      ],
      { note: ATTENDANCE_RATE_FORMULA },
    ),
    kehadiranPerBulan: table(
      'kehadiranPerBulan',
      'Kegiatan dan persentase kehadiran per bulan',
      [
        col('month', 'Bulan', 'text'),
        col('activities', 'Kegiatan'),
        col('marks', 'Kehadiran diabsen'),
        col('rate', 'Persentase kehadiran', 'percent'),
      ],
      months.map((m) =>
        row(
          m,
          shortMonthLabel(m),
          activitiesByMonth.get(m) ?? 0,
          marksByMonth.get(m) ?? 0,
          ratio(presentByMonth.get(m) ?? 0, marksByMonth.get(m) ?? 0),
        ),
      ),
      { chart: 'line', note: ATTENDANCE_RATE_FORMULA },
    ),
    kontakOrangTua: table(
      'kontakOrangTua',
      'Kontak anak dengan orang tua di luar negeri (pengasuhan jarak jauh)',
      [col('how', 'Cara', 'text'), col('count', 'Kontak'), col('facilitated', 'Difasilitasi Rumah Edukasi')],
      codedRows(CONTACT_METHODS, CONTACT_METHOD_LABELS, [contacts, facilitated]),
    ),
  };
  return { totals: t, tables };
}

export const RUMAH_EDUKASI_TABLES: readonly EdukasiTableKey[] = [
  'ringkasan',
  'anakPerUmur',
  'anakPerOrangTua',
  'anakPerSekolah',
  'dokumenAnak',
  'pengasuhPerHubungan',
  'kegiatanPerJenis',
  'kehadiranPerStatus',
  'kehadiranPerBulan',
  'kontakOrangTua',
];
