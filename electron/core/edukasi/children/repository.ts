import type {
  CareArrangement,
  ChildConsentGiver,
  ChildDetail,
  ChildGroupRef,
  ChildSummary,
  DocumentStatus,
  JourneyBrief,
  ParentAbroad,
  ParentRole,
  SchoolLevel,
} from '../../../shared/edukasi';
import type { Sex } from '../../../shared/people';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { getConsent } from '../../people/consents';
import { activeConsentSql } from '../consent';
import { ageOrNull } from '../dates';

export interface ChildRow {
  id: string;
  person_id: string;
  full_name: string;
  name_key: string;
  sex: Sex | null;
  birth_date: string | null;
  household_id: string | null;
  household_label: string | null;
  birth_certificate: DocumentStatus;
  kia: DocumentStatus;
  born_abroad: number;
  school_level: SchoolLevel;
  enrolled_on: string;
  left_on: string | null;
  consent_id: string;
  consent_giver: ChildConsentGiver;
  consent_active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export const CHILD_SELECT = `SELECT c.id, c.person_id, p.full_name, p.name_key, p.sex, p.birth_date, c.household_id,
  h.label AS household_label, c.birth_certificate, c.kia, c.born_abroad, c.school_level, c.enrolled_on, c.left_on,
  c.consent_id, c.consent_giver, ${activeConsentSql('c.person_id')} AS consent_active, c.created_at, c.updated_at,
  c.version
  FROM children c JOIN people p ON p.id = c.person_id LEFT JOIN households h ON h.id = c.household_id`;

/** The Disdukcapil referral list; its WHERE repeats the partial index children_without_documents. */
export const WITHOUT_DOCUMENTS_SQL = `${CHILD_SELECT}
  WHERE c.left_on IS NULL AND (c.birth_certificate <> 'yes' OR c.kia <> 'yes') AND ${activeConsentSql('c.person_id')}
  ORDER BY p.name_key, c.id`;

export function findChildRow(db: Db, id: string): ChildRow | undefined {
  return stmt(db, `${CHILD_SELECT} WHERE c.id = ?`).get(id) as ChildRow | undefined;
}

/** The current enrolment of a person, if any. */
export function enrolledChildOfPerson(db: Db, personId: string): ChildRow | undefined {
  return stmt(db, `${CHILD_SELECT} WHERE c.person_id = ? AND c.left_on IS NULL`).get(personId) as ChildRow | undefined;
}

export function toChildSummary(r: ChildRow, today: string): ChildSummary {
  return {
    id: r.id,
    personId: r.person_id,
    fullName: r.full_name,
    sex: r.sex,
    birthDate: r.birth_date,
    age: ageOrNull(r.birth_date, today),
    schoolLevel: r.school_level,
    birthCertificate: r.birth_certificate,
    kia: r.kia,
    enrolledOn: r.enrolled_on,
    leftOn: r.left_on,
    consentActive: r.consent_active === 1,
    householdId: r.household_id,
    householdLabel: r.household_label,
  };
}

export interface JourneyBriefRow {
  journey_id: string;
  person_id: string;
  full_name: string;
  status: JourneyBrief['status'];
  destination: string | null;
  departed_on: string | null;
  expected_return_on: string | null;
  returned_on: string | null;
}

export const JOURNEY_BRIEF_SELECT = `SELECT j.id AS journey_id, j.person_id, p.full_name, j.status, j.destination,
  j.departed_on, j.expected_return_on, j.returned_on FROM journeys j JOIN people p ON p.id = j.person_id`;

export const toJourneyBrief = (r: JourneyBriefRow): JourneyBrief => ({
  journeyId: r.journey_id,
  personId: r.person_id,
  fullName: r.full_name,
  status: r.status,
  destination: r.destination,
  departedOn: r.departed_on,
  expectedReturnOn: r.expected_return_on,
  returnedOn: r.returned_on,
});

export function journeysOfPeople(db: Db, personIds: string[]): Map<string, JourneyBrief[]> {
  const out = new Map<string, JourneyBrief[]>();
  if (personIds.length === 0) return out;
  const rows = stmt(
    db,
    `${JOURNEY_BRIEF_SELECT} WHERE j.person_id IN (SELECT value FROM json_each(?))
     ORDER BY j.created_at DESC, j.id DESC`,
  ).all(JSON.stringify(personIds)) as JourneyBriefRow[];
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push(toJourneyBrief(r));
    out.set(r.person_id, list);
  }
  return out;
}

function parentsAbroad(db: Db, childId: string): ParentAbroad[] {
  const rows = stmt(
    db,
    `SELECT l.role, j.id AS journey_id, j.person_id, p.full_name, j.status, j.destination, j.departed_on,
       j.expected_return_on, j.returned_on
     FROM child_parents_abroad l JOIN journeys j ON j.id = l.journey_id JOIN people p ON p.id = j.person_id
     WHERE l.child_id = ? ORDER BY l.role, l.linked_at`,
  ).all(childId) as (JourneyBriefRow & { role: ParentRole })[];
  return rows.map((r) => ({ ...toJourneyBrief(r), role: r.role }));
}

interface ArrangementRow {
  id: string;
  caregiver_id: string;
  person_id: string;
  full_name: string;
  phone_e164: string | null;
  relation: CareArrangement['relation'];
  court_appointed_guardian: number;
  from_date: string;
  to_date: string | null;
  is_primary: number;
  parenting_training_on: string | null;
}

export function arrangementsOf(db: Db, childId: string): CareArrangement[] {
  const rows = stmt(
    db,
    `SELECT a.id, a.caregiver_id, g.person_id, p.full_name, p.phone_e164, a.relation, a.court_appointed_guardian,
       a.from_date, a.to_date, a.is_primary, g.parenting_training_on
     FROM care_arrangements a JOIN caregivers g ON g.id = a.caregiver_id JOIN people p ON p.id = g.person_id
     WHERE a.child_id = ? ORDER BY a.to_date IS NOT NULL, a.is_primary DESC, a.from_date, a.id`,
  ).all(childId) as ArrangementRow[];
  return rows.map((r) => ({
    id: r.id,
    caregiverId: r.caregiver_id,
    personId: r.person_id,
    fullName: r.full_name,
    phone: r.phone_e164,
    relation: r.relation,
    courtAppointedGuardian: r.court_appointed_guardian === 1,
    from: r.from_date,
    to: r.to_date,
    primary: r.is_primary === 1,
    parentingTrainingOn: r.parenting_training_on,
  }));
}

function currentGroups(db: Db, personId: string): ChildGroupRef[] {
  return stmt(
    db,
    `SELECT g.id, g.name, m.from_date AS fromDate FROM group_members m JOIN groups g ON g.id = m.group_id
     WHERE m.person_id = ? AND m.to_date IS NULL AND g.archived_at IS NULL ORDER BY g.name_key`,
  ).all(personId) as ChildGroupRef[];
}

export function childDetail(db: Db, row: ChildRow, today: string): ChildDetail {
  const parents = parentsAbroad(db, row.id);
  const away = (role: ParentRole) => parents.some((p) => p.role === role && p.status !== 'returned');
  return {
    ...toChildSummary(row, today),
    bornAbroad: row.born_abroad === 1,
    consentGiver: row.consent_giver,
    consent: getConsent(db, row.consent_id)!,
    parentsAbroad: parents,
    bothParentsAbroad: away('father') && away('mother'),
    caregivers: arrangementsOf(db, row.id),
    groups: currentGroups(db, row.person_id),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
