import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CONSULTATION_CHANNELS,
  CONSULTATION_TOPICS,
  FOLLOW_UP_OUTCOME_LABELS,
  FOLLOW_UP_OUTCOMES,
  JOURNEY_SCHEMES,
  REFERRAL_LABELS,
  REFERRAL_TARGETS,
  TOPIC_LABELS,
  VISITOR_RELATIONS,
} from '../../../shared/desk';
import {
  CASE_KIND_LABELS,
  CHANNEL_LABELS,
  JOURNEY_SCHEME_LABELS,
  type ReportTable,
  SEX_LABELS,
  VISITOR_AGE_BAND_LABELS,
  VISITOR_AGE_BANDS,
  VISITOR_RELATION_LABELS,
} from '../../../shared/reports';
import { countryLabel } from '../format';
import { bump, type Counts, codedRows, col, rankedRows, row, table, withTotal } from '../table';
import type { DeskRows } from './desk-queries';

const NONE = '__none';
const ANON = 'anonymous';
const CASE_KINDS = Object.keys(CASE_KIND_LABELS);

/** Totals of the period, used by the summary and the dashboard's highlight cards. */
export interface DeskTotals {
  consultations: number;
  named: number;
  anonymous: number;
  nonProcedural: number;
  trafficking: number;
  referred: number;
  recorded: number;
  permission: number;
  departed: number;
  returned: number;
  casesOpened: number;
  casesResolved: number;
  casesClosed: number;
  followUpsDone: number;
  migratedLegally: number;
}

export interface DeskFigures {
  totals: DeskTotals;
  tables: Record<DeskTableKey, ReportTable>;
}

export type DeskTableKey =
  | 'ringkasan'
  | 'konsultasiPerTopik'
  | 'konsultasiPerCara'
  | 'pengunjungPerUmur'
  | 'pengunjungPerHubungan'
  | 'konsultasiPerTujuan'
  | 'rujukan'
  | 'riwayatMigrasiPerTujuan'
  | 'keberangkatanPerSkema'
  | 'keberangkatanPerJenisKelamin'
  | 'pengaduanPerJenis'
  | 'pengaduanPerStatus'
  | 'tindakLanjut';

const destinationLabel = (code: string) => (code === NONE ? 'Tidak disebut' : countryLabel(code));

/** Turns the grouped rows of one period into the report's tables. */
export function deskFigures(rows: DeskRows): DeskFigures {
  const byChannel: Counts = new Map();
  const byRelation: Counts = new Map();
  const byDestination: Counts = new Map();
  const visitors = { L: new Map(), P: new Map(), unknown: new Map() } as Record<'L' | 'P' | 'unknown', Counts>;
  const t: DeskTotals = {
    consultations: 0,
    named: 0,
    anonymous: 0,
    nonProcedural: 0,
    trafficking: 0,
    referred: 0,
    recorded: 0,
    permission: 0,
    departed: 0,
    returned: 0,
    casesOpened: 0,
    casesResolved: 0,
    casesClosed: 0,
    followUpsDone: 0,
    migratedLegally: 0,
  };
  for (const g of rows.consultations) {
    t.consultations += g.n;
    if (g.sex === ANON) t.anonymous += g.n;
    else t.named += g.n;
    if (g.np) t.nonProcedural += g.n;
    if (g.tr) t.trafficking += g.n;
    if (g.referred) t.referred += g.n;
    bump(byChannel, g.channel, g.n);
    bump(byRelation, g.relation, g.n);
    bump(byDestination, g.destination ?? NONE, g.n);
    const sex = g.sex === 'L' || g.sex === 'P' ? g.sex : 'unknown';
    bump(visitors[sex], g.band, g.n);
  }

  const topics: Counts = new Map(rows.topics.map((r) => [r.topic, r.n]));
  const fromConsultations: Counts = new Map();
  const fromCases: Counts = new Map();
  for (const r of rows.referrals) bump(r.source === 'case' ? fromCases : fromConsultations, r.target ?? 'other', r.n);

  const recorded: Counts = new Map();
  const departed: Counts = new Map();
  const returned: Counts = new Map();
  const departedByScheme: Counts = new Map();
  const departedBySex: Counts = new Map();
  const returnedBySex: Counts = new Map();
  for (const j of rows.journeys) {
    const dest = j.destination ?? NONE;
    if (j.event === 'recorded') {
      t.recorded += j.n;
      bump(recorded, dest, j.n);
    } else if (j.event === 'permission') t.permission += j.n;
    else if (j.event === 'departed') {
      t.departed += j.n;
      bump(departed, dest, j.n);
      bump(departedByScheme, j.scheme ?? NONE, j.n);
      bump(departedBySex, j.sex, j.n);
    } else {
      t.returned += j.n;
      bump(returned, dest, j.n);
      bump(returnedBySex, j.sex, j.n);
    }
  }

  const opened: Counts = new Map();
  const openedByStatus: Record<string, Counts> = Object.fromEntries(CASE_STATUSES.map((s) => [s, new Map()]));
  for (const c of rows.cases) {
    if (c.opened) {
      t.casesOpened += c.n;
      bump(opened, c.kind, c.n);
      bump(openedByStatus[c.status] ?? new Map(), c.kind, c.n);
    }
    if (c.resolved) t.casesResolved += c.n;
    if (c.closed) t.casesClosed += c.n;
  }
  const outcomes: Counts = new Map();
  for (const f of rows.followUps) {
    t.followUpsDone += f.n;
    bump(outcomes, f.outcome ?? 'other', f.n);
  }
  t.migratedLegally = outcomes.get('migrated_legally') ?? 0;

  const destinations = new Set([...recorded.keys(), ...departed.keys(), ...returned.keys()]);
  const journeyRows = [...destinations]
    .sort((a, b) =>
      a === NONE ? 1 : b === NONE ? -1 : (departed.get(b) ?? 0) - (departed.get(a) ?? 0) || a.localeCompare(b),
    )
    .map((d) => row(d, destinationLabel(d), recorded.get(d) ?? 0, departed.get(d) ?? 0, returned.get(d) ?? 0));

  const statusTotals: Counts = new Map(
    CASE_STATUSES.map((s) => [s, [...openedByStatus[s].values()].reduce((a, b) => a + b, 0)]),
  );

  const tables: Record<DeskTableKey, ReportTable> = {
    ringkasan: table(
      'ringkasan',
      'Ringkasan layanan migrasi',
      [col('indicator', 'Indikator', 'text'), col('count', 'Jumlah')],
      [
        row('consultations', 'Konsultasi', t.consultations),
        row('named', 'Konsultasi dengan pengunjung tercatat (dengan persetujuan)', t.named),
        row('anonymous', 'Konsultasi tanpa nama (anonim)', t.anonymous),
        row('nonProcedural', 'Konsultasi dengan dugaan non-prosedural', t.nonProcedural),
        row('trafficking', 'Konsultasi dengan dugaan TPPO', t.trafficking),
        row('referred', 'Konsultasi yang dirujuk ke layanan lain', t.referred),
        row('recorded', 'Riwayat migrasi baru dicatat (calon PMI / PMI)', t.recorded),
        row('permission', 'Izin keluarga yang diketahui desa', t.permission),
        row('departed', 'Keberangkatan tercatat', t.departed),
        row('returned', 'Kepulangan tercatat', t.returned),
        row('casesOpened', 'Pengaduan baru', t.casesOpened),
        row('casesResolved', 'Pengaduan selesai ditangani', t.casesResolved),
        row('casesClosed', 'Pengaduan ditutup', t.casesClosed),
        row('followUpsDone', 'Tindak lanjut yang dilakukan', t.followUpsDone),
        row('migratedLegally', 'Hasil tindak lanjut: berangkat lewat jalur resmi', t.migratedLegally),
      ],
      {
        chart: 'none',
        note: 'Konsultasi dihitung menurut waktu konsultasi (WIB); keberangkatan dan kepulangan menurut tanggal yang dicatat di Riwayat Migrasi; pengaduan menurut tanggal dibuka, selesai atau ditutup.',
      },
    ),
    konsultasiPerTopik: table(
      'konsultasiPerTopik',
      'Konsultasi menurut topik',
      [col('topic', 'Topik', 'text'), col('count', 'Konsultasi')],
      codedRows(CONSULTATION_TOPICS, TOPIC_LABELS, [topics], { total: false }),
      { note: 'Satu konsultasi bisa membahas beberapa topik, jadi jumlah per topik bisa melebihi jumlah konsultasi.' },
    ),
    konsultasiPerCara: table(
      'konsultasiPerCara',
      'Konsultasi menurut cara layanan',
      [col('channel', 'Cara layanan', 'text'), col('count', 'Konsultasi')],
      codedRows(CONSULTATION_CHANNELS, CHANNEL_LABELS, [byChannel]),
    ),
    pengunjungPerUmur: table(
      'pengunjungPerUmur',
      'Pengunjung menurut kelompok umur dan jenis kelamin',
      [
        col('band', 'Kelompok umur', 'text'),
        col('male', SEX_LABELS.L),
        col('female', SEX_LABELS.P),
        col('unknown', SEX_LABELS.unknown),
        col('count', 'Jumlah'),
      ],
      withTotal(
        [...VISITOR_AGE_BANDS, ANON].map((band) => {
          const [l, p, u] = [visitors.L, visitors.P, visitors.unknown].map((m) => m.get(band) ?? 0);
          const label =
            band === ANON
              ? 'Pengunjung tanpa nama (anonim)'
              : VISITOR_AGE_BAND_LABELS[band as keyof typeof VISITOR_AGE_BAND_LABELS];
          return row(band, label, l, p, u, l + p + u);
        }),
        4,
      ),
      {
        chart: 'stacked-bar',
        note: 'Umur pada hari konsultasi. Pengunjung anonim tidak dicatat umur dan jenis kelaminnya.',
      },
    ),
    pengunjungPerHubungan: table(
      'pengunjungPerHubungan',
      'Pengunjung menurut hubungan dengan calon PMI / PMI',
      [col('relation', 'Hubungan', 'text'), col('count', 'Konsultasi')],
      codedRows(VISITOR_RELATIONS, VISITOR_RELATION_LABELS, [byRelation]),
    ),
    konsultasiPerTujuan: table(
      'konsultasiPerTujuan',
      'Konsultasi menurut negara tujuan',
      [col('destination', 'Negara tujuan', 'text'), col('count', 'Konsultasi')],
      rankedRows(byDestination, destinationLabel, [NONE]),
    ),
    rujukan: table(
      'rujukan',
      'Rujukan menurut layanan tujuan',
      [
        col('target', 'Layanan tujuan', 'text'),
        col('consultations', 'Dari konsultasi'),
        col('cases', 'Dari pengaduan'),
        col('count', 'Jumlah'),
      ],
      codedRows(
        REFERRAL_TARGETS,
        REFERRAL_LABELS,
        [
          fromConsultations,
          fromCases,
          new Map(REFERRAL_TARGETS.map((k) => [k, (fromConsultations.get(k) ?? 0) + (fromCases.get(k) ?? 0)])),
        ],
        {},
      ),
      {
        chart: 'stacked-bar',
        note: 'Rujukan dari konsultasi dihitung menurut waktu konsultasi; rujukan pengaduan menurut tanggal dicatat di riwayat pengaduan.',
      },
    ),
    riwayatMigrasiPerTujuan: table(
      'riwayatMigrasiPerTujuan',
      'Riwayat migrasi menurut negara tujuan',
      [
        col('destination', 'Negara tujuan', 'text'),
        col('recorded', 'Baru dicatat'),
        col('departed', 'Berangkat'),
        col('returned', 'Pulang'),
      ],
      withTotal(journeyRows, 3),
      { note: 'Pencatatan dan pemantauan keberangkatan dan kepulangan (UU 18/2017 Pasal 42).' },
    ),
    keberangkatanPerSkema: table(
      'keberangkatanPerSkema',
      'Keberangkatan menurut skema penempatan',
      [col('scheme', 'Skema', 'text'), col('count', 'Berangkat')],
      codedRows([...JOURNEY_SCHEMES, NONE], { ...JOURNEY_SCHEME_LABELS, [NONE]: 'Belum diisi' }, [departedByScheme]),
    ),
    keberangkatanPerJenisKelamin: table(
      'keberangkatanPerJenisKelamin',
      'Keberangkatan dan kepulangan menurut jenis kelamin',
      [col('sex', 'Jenis kelamin', 'text'), col('departed', 'Berangkat'), col('returned', 'Pulang')],
      codedRows(['L', 'P', 'unknown'], SEX_LABELS, [departedBySex, returnedBySex]),
    ),
    pengaduanPerJenis: table(
      'pengaduanPerJenis',
      'Pengaduan baru menurut jenis dan status sekarang',
      [
        col('kind', 'Jenis pengaduan', 'text'),
        col('opened', 'Pengaduan baru'),
        ...CASE_STATUSES.map((s) => col(s, `Status sekarang: ${CASE_STATUS_LABELS[s]}`)),
      ],
      codedRows(CASE_KINDS, CASE_KIND_LABELS, [opened, ...CASE_STATUSES.map((s) => openedByStatus[s])]),
      {
        chart: 'stacked-bar',
        note: 'Pengaduan yang dibuka dalam periode ini, dengan statusnya pada saat laporan dibuat.',
      },
    ),
    pengaduanPerStatus: table(
      'pengaduanPerStatus',
      'Pengaduan baru menurut status sekarang',
      [col('status', 'Status', 'text'), col('count', 'Pengaduan')],
      codedRows(CASE_STATUSES, CASE_STATUS_LABELS, [statusTotals]),
    ),
    tindakLanjut: table(
      'tindakLanjut',
      'Hasil tindak lanjut',
      [col('outcome', 'Hasil', 'text'), col('count', 'Tindak lanjut')],
      codedRows(FOLLOW_UP_OUTCOMES, FOLLOW_UP_OUTCOME_LABELS, [outcomes]),
      { note: 'Tindak lanjut konsultasi dan pengaduan yang diselesaikan dalam periode ini.' },
    ),
  };
  return { totals: t, tables };
}

/** Order of the tables in the standard report. */
export const MIGRATION_SERVICE_TABLES: readonly DeskTableKey[] = [
  'ringkasan',
  'konsultasiPerTopik',
  'konsultasiPerCara',
  'pengunjungPerUmur',
  'pengunjungPerHubungan',
  'konsultasiPerTujuan',
  'rujukan',
  'riwayatMigrasiPerTujuan',
  'keberangkatanPerSkema',
  'keberangkatanPerJenisKelamin',
  'pengaduanPerJenis',
  'tindakLanjut',
];
