/**
 * Laporan (issue 6): dashboard aggregates, the two standard reports, exports and named-list export
 * jobs, as the contract carries them. Every report is a list of plain tables (columns + rows), so
 * a chart, a screen-reader table, an XLSX sheet and a CSV file are all drawn from the same data.
 * Dates people mean as dates are `YYYY-MM-DD` (Asia/Jakarta); timestamps are ISO strings in UTC.
 * Shared by the core and the renderer, so this file imports nothing but types.
 */
import type { Role } from './domain';
import type { Sex } from './people';

// ---------------------------------------------------------------------------------------------
// Periods

/** What a person picks: a month, a quarter (triwulan), or their own dates (at most 366 days). */
export type PeriodInput =
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'custom'; from: string; to: string };

/** A period checked against today (Asia/Jakarta). `from`/`to` are inclusive calendar days. */
export interface ResolvedPeriod {
  kind: PeriodInput['kind'];
  from: string;
  /** Last day counted: the period's end, or today when the period is still running. */
  to: string;
  /** The period's own last day (after `to` while the month or quarter is still running). */
  end: string;
  /** "November 2026", "Triwulan IV 2026 (Oktober–Desember)", "1 Januari 2026 – 31 Maret 2026". */
  label: string;
  /** True while the period is still running: figures are "up to today". */
  partial: boolean;
  days: number;
}

/** Longest period any report or export covers: one year (366 days in a leap year). */
export const MAX_PERIOD_DAYS = 366;

// ---------------------------------------------------------------------------------------------
// Tables

export type CellValue = string | number | null;

/**
 * `count`: whole number. `percent`: a fraction 0..1 (null = no data), shown as "85,3%".
 * `date`: `YYYY-MM-DD`. `datetime`: ISO UTC, shown in WIB. `text`: anything else.
 */
export type ColumnType = 'text' | 'count' | 'percent' | 'date' | 'datetime';

export interface ReportColumn {
  key: string;
  title: string;
  type: ColumnType;
}

export interface ReportRow {
  /** Stable code of the row (topic code, 'YYYY-MM', 'total'), for charts and tests. */
  code: string;
  cells: CellValue[];
}

/** Chart the screen should draw beside the table; the table itself is always shown too. */
export type ChartHint = 'bar' | 'stacked-bar' | 'line' | 'none';

export interface ReportTable {
  /** Stable key, also the CSV `table` parameter: 'ringkasan', 'konsultasiPerTopik', … */
  key: string;
  title: string;
  /** How the figures are counted, in one or two plain sentences. */
  note: string | null;
  columns: ReportColumn[];
  rows: ReportRow[];
  chart: ChartHint;
}

/**
 * Small cells. Reports carry exact counts: they are official figures for Disnaker, KP2MI and KPAI,
 * and every breakdown is coarse (never by dusun, RT, day or name; at most two dimensions crossed).
 * A screen shown to others (a projector at a village meeting) may still print a count of 1 or 2
 * as "<3" so nobody can point at one family; this is the threshold for that.
 */
export const SMALL_CELL_THRESHOLD = 3;
export const SMALL_CELL_RULE =
  'Angka 1 atau 2 boleh ditampilkan sebagai "<3" di layar yang dilihat banyak orang. Berkas laporan tetap memuat angka sebenarnya.';

// ---------------------------------------------------------------------------------------------
// Headers and the two standard reports

export interface ReportHeader {
  title: string;
  /** Who the report is for: "Disnaker Kabupaten dan KP2MI (BP3MI)". */
  addressedTo: string;
  villageName: string;
  regionCode: string;
  period: ResolvedPeriod;
  /** Display name of the account that asked for it. */
  generatedBy: string;
  generatedAt: string;
  /** "29 November 2026, 09.00 WIB". */
  generatedAtLabel: string;
  /** The database is the generated demo village: every name and figure is fictional. */
  demo: boolean;
}

export interface StandardReport {
  header: ReportHeader;
  tables: ReportTable[];
  /** True when nothing at all was recorded in the period (the tables still have their rows). */
  empty: boolean;
}

export type ReportKind = 'migrationService' | 'rumahEdukasi' | 'dashboard';

export const REPORT_TITLES: Record<ReportKind, string> = {
  migrationService: 'Laporan Layanan Migrasi Desa',
  rumahEdukasi: 'Laporan Rumah Edukasi dan Pengasuhan',
  dashboard: 'Dasbor Balai Migran',
};

// ---------------------------------------------------------------------------------------------
// Dashboard

export type DashboardPart = 'desk' | 'edukasi';

export interface DashboardHighlight {
  key: string;
  label: string;
  /** The figure for the chosen period. */
  value: number | null;
  /** Average per month over the earlier months of the trend (null when there are none). */
  earlierAverage: number | null;
  type: 'count' | 'percent';
}

export interface DashboardSection {
  part: DashboardPart;
  title: string;
  highlights: DashboardHighlight[];
  /** The first table of each section is the month-by-month trend. */
  tables: ReportTable[];
}

export interface DashboardResult {
  header: ReportHeader;
  /** `YYYY-MM`, oldest first: the earlier months and the period's own last month. */
  months: string[];
  /** Only the parts the caller's role may see (desk officer: desk; educator: edukasi). */
  sections: DashboardSection[];
  smallCellThreshold: number;
}

// ---------------------------------------------------------------------------------------------
// Exports

export type ExportFormat = 'xlsx' | 'csv';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** `;` suits Excel with Indonesian regional settings (decimal comma); `,` suits English ones. */
export type CsvDelimiter = ',' | ';';

export interface ReportExportInput {
  report: ReportKind;
  period: PeriodInput;
  format: ExportFormat;
  /** CSV holds one table: its key (see `tables` in the result). For XLSX it limits the file to that sheet. */
  table?: string;
  delimiter?: CsvDelimiter;
  /** Dashboard only: months before the period's last month (default 6). */
  compareMonths?: number;
}

/** A finished file, small enough to carry inline (aggregate reports are a few kilobytes). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
  bytes: number;
  /** Table keys and titles in the report, for choosing a CSV. */
  tables: { key: string; title: string }[];
  empty: boolean;
}

export const NAMED_LISTS = ['consultations', 'children', 'cases'] as const;
export type NamedList = (typeof NAMED_LISTS)[number];

export const NAMED_LIST_TITLES: Record<NamedList, string> = {
  consultations: 'Daftar Konsultasi (dengan nama)',
  children: 'Daftar Anak Rumah Edukasi (dengan nama)',
  cases: 'Daftar Pengaduan (dengan nama)',
};

/**
 * Named lists go only to the role that keeps those records, and to the admin (the core enforces
 * this in reports/access.ts; the screens use it to hide what would be refused).
 */
export const NAMED_LIST_ROLES: Record<NamedList, readonly Role[]> = {
  consultations: ['admin', 'desk_officer'],
  cases: ['admin', 'desk_officer'],
  children: ['admin', 'educator'],
};

export interface NamedListExportInput {
  list: NamedList;
  period: PeriodInput;
  format: ExportFormat;
  delimiter?: CsvDelimiter;
}

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ExportJobStatus {
  jobId: string;
  list: NamedList;
  format: ExportFormat;
  state: ExportJobState;
  /** 0..1; 1 only when the file is complete. */
  progress: number;
  done: boolean;
  rows: number;
  totalRows: number;
  fileName: string;
  mimeType: string;
  /** Size of the finished file; null while running. */
  bytes: number | null;
  /** Plain Indonesian, when the export failed. */
  error: string | null;
}

export interface ExportChunk {
  jobId: string;
  fileName: string;
  mimeType: string;
  offset: number;
  /** Bytes in this chunk (before base64). */
  length: number;
  totalBytes: number;
  base64: string;
  /** True when this chunk reaches the end of the file. */
  eof: boolean;
}

/** Largest chunk `exports.download` returns (before base64). */
export const EXPORT_CHUNK_MAX = 4 * 1024 * 1024;
export const EXPORT_CHUNK_DEFAULT = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Labels the reports print (codes → Indonesian) that the other shared files do not hold yet.

export const SEX_LABELS: Record<Sex | 'unknown', string> = {
  L: 'Laki-laki',
  P: 'Perempuan',
  unknown: 'Tidak dicatat',
};

export const CHANNEL_LABELS: Record<'walk_in' | 'phone' | 'whatsapp' | 'home_visit', string> = {
  walk_in: 'Datang langsung',
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  home_visit: 'Kunjungan rumah',
};

export const VISITOR_RELATION_LABELS: Record<'self' | 'spouse' | 'parent' | 'child' | 'sibling' | 'other', string> = {
  self: 'Diri sendiri',
  spouse: 'Suami/istri',
  parent: 'Orang tua',
  child: 'Anak',
  sibling: 'Saudara kandung',
  other: 'Lainnya',
};

export const CASE_KIND_LABELS: Record<
  | 'calo_illegal_recruitment'
  | 'fraud'
  | 'migrant_in_trouble'
  | 'unpaid_wages'
  | 'violence'
  | 'lost_contact'
  | 'deportation'
  | 'trafficking_suspected'
  | 'other',
  string
> = {
  calo_illegal_recruitment: 'Calo / perekrutan ilegal',
  fraud: 'Penipuan',
  migrant_in_trouble: 'PMI bermasalah di luar negeri',
  unpaid_wages: 'Gaji tidak dibayar',
  violence: 'Kekerasan',
  lost_contact: 'Hilang kontak',
  deportation: 'Deportasi',
  trafficking_suspected: 'Dugaan TPPO (perdagangan orang)',
  other: 'Lainnya',
};

export const CASE_RISK_LABELS: Record<'low' | 'medium' | 'high' | 'urgent', string> = {
  low: 'Rendah',
  medium: 'Sedang',
  high: 'Tinggi',
  urgent: 'Darurat',
};

export const CASE_PERSON_ROLE_LABELS: Record<'reporter' | 'victim' | 'other', string> = {
  reporter: 'Pelapor',
  victim: 'Korban',
  other: 'Lainnya',
};

export const JOURNEY_SCHEME_LABELS: Record<
  'p_to_p' | 'g_to_g' | 'g_to_p' | 'ukps' | 'independent' | 'non_procedural_suspected',
  string
> = {
  p_to_p: 'P to P (lewat P3MI)',
  g_to_g: 'G to G (antarpemerintah)',
  g_to_p: 'G to P',
  ukps: 'UKPS (untuk perusahaan sendiri)',
  independent: 'Perseorangan (mandiri)',
  non_procedural_suspected: 'Diduga non-prosedural',
};

export const CONSULTATION_STATUS_LABELS: Record<'open' | 'in_progress' | 'closed', string> = {
  open: 'Baru',
  in_progress: 'Diproses',
  closed: 'Selesai',
};

/** Visitors' age bands (adults mostly; a child may come with a question about a parent). */
export const VISITOR_AGE_BANDS = ['u18', '18_24', '25_34', '35_44', '45_54', '55p', 'unknown'] as const;
export type VisitorAgeBand = (typeof VISITOR_AGE_BANDS)[number];
export const VISITOR_AGE_BAND_LABELS: Record<VisitorAgeBand, string> = {
  u18: 'Di bawah 18 tahun',
  '18_24': '18–24 tahun',
  '25_34': '25–34 tahun',
  '35_44': '35–44 tahun',
  '45_54': '45–54 tahun',
  '55p': '55 tahun ke atas',
  unknown: 'Umur tidak dicatat',
};

/** Children's age bands, by school stage: early childhood, SD, SMP, SMA. */
export const CHILD_AGE_BANDS = ['0_5', '6_12', '13_15', '16_17', 'unknown'] as const;
export type ChildAgeBand = (typeof CHILD_AGE_BANDS)[number];
export const CHILD_AGE_BAND_LABELS: Record<ChildAgeBand, string> = {
  '0_5': '0–5 tahun (usia dini)',
  '6_12': '6–12 tahun (usia SD)',
  '13_15': '13–15 tahun (usia SMP)',
  '16_17': '16–17 tahun (usia SMA)',
  unknown: 'Tanggal lahir tidak ada',
};

export const PARENTS_ABROAD = ['father', 'mother', 'both', 'none'] as const;
export type ParentsAbroad = (typeof PARENTS_ABROAD)[number];
export const PARENTS_ABROAD_LABELS: Record<ParentsAbroad, string> = {
  father: 'Ayah saja di luar negeri',
  mother: 'Ibu saja di luar negeri',
  both: 'Ayah dan ibu di luar negeri',
  none: 'Tidak ada yang sedang di luar negeri',
};
