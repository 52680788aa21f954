/**
 * The single contract between every client and the core. Imported by the core, both hosts,
 * the preload and the renderer, so it stays isomorphic: no `electron`, no `node:*`, no DOM,
 * no runtime dependencies. Input validation (zod) lives in the core; these are the types.
 */

import type { AuditChainStatus, AuditEvent, AuditListInput } from './audit';
import type { Article, ArticleLang, ArticleSummary, ContentSearchInput, ContentSearchOutput } from './content';
import type {
  CaseCreateInput,
  CaseEventInput,
  CaseListInput,
  CaseRecord,
  CaseSummary,
  CasesByAgency,
  CaseUpdateInput,
  Consultation,
  ConsultationCreateInput,
  ConsultationListInput,
  ConsultationListItem,
  ConsultationPrefill,
  ConsultationUpdateInput,
  DeskTicket,
  FollowUp,
  FollowUpCompleteInput,
  FollowUpCreateInput,
  FollowUpsDue,
  Journey,
  JourneyCreateInput,
  JourneyListKind,
  JourneyListResult,
  JourneyUpdateInput,
  Page,
  QueueDisplay,
  QueueToday,
} from './desk';
import type { MethodDescription, Region, Role, User, VillageProfile } from './domain';
import type {
  Activity,
  ActivityCreateInput,
  AttendanceHistory,
  AttendanceHistoryInput,
  AttendanceRecordInput,
  AttendanceRecordResult,
  AttendanceSheet,
  Caregiver,
  CaregiverAddInput,
  ChildDetail,
  ChildEnrolInput,
  ChildListInput,
  ChildrenWithoutDocuments,
  ChildSummary,
  ChildUpdateInput,
  ConsecutiveAbsences,
  EdukasiImportMode,
  EdukasiImportReport,
  Group,
  GroupAudience,
  GroupCreateInput,
  GroupDetail,
  GroupMembersResult,
  GroupsWithoutActivity,
  HouseholdCreateInput,
  HouseholdDetail,
  HouseholdRelation,
  JourneyBrief,
  ParentContact,
  ParentContactInput,
  ParentRole,
} from './edukasi';
import type { ApiError, FieldIssue } from './errors';
import type {
  AgencyImportMode,
  AgencyImportReport,
  AgencySearchResult,
  CaloAnswer,
  CaloEvaluation,
  CaloQuestions,
  ChecklistResult,
  Destination,
  DestinationSummary,
  Hotline,
  KioskLang,
  KioskProfile,
  QueueService,
  QueueTicket,
} from './kiosk';
import type {
  Consent,
  ConsentInput,
  DuplicateCandidate,
  NewPersonInput,
  PeopleSearchBy,
  Person,
  PersonReference,
  PersonSummary,
  PersonUpdateInput,
} from './people';
import type {
  DashboardResult,
  ExportChunk,
  ExportFile,
  ExportJobStatus,
  NamedListExportInput,
  PeriodInput,
  ReportExportInput,
  StandardReport,
} from './reports';
import type { NewUserInput, UserSummary } from './users';

/** Every method: one JSON-safe input object, one JSON-safe output. Names are `namespace.verb`. */
export interface Methods {
  'system.health': { input: Record<string, never>; output: { ok: true; version: string; schemaVersion: number } };
  'system.describe': { input: Record<string, never>; output: { methods: MethodDescription[] } };
  'setup.status': { input: Record<string, never>; output: { needsSetup: boolean } };
  'setup.regions': {
    input: { regencyCode?: string };
    output: { regency: Region; villages: Region[]; suggestedCode: string; source: string };
  };
  'setup.complete': {
    input: {
      village: VillageProfile;
      admin: { username: string; displayName: string; password: string };
    };
    output: { user: User };
  };
  'auth.login': { input: { username: string; password: string }; output: { token: string; user: User } };
  'auth.logout': { input: Record<string, never>; output: { loggedOut: true } };
  'auth.me': { input: Record<string, never>; output: { user: User; village: VillageProfile } };
  // Accounts, people, consent and audit (issue 4, core).
  'auth.changePassword': { input: { currentPassword: string; newPassword: string }; output: { user: User } };
  'auth.logoutEverywhere': { input: Record<string, never>; output: { sessionsEnded: number } };
  'auth.confirmPassword': { input: { password: string }; output: { confirmedUntil: string } };
  'users.create': { input: NewUserInput; output: { user: UserSummary } };
  'users.list': { input: Record<string, never>; output: { users: UserSummary[] } };
  'users.disable': { input: { id: string }; output: { user: UserSummary; sessionsEnded: number } };
  'users.enable': { input: { id: string }; output: { user: UserSummary } };
  'users.resetPassword': {
    input: { id: string; temporaryPassword: string };
    output: { user: UserSummary; sessionsEnded: number };
  };
  'people.search': {
    input: { q: string; limit?: number; offset?: number };
    output: { by: PeopleSearchBy; items: PersonSummary[]; hasMore: boolean };
  };
  'people.checkDuplicates': {
    input: { fullName: string; birthDate?: string; nik?: string };
    output: { items: DuplicateCandidate[] };
  };
  'people.create': { input: NewPersonInput; output: { person: Person; consent: Consent; warnings: FieldIssue[] } };
  'people.get': { input: { id: string }; output: { person: Person; consents: Consent[] } };
  'people.update': { input: PersonUpdateInput; output: { person: Person; warnings: FieldIssue[] } };
  'people.addConsent': { input: { personId: string; consent: ConsentInput }; output: { consent: Consent } };
  'people.withdrawConsent': { input: { consentId: string }; output: { consent: Consent } };
  'people.delete': {
    input: { id: string };
    output: { outcome: 'deleted' | 'anonymised'; references: PersonReference[] };
  };
  'people.trail': {
    input: { id: string };
    output: {
      personId: string;
      person: Person | null;
      consents: Consent[];
      events: AuditEvent[];
      truncated: boolean;
      exportedAt: string;
    };
  };
  'audit.list': { input: AuditListInput; output: { items: AuditEvent[]; nextCursor: number | null } };
  'audit.verify': { input: Record<string, never>; output: AuditChainStatus };
  // Kiosk services (issue 3): public, no personal data; agencies.import is admin only.
  'kiosk.profile': { input: Record<string, never>; output: KioskProfile };
  'agencies.search': { input: { q: string; limit?: number; lang?: KioskLang }; output: AgencySearchResult };
  'agencies.import': {
    input: { csv?: string; csvBase64?: string; dataAsOf: string; source: string; mode: AgencyImportMode };
    output: AgencyImportReport;
  };
  'hotlines.list': { input: Record<string, never>; output: { hotlines: Hotline[] } };
  'destinations.list': {
    input: { lang?: KioskLang };
    output: { destinations: DestinationSummary[]; contentLang: KioskLang };
  };
  'destinations.get': { input: { code: string; lang?: KioskLang }; output: Destination };
  'calo.questions': { input: { lang?: KioskLang }; output: CaloQuestions };
  'calo.evaluate': { input: { answers: Record<string, CaloAnswer>; lang?: KioskLang }; output: CaloEvaluation };
  'checklist.get': { input: { scheme: string; marital: string; lang?: KioskLang }; output: ChecklistResult };
  'queue.take': { input: { service: QueueService }; output: QueueTicket };
  // Kiosk articles (issue 3): public; needs_review articles come with their caution.
  'content.search': { input: ContentSearchInput; output: ContentSearchOutput };
  'content.get': { input: { slug: string; lang: ArticleLang }; output: Article };
  'content.list': { input: { category?: string; lang: ArticleLang }; output: { articles: ArticleSummary[] } };
  // Meja Layanan records (issue 4): desk officer and admin; queue.display is the public TV screen.
  'consultations.create': { input: ConsultationCreateInput; output: Consultation };
  'consultations.update': { input: ConsultationUpdateInput; output: Consultation };
  'consultations.get': { input: { id: string }; output: Consultation };
  'consultations.list': { input: ConsultationListInput; output: Page<ConsultationListItem> };
  'followups.create': { input: FollowUpCreateInput; output: FollowUp };
  'followups.due': { input: { on?: string }; output: FollowUpsDue };
  'followups.complete': { input: FollowUpCompleteInput; output: { followUp: FollowUp; next: FollowUp | null } };
  'cases.create': { input: CaseCreateInput; output: CaseRecord };
  'cases.update': { input: CaseUpdateInput; output: CaseRecord };
  'cases.addEvent': { input: CaseEventInput; output: CaseRecord };
  'cases.get': { input: { id?: string; referenceCode?: string }; output: CaseRecord };
  'cases.list': { input: CaseListInput; output: Page<CaseSummary> };
  'cases.byAgency': { input: { agencyId?: string }; output: CasesByAgency };
  'journeys.create': { input: JourneyCreateInput; output: Journey };
  'journeys.update': { input: JourneyUpdateInput; output: Journey };
  'journeys.get': { input: { id: string }; output: Journey };
  'journeys.listByPerson': { input: { personId: string }; output: { items: Journey[] } };
  'journeys.lists': { input: { kind: JourneyListKind; month?: string }; output: JourneyListResult };
  'queue.today': { input: Record<string, never>; output: QueueToday };
  'queue.callNext': {
    input: { counter: string; service?: QueueService };
    output: { ticket: DeskTicket | null; waiting: number };
  };
  'queue.skip': { input: { id: string }; output: DeskTicket };
  'queue.recall': { input: { id: string; counter?: string }; output: DeskTicket };
  'queue.serve': {
    input: { id: string };
    /** `suggestCase`: the complaints service, so the officer will probably open a case too. */
    output: { ticket: DeskTicket; prefill: ConsultationPrefill; suggestCase: boolean };
  };
  'queue.display': { input: Record<string, never>; output: QueueDisplay };
  // Rumah Edukasi (issue 5): children's data, educator and admin only.
  'households.create': { input: HouseholdCreateInput; output: HouseholdDetail };
  'households.get': { input: { id: string }; output: HouseholdDetail };
  'households.addMember': {
    input: { householdId: string; personId: string; relation: HouseholdRelation };
    output: HouseholdDetail;
  };
  'children.enrol': { input: ChildEnrolInput; output: { child: ChildDetail; warnings: FieldIssue[] } };
  'children.get': { input: { id: string }; output: ChildDetail };
  'children.list': { input: ChildListInput; output: Page<ChildSummary> };
  'children.update': { input: ChildUpdateInput; output: ChildDetail };
  'children.leave': { input: { id: string; leftOn: string }; output: ChildDetail };
  'children.withoutDocuments': { input: Record<string, never>; output: ChildrenWithoutDocuments };
  'children.linkParentAbroad': { input: { childId: string; journeyId: string; role: ParentRole }; output: ChildDetail };
  'children.parentCandidates': { input: { childId: string; q: string }; output: { items: JourneyBrief[] } };
  'caregivers.add': { input: CaregiverAddInput; output: ChildDetail };
  'caregivers.recordTraining': { input: { caregiverId: string; on: string; provider?: string }; output: Caregiver };
  'groups.create': { input: GroupCreateInput; output: Group };
  'groups.list': { input: { audience?: GroupAudience }; output: { items: Group[] } };
  'groups.get': { input: { id: string }; output: GroupDetail };
  'groups.addMembers': { input: { groupId: string; personIds: string[]; from?: string }; output: GroupMembersResult };
  'groups.removeMember': { input: { groupId: string; personId: string; on?: string }; output: GroupDetail };
  'activities.create': { input: ActivityCreateInput; output: Activity };
  'activities.list': { input: { from: string; to: string; groupId?: string }; output: { items: Activity[] } };
  'activities.get': { input: { id: string }; output: Activity };
  'attendance.sheet': { input: { activityId: string }; output: AttendanceSheet };
  'attendance.record': { input: AttendanceRecordInput; output: AttendanceRecordResult };
  'attendance.history': { input: AttendanceHistoryInput; output: AttendanceHistory };
  'alerts.consecutiveAbsences': { input: { threshold?: number }; output: ConsecutiveAbsences };
  'alerts.groupsWithoutActivity': { input: { weekOf?: string }; output: GroupsWithoutActivity };
  'parentContacts.add': { input: ParentContactInput; output: ParentContact };
  'parentContacts.list': {
    input: { childId: string; from?: string; to?: string };
    output: { items: ParentContact[] };
  };
  'edukasi.import': {
    input: { csv: string; mode: EdukasiImportMode; consentTextVersion?: string };
    output: EdukasiImportReport;
  };
  // Laporan (issue 6): aggregates by role part; named lists as export jobs after a password step-up.
  'reports.dashboard': { input: { period: PeriodInput; compareMonths?: number }; output: DashboardResult };
  'reports.migrationService': { input: { period: PeriodInput }; output: StandardReport };
  'reports.rumahEdukasi': { input: { period: PeriodInput }; output: StandardReport };
  'reports.export': { input: ReportExportInput; output: ExportFile };
  'reports.exportNamedList': { input: NamedListExportInput; output: ExportJobStatus };
  'exports.status': { input: { jobId: string }; output: ExportJobStatus };
  'exports.download': { input: { jobId: string; offset: number; length?: number }; output: ExportChunk };
  'exports.cancel': { input: { jobId: string }; output: ExportJobStatus };
}

export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = Methods[M]['input'];
export type MethodOutput<M extends MethodName> = Methods[M]['output'];

/** Runtime list of method names; the compile-time check below keeps it complete. */
export const METHOD_NAMES = [
  'system.health',
  'system.describe',
  'setup.status',
  'setup.regions',
  'setup.complete',
  'auth.login',
  'auth.logout',
  'auth.me',
  'auth.changePassword',
  'auth.logoutEverywhere',
  'auth.confirmPassword',
  'users.create',
  'users.list',
  'users.disable',
  'users.enable',
  'users.resetPassword',
  'people.search',
  'people.checkDuplicates',
  'people.create',
  'people.get',
  'people.update',
  'people.addConsent',
  'people.withdrawConsent',
  'people.delete',
  'people.trail',
  'audit.list',
  'audit.verify',
  'kiosk.profile',
  'agencies.search',
  'agencies.import',
  'hotlines.list',
  'destinations.list',
  'destinations.get',
  'calo.questions',
  'calo.evaluate',
  'checklist.get',
  'queue.take',
  'content.search',
  'content.get',
  'content.list',
  'consultations.create',
  'consultations.update',
  'consultations.get',
  'consultations.list',
  'followups.create',
  'followups.due',
  'followups.complete',
  'cases.create',
  'cases.update',
  'cases.addEvent',
  'cases.get',
  'cases.list',
  'cases.byAgency',
  'journeys.create',
  'journeys.update',
  'journeys.get',
  'journeys.listByPerson',
  'journeys.lists',
  'queue.today',
  'queue.callNext',
  'queue.skip',
  'queue.recall',
  'queue.serve',
  'queue.display',
  'households.create',
  'households.get',
  'households.addMember',
  'children.enrol',
  'children.get',
  'children.list',
  'children.update',
  'children.leave',
  'children.withoutDocuments',
  'children.linkParentAbroad',
  'children.parentCandidates',
  'caregivers.add',
  'caregivers.recordTraining',
  'groups.create',
  'groups.list',
  'groups.get',
  'groups.addMembers',
  'groups.removeMember',
  'activities.create',
  'activities.list',
  'activities.get',
  'attendance.sheet',
  'attendance.record',
  'attendance.history',
  'alerts.consecutiveAbsences',
  'alerts.groupsWithoutActivity',
  'parentContacts.add',
  'parentContacts.list',
  'edukasi.import',
  'reports.dashboard',
  'reports.migrationService',
  'reports.rumahEdukasi',
  'reports.export',
  'reports.exportNamedList',
  'exports.status',
  'exports.download',
  'exports.cancel',
] as const satisfies readonly MethodName[];

type MustBeEmpty<T extends never> = T;
export type MethodListIsComplete = MustBeEmpty<Exclude<MethodName, (typeof METHOD_NAMES)[number]>>;

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}

/** What crosses every transport: data, never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one IPC channel the preload may use. */
export const RPC_CHANNEL = 'balai:rpc';

/** What a host offers the renderer (Electron preload or HTTP). */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

/** The session cookie set by the HTTP host on `auth.login`. */
export const SESSION_COOKIE = 'bm_session';

export type { Role };
