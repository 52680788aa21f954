/**
 * Rumah Edukasi (issue 5): households, children, caregivers, groups, activities, roll call,
 * alerts and the CSV import, as the contract carries them. Children's data (UU PDP Pasal 4 ayat 2:
 * specific data) only ever reach the `educator` and `admin` roles. Dates people mean as dates are
 * `YYYY-MM-DD` (Asia/Jakarta); times of day are `HH:MM`.
 *
 * Date ranges: every `to`, `toDate` and `leftOn` is the FIRST day no longer in effect (exclusive),
 * so leaving a group "on" 2026-12-01 means the child is not on that day's roll call.
 */
import type { JourneyStatus } from './desk';
import type { FieldIssue } from './errors';
import type { Consent, ConsentMethod, PersonFields, Sex } from './people';

// ---------------------------------------------------------------------------------------------
// Code lists (code → UI label)

/** Who gave the child's consent (UU PDP Pasal 25: a parent or guardian). */
export const CHILD_CONSENT_GIVERS = ['parent_abroad', 'parent_home', 'guardian', 'other'] as const;
export type ChildConsentGiver = (typeof CHILD_CONSENT_GIVERS)[number];
export const CHILD_CONSENT_GIVER_LABELS: Record<ChildConsentGiver, string> = {
  parent_abroad: 'Orang tua di luar negeri',
  parent_home: 'Orang tua di rumah',
  guardian: 'Wali',
  other: 'Lainnya',
};

/** Purposes a Rumah Edukasi consent may cover; `rumah_edukasi` is required for enrolment. */
export const EDUKASI_CONSENT_PURPOSES = ['rumah_edukasi', 'photos', 'reporting'] as const;
export type EdukasiConsentPurpose = (typeof EDUKASI_CONSENT_PURPOSES)[number];

export const PARENT_ROLES = ['father', 'mother'] as const;
export type ParentRole = (typeof PARENT_ROLES)[number];
export const PARENT_ROLE_LABELS: Record<ParentRole, string> = { father: 'Ayah', mother: 'Ibu' };

export const DOCUMENT_STATUSES = ['yes', 'no', 'unknown'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  yes: 'Ada',
  no: 'Tidak ada',
  unknown: 'Belum tahu',
};

export const SCHOOL_LEVELS = ['none', 'paud', 'sd', 'smp', 'sma', 'not_in_school'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, string> = {
  none: 'Belum sekolah',
  paud: 'PAUD/TK',
  sd: 'SD/MI',
  smp: 'SMP/MTs',
  sma: 'SMA/SMK/MA',
  not_in_school: 'Tidak sekolah (putus sekolah)',
};

/** A member's relation to the head of the household (the KK number is never a key: it changes). */
export const HOUSEHOLD_RELATIONS = [
  'head',
  'husband',
  'wife',
  'child',
  'parent',
  'parent_in_law',
  'grandchild',
  'sibling',
  'other',
] as const;
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];
export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelation, string> = {
  head: 'Kepala keluarga',
  husband: 'Suami',
  wife: 'Istri',
  child: 'Anak',
  parent: 'Orang tua',
  parent_in_law: 'Mertua',
  grandchild: 'Cucu',
  sibling: 'Saudara',
  other: 'Lainnya',
};

/** The caregiver's relation to the child (KPAI asks who actually cares for the child). */
export const CARE_RELATIONS = [
  'father',
  'mother',
  'grandfather',
  'grandmother',
  'uncle',
  'aunt',
  'older_sibling',
  'other_relative',
  'neighbour',
  'foster_parent',
  'institution',
  'other',
] as const;
export type CareRelation = (typeof CARE_RELATIONS)[number];
export const CARE_RELATION_LABELS: Record<CareRelation, string> = {
  father: 'Ayah',
  mother: 'Ibu',
  grandfather: 'Kakek',
  grandmother: 'Nenek',
  uncle: 'Paman',
  aunt: 'Bibi',
  older_sibling: 'Kakak',
  other_relative: 'Saudara lain',
  neighbour: 'Tetangga',
  foster_parent: 'Orang tua asuh',
  institution: 'Lembaga',
  other: 'Lainnya',
};

export const GROUP_AUDIENCES = ['children', 'caregivers', 'returnees', 'mixed'] as const;
export type GroupAudience = (typeof GROUP_AUDIENCES)[number];
export const GROUP_AUDIENCE_LABELS: Record<GroupAudience, string> = {
  children: 'Anak',
  caregivers: 'Pengasuh (kelas pengasuhan)',
  returnees: 'Purna PMI',
  mixed: 'Campuran',
};

export const ACTIVITY_KINDS = [
  'calistung',
  'belajar_kelompok',
  'kerohanian',
  'kesenian',
  'olahraga',
  'literasi_digital',
  'konseling',
  'pengasuhan_jarak_jauh',
  'kelas_pengasuh',
  'kunjungan_rumah',
  'lainnya',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  calistung: 'Calistung (baca, tulis, hitung)',
  belajar_kelompok: 'Belajar kelompok',
  kerohanian: 'Kerohanian',
  kesenian: 'Kesenian',
  olahraga: 'Olahraga',
  literasi_digital: 'Literasi digital',
  konseling: 'Konseling',
  pengasuhan_jarak_jauh: 'Pengasuhan jarak jauh',
  kelas_pengasuh: 'Kelas pengasuh',
  kunjungan_rumah: 'Kunjungan rumah',
  lainnya: 'Lainnya',
};

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'sick', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Hadir',
  late: 'Terlambat',
  excused: 'Izin',
  sick: 'Sakit',
  absent: 'Alpa',
};

export const CONTACT_METHODS = ['video_call', 'phone', 'message', 'visit'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  video_call: 'Panggilan video',
  phone: 'Telepon',
  message: 'Pesan',
  visit: 'Kunjungan (orang tua pulang)',
};

export const HISTORY_PRESETS = ['7d', '30d', '365d'] as const;
export type HistoryPreset = (typeof HISTORY_PRESETS)[number];

export const CHILD_LIST_STATUSES = ['active', 'left', 'consent_withdrawn', 'all'] as const;
export type ChildListStatus = (typeof CHILD_LIST_STATUSES)[number];

export type EdukasiImportMode = 'valid_rows' | 'all_or_nothing';

/**
 * How `attendance.history` computes the rate, shown next to the number:
 * rate = (Hadir + Terlambat) / all marked sessions in the range. Izin and Sakit stay in the
 * denominator and are shown separately, so a child often sick is visible rather than hidden.
 * Sessions without a saved roll call for the person are not counted (unknown, not absent).
 */
export const ATTENDANCE_RATE_FORMULA =
  'Persentase kehadiran = (Hadir + Terlambat) ÷ semua kegiatan yang diabsen dalam rentang ini. Izin dan Sakit ditampilkan terpisah dan tetap dihitung sebagai kegiatan.';

/**
 * How `alerts.consecutiveAbsences` reads a child's marks: the last N sessions counted are those
 * marked Hadir, Terlambat or Alpa; Izin and Sakit are skipped (they neither count nor break a
 * run). A child is listed when all of those N are Alpa.
 */
export const ABSENCE_ALERT_RULE =
  'Anak masuk daftar bila N kegiatan terakhirnya (yang diabsen Hadir, Terlambat atau Alpa) semuanya Alpa. Izin dan Sakit dilewati: tidak dihitung dan tidak memutus rangkaian.';

// ---------------------------------------------------------------------------------------------
// Inputs

/** Consent for a child, from a parent or guardian (UU PDP Pasal 25), with its proof (Pasal 24). */
export interface ChildConsentInput {
  givenBy: ChildConsentGiver;
  /** For a parent: father or mother, stored on the consent record; without it the relation is 'other'. */
  parentRole?: ParentRole;
  givenByName: string;
  method: ConsentMethod;
  /** Where the proof is kept: form number, file name of the call or message recording. */
  evidenceRef: string;
  /** Must include 'rumah_edukasi'. */
  purposes: readonly EdukasiConsentPurpose[];
  textVersion: string;
}

/** A caregiver's own consent (an adult consenting for themself). */
export interface CaregiverConsentInput {
  method: ConsentMethod;
  evidenceRef?: string;
  textVersion: string;
}

export type ExistingPerson = { kind: 'existing'; id: string };
export type NewChildPerson = { kind: 'new' } & Omit<PersonFields, 'sex' | 'birthDate'> & {
    sex: Sex;
    birthDate: string;
  };
export type NewAdultPerson = { kind: 'new' } & PersonFields;

export interface ChildEnrolInput {
  person: ExistingPerson | NewChildPerson;
  householdId?: string;
  /** The child's relation to the head of the household; default 'child'. */
  relationInHousehold?: HouseholdRelation;
  consent: ChildConsentInput;
  birthCertificate: DocumentStatus;
  kia: DocumentStatus;
  bornAbroad: boolean;
  schoolLevel: SchoolLevel;
  /** Default: today (Asia/Jakarta). */
  enrolledOn?: string;
}

export interface ChildUpdateInput {
  id: string;
  version: number;
  birthCertificate?: DocumentStatus;
  kia?: DocumentStatus;
  bornAbroad?: boolean;
  schoolLevel?: SchoolLevel;
  householdId?: string | null;
}

export interface ChildListInput {
  groupId?: string;
  q?: string;
  status?: ChildListStatus;
  limit?: number;
  cursor?: string | null;
}

export interface CaregiverAddInput {
  childId: string;
  person: ExistingPerson | NewAdultPerson;
  /** Required for a new person, and for a stored person without a Rumah Edukasi consent. */
  consent?: CaregiverConsentInput;
  relation: CareRelation;
  courtAppointedGuardian?: boolean;
  /** Default: today. */
  from?: string;
  primary?: boolean;
}

export interface HouseholdCreateInput {
  label: string;
  dusun?: string;
  rt?: string;
  rw?: string;
  note?: string;
  members?: { personId: string; relation: HouseholdRelation }[];
}

export interface GroupCreateInput {
  name: string;
  audience: GroupAudience;
  ageMin?: number;
  ageMax?: number;
  note?: string;
}

export interface ActivityCreateInput {
  /** Absent for a one-off event (its roll call is whoever is marked). */
  groupId?: string;
  /** Default: today (Asia/Jakarta). */
  date?: string;
  startTime: string;
  endTime: string;
  kind: ActivityKind;
  title: string;
  facilitator: string;
  place: string;
}

export interface AttendanceMarkInput {
  personId: string;
  status: AttendanceStatus;
  note?: string;
}

export interface AttendanceRecordInput {
  activityId: string;
  marks: AttendanceMarkInput[];
  /** Required (true) to change the roll call of an activity dated before today. */
  confirmPastEdit?: boolean;
}

export interface AttendanceHistoryInput {
  personId: string;
  from?: string;
  to?: string;
  /** Last 7, 30 or 365 days up to today. Default '30d' when neither a preset nor dates are given. */
  preset?: HistoryPreset;
}

export interface ParentContactInput {
  childId: string;
  /** Default: today. */
  date?: string;
  how: ContactMethod;
  facilitatedByHouse: boolean;
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Outputs

export interface Household {
  id: string;
  label: string;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  note: string | null;
  version: number;
  createdAt: string;
}

/** A parent's migration episode as Rumah Edukasi needs it (no agency, no notes). */
export interface JourneyBrief {
  journeyId: string;
  personId: string;
  fullName: string;
  status: JourneyStatus;
  destination: string | null;
  departedOn: string | null;
  expectedReturnOn: string | null;
  returnedOn: string | null;
}

export interface HouseholdMember {
  personId: string;
  fullName: string;
  sex: Sex | null;
  relation: HouseholdRelation;
  isChild: boolean;
  journeys: JourneyBrief[];
}

export interface HouseholdDetail {
  household: Household;
  members: HouseholdMember[];
  children: ChildSummary[];
}

export interface ChildSummary {
  id: string;
  personId: string;
  fullName: string;
  sex: Sex | null;
  birthDate: string | null;
  /** Whole years today; null when the birth date was removed (anonymised). */
  age: number | null;
  schoolLevel: SchoolLevel;
  birthCertificate: DocumentStatus;
  kia: DocumentStatus;
  enrolledOn: string;
  leftOn: string | null;
  /** False once the Rumah Edukasi consent is withdrawn: no roll call, no activity lists. */
  consentActive: boolean;
  householdId: string | null;
  householdLabel: string | null;
}

export interface ParentAbroad extends JourneyBrief {
  role: ParentRole;
}

export interface CareArrangement {
  id: string;
  caregiverId: string;
  personId: string;
  fullName: string;
  phone: string | null;
  relation: CareRelation;
  courtAppointedGuardian: boolean;
  from: string;
  to: string | null;
  primary: boolean;
  parentingTrainingOn: string | null;
}

export interface ChildGroupRef {
  id: string;
  name: string;
  fromDate: string;
}

export interface ChildDetail extends ChildSummary {
  bornAbroad: boolean;
  consentGiver: ChildConsentGiver;
  /** The consent the enrolment rests on. */
  consent: Consent;
  parentsAbroad: ParentAbroad[];
  /** Both parents linked to journeys that are not 'returned'. */
  bothParentsAbroad: boolean;
  caregivers: CareArrangement[];
  groups: ChildGroupRef[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChildrenWithoutDocuments {
  items: (ChildSummary & { bornAbroad: boolean })[];
  counts: { noBirthCertificate: number; noKia: number; total: number };
}

export interface Caregiver {
  id: string;
  personId: string;
  fullName: string;
  parentingTrainingOn: string | null;
  trainingProvider: string | null;
}

export interface Group {
  id: string;
  name: string;
  audience: GroupAudience;
  ageMin: number | null;
  ageMax: number | null;
  note: string | null;
  memberCount: number;
  lastActivityOn: string | null;
  createdAt: string;
}

export type GroupMemberKind = 'child' | 'caregiver' | 'other';

export interface GroupMember {
  personId: string;
  fullName: string;
  sex: Sex | null;
  age: number | null;
  kind: GroupMemberKind;
  fromDate: string;
}

export interface GroupDetail extends Group {
  members: GroupMember[];
  /** Members left out of lists because their Rumah Edukasi consent was withdrawn. */
  withdrawnCount: number;
}

export interface GroupMembersResult {
  group: GroupDetail;
  added: number;
  alreadyMembers: number;
  /** Non-blocking, e.g. a child's age outside the group's age band. */
  warnings: FieldIssue[];
}

export interface Activity {
  id: string;
  groupId: string | null;
  groupName: string | null;
  date: string;
  startTime: string;
  endTime: string;
  kind: ActivityKind;
  title: string;
  facilitator: string;
  place: string;
  /** 1, 2, 3… within the date, in order of creation. */
  numberInDay: number;
  /** Marks saved so far, and how many of them are Hadir or Terlambat. */
  marked: number;
  attended: number;
  createdAt: string;
}

export interface AttendanceSheetRow {
  personId: string;
  fullName: string;
  sex: Sex | null;
  status: AttendanceStatus;
  note: string | null;
  /** False: nothing saved yet, the status shown is the default Hadir. */
  saved: boolean;
}

export interface AttendanceSheet {
  activity: Activity;
  rows: AttendanceSheetRow[];
  /** Dated before today: saving asks for confirmation (confirmPastEdit). */
  isPast: boolean;
  /** Dated after today: the roll call cannot be taken yet. */
  isFuture: boolean;
}

export interface AttendanceRecordResult {
  activityId: string;
  /** Marks sent. */
  saved: number;
  /** Marks that were new or different from what was stored. */
  changed: number;
  sheet: AttendanceSheet;
}

export interface AttendanceHistoryMark {
  activityId: string;
  date: string;
  numberInDay: number;
  title: string;
  kind: ActivityKind;
  groupName: string | null;
  status: AttendanceStatus;
  note: string | null;
}

export interface AttendanceHistory {
  personId: string;
  fullName: string;
  from: string;
  to: string;
  /** Newest first. */
  marks: AttendanceHistoryMark[];
  counts: Record<AttendanceStatus, number> & { sessions: number };
  /** 0–1, see ATTENDANCE_RATE_FORMULA; null when nothing was marked in the range. */
  rate: number | null;
  formula: string;
}

export interface AbsenceAlert {
  childId: string;
  personId: string;
  fullName: string;
  sex: Sex | null;
  age: number | null;
  /** The dates of the N Alpa sessions, newest first. */
  absentDates: string[];
  lastAttendedOn: string | null;
  groups: string[];
  householdLabel: string | null;
  primaryCaregiver: { fullName: string; phone: string | null; relation: CareRelation } | null;
}

export interface ConsecutiveAbsences {
  threshold: number;
  rule: string;
  items: AbsenceAlert[];
}

export interface GroupsWithoutActivity {
  /** Monday and Sunday of the week, inclusive. */
  weekStart: string;
  weekEnd: string;
  items: { id: string; name: string; audience: GroupAudience; lastActivityOn: string | null }[];
}

export interface ParentContact {
  id: string;
  childId: string;
  date: string;
  how: ContactMethod;
  facilitatedByHouse: boolean;
  note: string | null;
  createdAt: string;
}

export type EdukasiImportRowStatus = 'inserted' | 'skipped' | 'error';

export interface EdukasiImportRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  status: EdukasiImportRowStatus;
  kind: 'child' | 'caregiver' | null;
  /** kode_anak as read from the row, when there was one (never a name). */
  key: string | null;
  messages: string[];
}

export interface EdukasiImportReport {
  mode: EdukasiImportMode;
  /** True when at least one row was written. */
  committed: boolean;
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  counts: { rows: number; children: number; caregivers: number; skipped: number; error: number };
  rows: EdukasiImportRow[];
  notes: string[];
  message: string;
}
