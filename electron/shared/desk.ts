/**
 * Data shapes of the staff desk (Meja Layanan): consultations, follow-ups, cases (pengaduan),
 * the migrant register (journeys) and the staff side of the queue. JSON-safe only; timestamps
 * are ISO strings in UTC, dates people mean as dates are `YYYY-MM-DD` (Asia/Jakarta).
 * Shared by the core and the renderer, so this file imports nothing.
 */

// ---------------------------------------------------------------------------------------------
// Enumerations (codes in English; Indonesian labels for messages and screens)

export const CONSULTATION_CHANNELS = ['walk_in', 'phone', 'whatsapp', 'home_visit'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];

/** The visitor's relation to the (prospective) migrant the consultation is about. */
export const VISITOR_RELATIONS = ['self', 'spouse', 'parent', 'child', 'sibling', 'other'] as const;
export type VisitorRelation = (typeof VISITOR_RELATIONS)[number];

export const CONSULTATION_TOPICS = [
  'requirements_documents',
  'registration_steps',
  'placement_schemes',
  'agency_check',
  'costs',
  'family_permission',
  'social_security',
  'g_to_g',
  'problem_abroad',
  'broker_trafficking_signs',
  'return_reintegration',
  'remittance_business',
  'children',
  'other',
] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export const TOPIC_LABELS: Record<ConsultationTopic, string> = {
  requirements_documents: 'Syarat & dokumen',
  registration_steps: 'Alur pendaftaran',
  placement_schemes: 'Skema penempatan',
  agency_check: 'Cek P3MI',
  costs: 'Biaya',
  family_permission: 'Izin keluarga',
  social_security: 'Jaminan sosial (BPJS)',
  g_to_g: 'G to G',
  problem_abroad: 'Masalah di luar negeri',
  broker_trafficking_signs: 'Tanda calo / TPPO',
  return_reintegration: 'Kepulangan & purna',
  remittance_business: 'Remitansi & usaha',
  children: 'Anak PMI',
  other: 'Lainnya',
};

export const REFERRAL_TARGETS = [
  'disnaker_indramayu',
  'ltsa',
  'bp3mi_jabar',
  'kp2mi_0800_1000',
  'polisi_110',
  'sapa_129',
  'kpai',
  'dinsos',
  'puskesmas',
  'other',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export const REFERRAL_LABELS: Record<ReferralTarget, string> = {
  disnaker_indramayu: 'Disnaker Indramayu',
  ltsa: 'LTSA',
  bp3mi_jabar: 'BP3MI Jawa Barat',
  kp2mi_0800_1000: 'KP2MI 0800-1000',
  polisi_110: 'Polisi 110',
  sapa_129: 'SAPA 129',
  kpai: 'KPAI',
  dinsos: 'Dinas Sosial',
  puskesmas: 'Puskesmas',
  other: 'Lainnya',
};

export const CONSULTATION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Shown under the summary box: the summary is kept for years and read by other officers. */
export const SUMMARY_HINT =
  'Tulis singkat apa yang ditanyakan dan disarankan. Jangan menulis keterangan kesehatan, riwayat pidana, atau NIK.';
export const SUMMARY_MAX = 1000;

export const FOLLOW_UP_OUTCOMES = [
  'reached',
  'not_reached',
  'migrated_legally',
  'migrated_non_procedural',
  'withdrew',
  'referred',
  'other',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  reached: 'Sudah dihubungi',
  not_reached: 'Tidak bisa dihubungi',
  migrated_legally: 'Berangkat lewat jalur resmi',
  migrated_non_procedural: 'Berangkat non-prosedural',
  withdrew: 'Batal berangkat',
  referred: 'Dirujuk',
  other: 'Lainnya',
};

export const CASE_KINDS = [
  'calo_illegal_recruitment',
  'fraud',
  'migrant_in_trouble',
  'unpaid_wages',
  'violence',
  'lost_contact',
  'deportation',
  'trafficking_suspected',
  'other',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_RISKS = ['low', 'medium', 'high', 'urgent'] as const;
export type CaseRisk = (typeof CASE_RISKS)[number];

export const CASE_STATUSES = ['open', 'referred', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Dibuka',
  referred: 'Dirujuk',
  resolved: 'Selesai',
  closed: 'Ditutup',
};

/**
 * The case status machine as data. `closed` is final; a resolved case can be reopened when the
 * family comes back with the same problem.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['referred', 'resolved', 'closed'],
  referred: ['resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
};

export const CASE_PERSON_ROLES = ['reporter', 'victim', 'other'] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

export const JOURNEY_STATUSES = [
  'planned',
  'registered',
  'in_process',
  'departed',
  'working_abroad',
  'returned',
  'in_trouble',
  'unknown',
] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const JOURNEY_SECTORS = ['formal', 'domestic', 'seafarer', 'other'] as const;
export type JourneySector = (typeof JOURNEY_SECTORS)[number];

export const JOURNEY_SCHEMES = [
  'p_to_p',
  'g_to_g',
  'g_to_p',
  'ukps',
  'independent',
  'non_procedural_suspected',
] as const;
export type JourneyScheme = (typeof JOURNEY_SCHEMES)[number];

export const JOURNEY_LIST_KINDS = [
  'departing_this_month',
  'contract_ending_3_months',
  'non_procedural_suspected',
] as const;
export type JourneyListKind = (typeof JOURNEY_LIST_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A keyset page: pass `nextCursor` back as `cursor` for the next page; null on the last one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface AgencyRef {
  id: string;
  name: string;
  licenceNumber: string;
  status: string;
}

// ---------------------------------------------------------------------------------------------
// Consultations (Konsultasi)

export type VisitorInput = { kind: 'person'; personId: string } | { kind: 'anonymous'; label: string };
export type VisitorView = { kind: 'person'; personId: string; name: string } | { kind: 'anonymous'; label: string };

export interface Referral {
  to: ReferralTarget;
  note: string | null;
}

export interface ConsultationFlags {
  nonProcedural: boolean;
  traffickingSuspected: boolean;
}

export interface ConsultationCreateInput {
  /** ISO timestamp; defaults to now. A consultation by phone may be logged afterwards. */
  at?: string;
  channel: ConsultationChannel;
  visitor: VisitorInput;
  relation: VisitorRelation;
  journeyId?: string | null;
  topics: ConsultationTopic[];
  destination?: string | null;
  summary?: string;
  flags?: Partial<ConsultationFlags>;
  referrals?: { to: ReferralTarget; note?: string | null }[];
  followUp?: { dueOn: string; note?: string };
  queueTicketId?: string | null;
}

export interface ConsultationUpdateInput {
  id: string;
  version: number;
  at?: string;
  channel?: ConsultationChannel;
  visitor?: VisitorInput;
  relation?: VisitorRelation;
  journeyId?: string | null;
  topics?: ConsultationTopic[];
  destination?: string | null;
  summary?: string;
  flags?: Partial<ConsultationFlags>;
  referrals?: { to: ReferralTarget; note?: string | null }[];
  status?: ConsultationStatus;
}

export interface FollowUp {
  id: string;
  target: { kind: 'consultation' | 'case'; id: string };
  dueOn: string;
  note: string;
  doneAt: string | null;
  doneBy: StaffRef | null;
  outcome: FollowUpOutcome | null;
  outcomeNote: string | null;
  createdAt: string;
}

export interface Consultation {
  id: string;
  at: string;
  officer: StaffRef;
  channel: ConsultationChannel;
  visitor: VisitorView;
  relation: VisitorRelation;
  journeyId: string | null;
  topics: ConsultationTopic[];
  destination: string | null;
  summary: string;
  flags: ConsultationFlags;
  referrals: Referral[];
  status: ConsultationStatus;
  closedAt: string | null;
  /** As printed and called (`A-012`) when the consultation came from the queue. */
  queueTicket: string | null;
  consentId: string | null;
  followUps: FollowUp[];
  caseIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConsultationListItem {
  id: string;
  at: string;
  officerName: string;
  channel: ConsultationChannel;
  visitor: VisitorView;
  relation: VisitorRelation;
  topics: ConsultationTopic[];
  destination: string | null;
  flags: ConsultationFlags;
  status: ConsultationStatus;
  /** The first 120 characters of the summary. */
  summaryPreview: string;
}

export interface ConsultationListInput {
  filters?: {
    status?: ConsultationStatus;
    /** `YYYY-MM-DD`, Asia/Jakarta, inclusive. */
    from?: string;
    to?: string;
    topic?: ConsultationTopic;
    flagged?: boolean;
    personId?: string;
    /** Words in the summary or the anonymous label, or the start of a visitor's name. */
    q?: string;
  };
  limit?: number;
  cursor?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Follow-ups (Tindak Lanjut)

export interface DueFollowUp extends FollowUp {
  /** Who to contact: a person's name or the anonymous label. */
  visitorLabel: string | null;
  caseReference: string | null;
  daysOverdue: number;
}

export interface FollowUpCreateInput {
  target: { kind: 'consultation' | 'case'; id: string };
  dueOn: string;
  note?: string;
}

export interface FollowUpCompleteInput {
  id: string;
  outcome: FollowUpOutcome;
  note?: string | null;
  /** Schedule the next contact in the same step (e.g. nobody answered the phone). */
  next?: { dueOn: string; note?: string };
}

export interface FollowUpsDue {
  on: string;
  today: DueFollowUp[];
  overdue: DueFollowUp[];
  /** Totals can exceed the lists, which stop at 200 rows each. */
  totals: { today: number; overdue: number };
}

// ---------------------------------------------------------------------------------------------
// Cases (Pengaduan)

export interface CaseCreateInput {
  kind: CaseKind;
  risk: CaseRisk;
  summary: string;
  /** Reporter, victim and others named in the complaint; each needs a consent for the desk's service. */
  people?: { personId: string; role: CasePersonRole }[];
  agencyId?: string | null;
  consultationId?: string | null;
  followUp?: { dueOn: string; note?: string };
}

export interface CaseUpdateInput {
  id: string;
  version: number;
  status?: CaseStatus;
  kind?: CaseKind;
  risk?: CaseRisk;
  summary?: string;
  agencyId?: string | null;
  /** Kept on the timeline with the change. */
  note?: string;
}

export interface CaseEventInput {
  id: string;
  note: string;
  referralTo?: ReferralTarget | null;
  statusTo?: CaseStatus | null;
}

export interface CasePersonView {
  personId: string;
  name: string;
  role: CasePersonRole;
}

export interface CaseEvent {
  id: string;
  at: string;
  actor: StaffRef;
  note: string;
  referralTo: ReferralTarget | null;
  statusFrom: CaseStatus | null;
  statusTo: CaseStatus | null;
}

export interface CaseSummary {
  id: string;
  referenceCode: string;
  kind: CaseKind;
  status: CaseStatus;
  risk: CaseRisk;
  openedAt: string;
  updatedAt: string;
  agency: AgencyRef | null;
}

export interface CaseRecord extends CaseSummary {
  summary: string;
  consultationId: string | null;
  people: CasePersonView[];
  events: CaseEvent[];
  followUps: FollowUp[];
  /** Statuses the case may move to next (from CASE_TRANSITIONS). */
  allowedNext: CaseStatus[];
  resolvedAt: string | null;
  closedAt: string | null;
  version: number;
}

export interface CaseListInput {
  filters?: {
    status?: CaseStatus;
    kind?: CaseKind;
    risk?: CaseRisk;
    agencyId?: string;
    /** Complaints this person is part of (reporter, victim or other): the person page's list. */
    personId?: string;
    from?: string;
    to?: string;
  };
  limit?: number;
  cursor?: string | null;
}

export type CasesByAgency =
  | {
      agency: AgencyRef;
      counts: Record<CaseStatus, number> & { total: number };
      byKind: { kind: CaseKind; count: number }[];
      cases: CaseSummary[];
    }
  | { agencies: { agency: AgencyRef; total: number; open: number }[] };

// ---------------------------------------------------------------------------------------------
// Journeys (Riwayat Migrasi)

export interface JourneyFields {
  status: JourneyStatus;
  destination: string | null;
  job: string | null;
  sector: JourneySector | null;
  scheme: JourneyScheme | null;
  agencyId: string | null;
  familyPermissionAcknowledgedOn: string | null;
  departedOn: string | null;
  expectedReturnOn: string | null;
  returnedOn: string | null;
  note: string | null;
}

export type JourneyCreateInput = { personId: string; status: JourneyStatus } & Partial<Omit<JourneyFields, 'status'>>;
export type JourneyUpdateInput = { id: string; version: number } & Partial<JourneyFields>;

export interface Journey extends JourneyFields {
  id: string;
  personId: string;
  personName: string;
  agency: AgencyRef | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface JourneyListResult {
  kind: JourneyListKind;
  /** The period the list covers, `YYYY-MM-DD` inclusive. */
  from: string | null;
  to: string | null;
  items: Journey[];
}

// ---------------------------------------------------------------------------------------------
// Queue, staff side and the TV screen

export type DeskTicketStatus = 'waiting' | 'called' | 'served' | 'skipped';

export interface DeskTicket {
  id: string;
  /** As printed and called: `A-012`. Never a name. */
  ticket: string;
  service: string;
  serviceLabel: string;
  status: DeskTicketStatus;
  takenAt: string;
  calledAt: string | null;
  counter: string | null;
  consultationId: string | null;
}

export interface QueueToday {
  day: string;
  waiting: DeskTicket[];
  called: DeskTicket[];
  served: DeskTicket[];
  skipped: DeskTicket[];
}

/** Fields of consultations.create known from the ticket; spread into the form. */
export interface ConsultationPrefill {
  channel: 'walk_in';
  queueTicketId: string;
  /** A hint from the service chosen at the kiosk; empty for general consultations. */
  topics: ConsultationTopic[];
}

export interface QueueDisplayCall {
  ticket: string;
  counter: string;
  calledAt: string;
}

/** What the TV shows: numbers and counters only. */
export interface QueueDisplay {
  day: string;
  /** The ticket each counter is serving now (latest call per counter). */
  nowServing: QueueDisplayCall[];
  /** The last five calls, newest first. */
  recent: QueueDisplayCall[];
  waiting: number;
  /** Text to speak for the newest call, e.g. "Nomor antrian A 0 1 2, silakan ke Meja 1." */
  announcement: string | null;
}
