import type { MethodInput } from '../../../../electron/shared/contract';
import type {
  Consultation,
  ConsultationChannel,
  ConsultationCreateInput,
  ConsultationPrefill,
  ConsultationStatus,
  ConsultationTopic,
  ConsultationUpdateInput,
  ReferralTarget,
  VisitorInput,
  VisitorRelation,
} from '../../../../electron/shared/desk';
import { REFERRAL_TARGETS } from '../../../../electron/shared/desk';
import type { FieldIssue } from '../../../../electron/shared/errors';
import type {
  ConsentInput,
  ConsentMethod,
  ConsentPurpose,
  ConsentRelation,
  NewPersonInput,
  Sex,
} from '../../../../electron/shared/people';
import { parseTypedDate } from '../dates-typed';
import { dueOnFor, type FollowUpChoice } from '../follow-up-choice';

/**
 * The consultation form as data: its values, the inputs it sends (people.create,
 * people.addConsent, consultations.create / .update), and where each server message lands.
 * Pure, so every rule here has a unit test without a browser.
 */

/** Version of the consent text read to the visitor (printed on the paper form). */
export const CONSENT_TEXT_VERSION = '2026-01';

export type VisitorMode = 'existing' | 'new' | 'anonymous';

/** A person the visitor field points at: from search, from a duplicate, or just created. */
export interface ChosenPerson {
  id: string;
  fullName: string;
  nikMasked?: string | null;
  birthDate?: string | null;
  place?: string | null;
}

export interface NewPersonValues {
  fullName: string;
  nik: string;
  sex: '' | Sex;
  /** As typed, day first (`15-08-1995`); read with parseTypedDate. */
  birthDate: string;
  phone: string;
  /** Lives in this village: the village's region code goes with dusun/RT/RW. */
  resident: boolean;
  dusun: string;
  rt: string;
  rw: string;
}

export interface ConsentValues {
  purposes: ConsentPurpose[];
  givenBy: ConsentRelation;
  givenByName: string;
  method: ConsentMethod;
  evidenceRef: string;
}

export interface ConsultationValues {
  channel: ConsultationChannel;
  visitorMode: VisitorMode;
  person: ChosenPerson | null;
  /** The chosen person has no active consent for consultations: the consent fields are asked. */
  personNeedsConsent: boolean;
  newPerson: NewPersonValues;
  consent: ConsentValues;
  anonymousLabel: string;
  relation: VisitorRelation | '';
  topics: ConsultationTopic[];
  destination: string;
  summary: string;
  nonProcedural: boolean;
  traffickingSuspected: boolean;
  referrals: ReferralTarget[];
  referralOtherNote: string;
  followUpChoice: FollowUpChoice;
  /** As typed, day first, when the choice is "date". */
  followUpDate: string;
  followUpNote: string;
  status: ConsultationStatus;
}

/** Every place on the form a message can land, in screen (and tab) order. */
export const FORM_FIELDS = [
  'channel',
  'visitor',
  'person.fullName',
  'person.nik',
  'person.sex',
  'person.birthDate',
  'person.phone',
  'person.dusun',
  'person.rt',
  'person.rw',
  'consent.purposes',
  'consent.givenBy',
  'consent.givenByName',
  'consent.method',
  'consent.evidenceRef',
  'visitor.label',
  'relation',
  'topics',
  'destination',
  'summary',
  'flags',
  'referrals',
  'referrals.note',
  'followUp',
  'status',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormErrors = Partial<Record<FormField, string>>;

/** DOM ids, so the first field with a message can take the focus. */
export const FIELD_IDS: Record<FormField, string> = {
  channel: 'cf-channel',
  visitor: 'cf-visitor-search',
  'person.fullName': 'cf-person-name',
  'person.nik': 'cf-person-nik',
  'person.sex': 'cf-person-sex',
  'person.birthDate': 'cf-person-birth',
  'person.phone': 'cf-person-phone',
  'person.dusun': 'cf-person-dusun',
  'person.rt': 'cf-person-rt',
  'person.rw': 'cf-person-rw',
  'consent.purposes': 'cf-consent-purpose-consultation',
  'consent.givenBy': 'cf-consent-given-by',
  'consent.givenByName': 'cf-consent-given-by-name',
  'consent.method': 'cf-consent-method',
  'consent.evidenceRef': 'cf-consent-evidence',
  'visitor.label': 'cf-anonymous-label',
  relation: 'cf-relation',
  topics: 'cf-topics',
  destination: 'cf-destination',
  summary: 'cf-summary',
  flags: 'cf-flag-non-procedural',
  referrals: 'cf-referrals',
  'referrals.note': 'cf-referral-note',
  followUp: 'cf-follow-up',
  status: 'cf-status',
};

export function emptyNewPerson(fullName = ''): NewPersonValues {
  return { fullName, nik: '', sex: '', birthDate: '', phone: '', resident: true, dusun: '', rt: '', rw: '' };
}

export function emptyConsent(): ConsentValues {
  // Consent for the consultation itself is what lets the desk store the name at all.
  return { purposes: ['consultation'], givenBy: 'self', givenByName: '', method: 'written', evidenceRef: '' };
}

export function emptyValues(prefill?: ConsultationPrefill | null): ConsultationValues {
  return {
    channel: prefill?.channel ?? 'walk_in',
    visitorMode: 'existing',
    person: null,
    personNeedsConsent: false,
    newPerson: emptyNewPerson(),
    consent: emptyConsent(),
    anonymousLabel: '',
    relation: '',
    topics: prefill ? [...prefill.topics] : [],
    destination: '',
    summary: '',
    nonProcedural: false,
    traffickingSuspected: false,
    referrals: [],
    referralOtherNote: '',
    followUpChoice: 'none',
    followUpDate: '',
    followUpNote: '',
    status: 'open',
  };
}

/** The form filled from a stored consultation (edit). */
export function fromConsultation(c: Consultation): ConsultationValues {
  const other = c.referrals.find((r) => r.to === 'other');
  return {
    ...emptyValues(),
    channel: c.channel,
    visitorMode: c.visitor.kind === 'person' ? 'existing' : 'anonymous',
    person: c.visitor.kind === 'person' ? { id: c.visitor.personId, fullName: c.visitor.name } : null,
    anonymousLabel: c.visitor.kind === 'anonymous' ? c.visitor.label : '',
    relation: c.relation,
    topics: [...c.topics],
    destination: c.destination ?? '',
    summary: c.summary,
    nonProcedural: c.flags.nonProcedural,
    traffickingSuspected: c.flags.traffickingSuspected,
    referrals: REFERRAL_TARGETS.filter((to) => c.referrals.some((r) => r.to === to)),
    referralOtherNote: other?.note ?? '',
    status: c.status,
  };
}

export interface CheckMessages {
  required: string;
  dateFormat: string;
  chooseVisitor: string;
  chooseRelation: string;
  chooseTopic: string;
  referralOther: string;
  chooseDate: string;
  consentForConsultation: string;
}

/**
 * What the server cannot check before a new person is stored: the consultation half must be
 * complete first, or the person would be saved and the consultation refused. Formats and
 * lengths stay the server's (one source of truth; its messages land on the same fields).
 */
export function checkBeforeSave(v: ConsultationValues, m: CheckMessages): FormErrors {
  const errors: FormErrors = {};
  if (v.visitorMode === 'existing' && !v.person) errors.visitor = m.chooseVisitor;
  if (v.visitorMode === 'new' && !v.person) {
    if (!v.newPerson.fullName.trim()) errors['person.fullName'] = m.required;
    if (v.newPerson.birthDate.trim() && !parseTypedDate(v.newPerson.birthDate))
      errors['person.birthDate'] = m.dateFormat;
  }
  if (v.visitorMode === 'anonymous' && !v.anonymousLabel.trim()) errors['visitor.label'] = m.required;
  if (needsConsent(v) && !v.consent.purposes.includes('consultation')) {
    errors['consent.purposes'] = m.consentForConsultation;
  }
  if (!v.relation) errors.relation = m.chooseRelation;
  if (v.topics.length === 0) errors.topics = m.chooseTopic;
  if (v.referrals.includes('other') && !v.referralOtherNote.trim()) errors['referrals.note'] = m.referralOther;
  if (v.followUpChoice === 'date' && !parseTypedDate(v.followUpDate)) {
    errors.followUp = v.followUpDate.trim() ? m.dateFormat : m.chooseDate;
  }
  return errors;
}

/** The consent fields are asked for a new person, and for a found person without one. */
export function needsConsent(v: ConsultationValues): boolean {
  if (v.visitorMode === 'new') return v.person === null;
  return v.visitorMode === 'existing' && v.person !== null && v.personNeedsConsent;
}

export function firstErrorField(errors: FormErrors): FormField | null {
  return FORM_FIELDS.find((f) => errors[f]) ?? null;
}

/** The follow-up date the choice means, counted from today (Asia/Jakarta). */
export function followUpDueOn(v: ConsultationValues, today: string): string | null {
  return dueOnFor(v.followUpChoice, v.followUpDate, today);
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

export function toConsentInput(c: ConsentValues): ConsentInput {
  return {
    givenBy: c.givenBy,
    // The core refuses a giver's name when the person consents for themselves.
    ...(c.givenBy === 'self' ? {} : { givenByName: c.givenByName.trim() }),
    purposes: [...c.purposes],
    method: c.method,
    ...(blankToUndefined(c.evidenceRef) ? { evidenceRef: c.evidenceRef.trim() } : {}),
    textVersion: CONSENT_TEXT_VERSION,
  };
}

/** people.create: empty boxes are left out; the core checks and normalises NIK and phone. */
export function toPersonInput(p: NewPersonValues, consent: ConsentValues, villageCode: string): NewPersonInput {
  const input: NewPersonInput = { fullName: p.fullName.trim(), consent: toConsentInput(consent) };
  const nik = blankToUndefined(p.nik);
  if (nik) input.nik = nik;
  if (p.sex) input.sex = p.sex;
  const birthDate = parseTypedDate(p.birthDate);
  if (birthDate) input.birthDate = birthDate;
  const phone = blankToUndefined(p.phone);
  if (phone) input.phone = phone;
  if (p.resident) {
    input.regionCode = villageCode;
    const dusun = blankToUndefined(p.dusun);
    if (dusun) input.dusun = dusun;
    const rt = blankToUndefined(p.rt);
    if (rt) input.rt = rt;
    const rw = blankToUndefined(p.rw);
    if (rw) input.rw = rw;
  }
  return input;
}

export function toDuplicateQuery(p: NewPersonValues): MethodInput<'people.checkDuplicates'> {
  const birthDate = parseTypedDate(p.birthDate);
  return {
    fullName: p.fullName.trim(),
    ...(birthDate ? { birthDate } : {}),
    ...(blankToUndefined(p.nik) ? { nik: p.nik.trim() } : {}),
  };
}

/** Same question, same answer: the duplicate check runs again only when these change. */
export const duplicateKey = (p: NewPersonValues) =>
  JSON.stringify([p.fullName.trim().toLowerCase(), parseTypedDate(p.birthDate), p.nik.replace(/\D/g, '')]);

function visitorInput(v: ConsultationValues, personId: string | null): VisitorInput | null {
  if (v.visitorMode === 'anonymous') return { kind: 'anonymous', label: v.anonymousLabel.trim() };
  const id = personId ?? v.person?.id ?? null;
  return id ? { kind: 'person', personId: id } : null;
}

function referralsInput(v: ConsultationValues) {
  return v.referrals.map((to) => (to === 'other' ? { to, note: v.referralOtherNote.trim() } : { to }));
}

/** consultations.create: one call with everything, the follow-up included. */
export function toCreateInput(
  v: ConsultationValues,
  options: { personId: string | null; queueTicketId: string | null; today: string },
): ConsultationCreateInput {
  const visitor = visitorInput(v, options.personId);
  const dueOn = followUpDueOn(v, options.today);
  return {
    channel: v.channel,
    // An unchosen visitor is caught by checkBeforeSave; the core would refuse it the same way.
    visitor: visitor ?? { kind: 'anonymous', label: '' },
    relation: v.relation as VisitorRelation,
    topics: [...v.topics],
    destination: v.destination || null,
    summary: v.summary.trim(),
    flags: { nonProcedural: v.nonProcedural, traffickingSuspected: v.traffickingSuspected },
    referrals: referralsInput(v),
    ...(dueOn ? { followUp: { dueOn, ...(v.followUpNote.trim() ? { note: v.followUpNote.trim() } : {}) } } : {}),
    ...(options.queueTicketId ? { queueTicketId: options.queueTicketId } : {}),
  };
}

/** The parts of a consultation compared for edits and for a conflict. */
export const GROUPS = [
  'channel',
  'visitor',
  'relation',
  'topics',
  'destination',
  'summary',
  'flags',
  'referrals',
  'status',
] as const;
export type Group = (typeof GROUPS)[number];

function groupValue(v: ConsultationValues, g: Group): unknown {
  switch (g) {
    case 'visitor':
      return v.visitorMode === 'anonymous' ? ['anonymous', v.anonymousLabel.trim()] : ['person', v.person?.id ?? null];
    case 'topics':
      return [...v.topics].sort();
    case 'flags':
      return [v.nonProcedural, v.traffickingSuspected];
    case 'referrals':
      return [[...v.referrals].sort(), v.referrals.includes('other') ? v.referralOtherNote.trim() : ''];
    case 'summary':
      return v.summary.trim();
    default:
      return v[g];
  }
}

/** Groups where two versions of the form differ (typed vs stored, typed vs newest). */
export function changedGroups(a: ConsultationValues, b: ConsultationValues): Group[] {
  return GROUPS.filter((g) => JSON.stringify(groupValue(a, g)) !== JSON.stringify(groupValue(b, g)));
}

/** Copies one group from `source` into `target` ("pakai data terbaru" for that part). */
export function takeGroup(target: ConsultationValues, source: ConsultationValues, g: Group): ConsultationValues {
  switch (g) {
    case 'visitor':
      return {
        ...target,
        visitorMode: source.visitorMode,
        person: source.person,
        personNeedsConsent: false,
        anonymousLabel: source.anonymousLabel,
      };
    case 'flags':
      return { ...target, nonProcedural: source.nonProcedural, traffickingSuspected: source.traffickingSuspected };
    case 'referrals':
      return { ...target, referrals: [...source.referrals], referralOtherNote: source.referralOtherNote };
    case 'topics':
      return { ...target, topics: [...source.topics] };
    default:
      return { ...target, [g]: source[g] };
  }
}

/**
 * consultations.update: only what the officer changed since `base` (the version they loaded),
 * so a save after "muat ulang data terbaru" does not undo other fields someone else changed.
 */
export function toUpdateInput(
  v: ConsultationValues,
  base: ConsultationValues,
  options: { id: string; version: number; personId: string | null },
): ConsultationUpdateInput {
  const input: ConsultationUpdateInput = { id: options.id, version: options.version };
  const changed = new Set(changedGroups(v, base));
  // A person created on this form is a new visitor even if the rest of the group looks equal.
  if (options.personId && options.personId !== base.person?.id) changed.add('visitor');
  if (changed.has('channel')) input.channel = v.channel;
  if (changed.has('visitor')) {
    const visitor = visitorInput(v, options.personId);
    if (visitor) input.visitor = visitor;
  }
  if (changed.has('relation') && v.relation) input.relation = v.relation;
  if (changed.has('topics')) input.topics = [...v.topics];
  if (changed.has('destination')) input.destination = v.destination || null;
  if (changed.has('summary')) input.summary = v.summary.trim();
  if (changed.has('flags')) {
    input.flags = { nonProcedural: v.nonProcedural, traffickingSuspected: v.traffickingSuspected };
  }
  if (changed.has('referrals')) input.referrals = referralsInput(v);
  if (changed.has('status')) input.status = v.status;
  return input;
}

const PERSON_PATHS: Record<string, FormField> = {
  fullName: 'person.fullName',
  nik: 'person.nik',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  phone: 'person.phone',
  dusun: 'person.dusun',
  rt: 'person.rt',
  rw: 'person.rw',
  regionCode: 'person.dusun',
  'consent.purposes': 'consent.purposes',
  'consent.givenBy': 'consent.givenBy',
  'consent.givenByName': 'consent.givenByName',
  'consent.givenByPersonId': 'consent.givenByName',
  'consent.method': 'consent.method',
  'consent.evidenceRef': 'consent.evidenceRef',
};

/** Where a people.create / people.addConsent message lands (`consent.purposes.0` → purposes). */
export function personIssueField(path: string): FormField | null {
  if (PERSON_PATHS[path]) return PERSON_PATHS[path];
  const consent = /^consent\.(purposes|givenBy|method)\b/.exec(path);
  if (consent) return `consent.${consent[1]}` as FormField;
  if (path === 'consent') return 'consent.purposes';
  return null;
}

/** Where a consultations.create / .update message lands. */
export function consultationIssueField(path: string): FormField | null {
  if (path === 'visitor' || path === 'visitor.personId' || path === 'visitor.kind') return 'visitor';
  if (path === 'visitor.label') return 'visitor.label';
  if (/^referrals\.\d+\.note$/.test(path)) return 'referrals.note';
  if (path === 'referrals' || /^referrals\.\d+/.test(path)) return 'referrals';
  if (path === 'followUp' || path.startsWith('followUp.')) return 'followUp';
  if (path === 'topics' || /^topics\.\d+$/.test(path)) return 'topics';
  if (path === 'flags' || path.startsWith('flags.')) return 'flags';
  if (path === 'channel' || path === 'relation' || path === 'destination' || path === 'summary' || path === 'status') {
    return path;
  }
  return null;
}

/** Server issues split into inline messages (first per field) and the rest, shown above the form. */
export function placeIssues(
  issues: readonly FieldIssue[],
  where: (path: string) => FormField | null,
): { fields: FormErrors; other: string[] } {
  const fields: FormErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = where(issue.path);
    if (field) fields[field] ??= issue.message;
    else other.push(issue.message);
  }
  return { fields, other };
}

/**
 * Early, non-blocking hints from the NIK's structure (`PP KK CC DDMMYY SSSS`, women's day + 40):
 * shown while typing. The core repeats the check on save and has the last word.
 */
export function nikHints(
  nik: string,
  sex: '' | Sex,
  birthDate: string,
  m: { sex: (nikSex: Sex) => string; birthDate: (ddmmyy: string) => string },
): { sex?: string; birthDate?: string } {
  const digits = nik.replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(digits)) return {};
  let day = Number(digits.slice(6, 8));
  const nikSex: Sex = day > 40 ? 'P' : 'L';
  if (nikSex === 'P') day -= 40;
  const ddmmyy = `${String(day).padStart(2, '0')}${digits.slice(8, 12)}`;
  const hints: { sex?: string; birthDate?: string } = {};
  if (sex && sex !== nikSex) hints.sex = m.sex(nikSex);
  const birth = parseTypedDate(birthDate);
  if (birth) {
    const given = `${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(2, 4)}`;
    if (given !== ddmmyy) {
      hints.birthDate = m.birthDate(`${ddmmyy.slice(0, 2)}-${ddmmyy.slice(2, 4)}-..${ddmmyy.slice(4, 6)}`);
    }
  }
  return hints;
}

/**
 * After a CONFLICT, the newest stored version meets what the officer typed. Parts the officer
 * did not touch take the newest data (someone else's change must not be undone by a stale
 * form); parts only the officer changed keep the typing; parts both changed are conflicts the
 * officer decides, shown side by side.
 */
export function mergeLatest(
  typed: ConsultationValues,
  loaded: ConsultationValues,
  latest: ConsultationValues,
): { values: ConsultationValues; conflicts: Group[]; updated: Group[] } {
  const mine = new Set(changedGroups(typed, loaded));
  const theirs = new Set(changedGroups(latest, loaded));
  let values = typed;
  const conflicts: Group[] = [];
  const updated: Group[] = [];
  for (const g of GROUPS) {
    if (!theirs.has(g)) continue;
    if (!mine.has(g)) {
      values = takeGroup(values, latest, g);
      updated.push(g);
    } else if (changedGroups(typed, latest).includes(g)) {
      conflicts.push(g);
    }
  }
  return { values, conflicts, updated };
}
