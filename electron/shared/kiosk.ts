/**
 * Data shapes of the kiosk's public services (Kios Informasi Migrasi) and the P3MI registry
 * import. JSON-safe only; dates are `YYYY-MM-DD` (Asia/Jakarta) or ISO timestamps (UTC).
 * Shared by the core and the renderer, so this file imports nothing.
 */

export const KIOSK_LANGS = ['id', 'en'] as const;
export type KioskLang = (typeof KIOSK_LANGS)[number];

/** What the kiosk needs to start. No personal data: a village name and its public region code. */
export interface KioskProfile {
  /** True until the first-run setup has stored the village profile and an admin account. */
  needsSetup: boolean;
  villageName: string | null;
  regionCode: string | null;
  /** Seconds without a touch before the "Apakah Anda masih di sini?" countdown. */
  idleSeconds: number;
  languages: KioskLang[];
  /**
   * True on the generated demo village: every screen shows "DATA CONTOH". Absent otherwise, so a
   * profile built before this field existed stays valid.
   */
  demo?: boolean;
}

// ---------------------------------------------------------------------------------------------
// P3MI registry (Cek P3MI)

export const AGENCY_STATUSES = ['active', 'suspended', 'revoked', 'expired'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

export interface AgencyHit {
  id: string;
  name: string;
  licenceNumber: string;
  /**
   * Status as the kiosk must show it today: an `active` licence whose `validUntil` has passed
   * (Asia/Jakarta date) is reported as `expired`.
   */
  status: AgencyStatus;
  /** Status exactly as imported, for staff screens. */
  recordedStatus: AgencyStatus;
  statusLabel: string;
  validUntil: string | null;
  address: string | null;
  /** Date of the official list this row was copied from. */
  dataAsOf: string;
  source: string;
  matchedBy: 'licence' | 'name';
}

export interface AgencySearchResult {
  results: AgencyHit[];
  registry: { total: number; dataAsOf: string | null };
  /**
   * Plain-language advice to show with the results: never an endorsement, always "confirm at
   * SISKOP2MI or Disnaker", and an honest message when the registry is empty or nothing matched.
   */
  notice: string;
}

export type AgencyImportMode = 'valid_rows' | 'all_or_nothing';
export type AgencyImportRowStatus = 'inserted' | 'updated' | 'skipped' | 'error';

export interface AgencyImportRow {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  status: AgencyImportRowStatus;
  /** Licence number as read from the row (normalised), when there was one. */
  licenceNumber: string | null;
  messages: string[];
}

export interface AgencyImportReport {
  mode: AgencyImportMode;
  /** True when at least one row was written. */
  committed: boolean;
  batchId: string | null;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  counts: { rows: number; inserted: number; updated: number; skipped: number; error: number };
  rows: AgencyImportRow[];
  /** File-level remarks (ignored columns, detected separator). */
  notes: string[];
  /** One-sentence summary in Indonesian for the admin screen. */
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Kontak & Pengaduan

export const HOTLINE_KINDS = ['hotline', 'whatsapp', 'web', 'office', 'sms'] as const;
export type HotlineKind = (typeof HOTLINE_KINDS)[number];

export interface Hotline {
  id: string;
  name: string;
  kind: HotlineKind;
  value: string;
  note: string | null;
  source: string;
  confidence: 'sure' | 'likely';
  verifiedAt: string;
  origin: 'seed' | 'staff';
}

// ---------------------------------------------------------------------------------------------
// Negara Tujuan

export interface DestinationSummary {
  code: string;
  name: string;
  schemes: string[];
  summary: string;
  hasMoratorium: boolean;
  confidence: string;
  verifiedAt: string;
}

export interface Destination extends DestinationSummary {
  cautions: string[];
  whereToAsk: string[];
  moratoriumNote: string | null;
  sources: string[];
  /** Language the body text is written in; only names exist in English so far. */
  contentLang: KioskLang;
}

// ---------------------------------------------------------------------------------------------
// Calo self-check ("Apakah tawaran kerja ini aman?")

export type CaloAnswer = 'yes' | 'no' | 'unsure';

export interface CaloQuestions {
  version: string;
  intro: string;
  neverSafeNote: string;
  questions: { id: string; text: string }[];
  contentLang: KioskLang;
}

export interface CaloEvaluation {
  /** Every red flag found, in question order. */
  flags: { id: string; flag: string; advice: string }[];
  /** Questions answered "unsure": worth asking the officer about. */
  unsure: { id: string; text: string }[];
  answered: number;
  totalQuestions: number;
  /** Never says the offer is safe. */
  summary: string;
  nextSteps: string[];
  neverSafeNote: string;
}

// ---------------------------------------------------------------------------------------------
// Document checklist

export interface ChecklistResult {
  version: string;
  scheme: { id: string; label: string; note: string | null };
  marital: { id: string; label: string };
  items: { id: string; text: string; note: string | null }[];
  /** Compact plain text (at most QR_TEXT_MAX_BYTES UTF-8 bytes) for an offline QR code. */
  qrText: string;
  contentLang: KioskLang;
}

export const QR_TEXT_MAX_BYTES = 1000;

// ---------------------------------------------------------------------------------------------
// Queue tickets (Nomor Antrian)

export const QUEUE_SERVICES = [
  { id: 'konsultasi', prefix: 'A', label: 'Konsultasi & informasi kerja ke luar negeri' },
  { id: 'pengaduan', prefix: 'B', label: 'Pengaduan / masalah keluarga di luar negeri' },
  { id: 'edukasi', prefix: 'C', label: 'Rumah Edukasi & anak PMI' },
] as const;
export type QueueService = (typeof QUEUE_SERVICES)[number]['id'];

export interface QueueTicket {
  /** As printed and called: `A-012`. Never a name. */
  ticket: string;
  prefix: string;
  number: number;
  service: QueueService;
  serviceLabel: string;
  /** `YYYY-MM-DD`, Asia/Jakarta: numbering restarts every day. */
  day: string;
  takenAt: string;
  /** Tickets of the same service still waiting ahead of this one. */
  waitingBefore: number;
}
