import type { z } from 'zod';
import type { ChildConsentInput, DocumentStatus, HouseholdRelation, SchoolLevel } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import type { NewPersonInput } from '../../../shared/people';
import type { CallContext, Deps } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { consentMethods } from '../../people/consent-methods';
import { checkPersonFields } from '../../people/fields';
import { peopleMethods } from '../../people/methods';
import { nameKey } from '../../people/name-key';
import { auditEdukasi } from '../audit';
import { toPeopleConsent } from '../consent';
import { ageOn, MINOR_AGE_LIMIT, tooOldMessage } from '../dates';
import { PERSON_ANONYMISED, PERSON_NOT_FOUND, personBasic, underPerson } from '../people-ref';
import type { childPersonSchema } from '../schemas';

export type ChildPersonInput = z.output<typeof childPersonSchema>;

export interface EnrolValues {
  person: ChildPersonInput;
  householdId?: string;
  relationInHousehold: HouseholdRelation;
  /** The giver's name may be missing only from a CSV import (no name column in the file). */
  consent: Omit<ChildConsentInput, 'givenByName'> & { givenByName?: string };
  birthCertificate: DocumentStatus;
  kia: DocumentStatus;
  bornAbroad: boolean;
  schoolLevel: SchoolLevel;
  enrolledOn: string;
  /** The CSV import puts the child straight into a group; recorded on the same audit row. */
  groupId?: string;
}

export const DUPLICATE_CHILD =
  'Anak dengan nama dan tanggal lahir yang sama sudah tercatat di Rumah Edukasi. Buka datanya; jangan didaftarkan dua kali.';
export const ALREADY_ENROLLED = 'Anak ini sudah terdaftar di Rumah Edukasi.';
export const HOUSEHOLD_NOT_FOUND = 'Keluarga tidak ditemukan. Pilih dari daftar, atau buat keluarga baru dulu.';
const NO_BIRTH_DATE =
  'Tanggal lahir orang ini belum tercatat. Lengkapi dulu tanggal lahirnya agar umurnya bisa dicek (Rumah Edukasi untuk anak di bawah 18 tahun).';

/** Any child record (enrolled or left) of a person with this name key and birth date. */
export function childWithNameAndBirth(deps: Deps, key: string, birthDate: string): boolean {
  return (
    stmt(
      deps.db,
      `SELECT 1 FROM people p JOIN children c ON c.person_id = p.id
       WHERE p.name_key = ? AND p.birth_date = ? AND p.anonymised_at IS NULL LIMIT 1`,
    ).get(key, birthDate) !== undefined
  );
}

function ageIssues(birthDate: string, enrolledOn: string, path: string): FieldIssue[] {
  if (birthDate > enrolledOn) return [{ path, message: 'Tanggal lahir sesudah tanggal daftar. Periksa lagi.' }];
  const age = ageOn(birthDate, enrolledOn);
  return age >= MINOR_AGE_LIMIT ? [{ path, message: tooOldMessage(age) }] : [];
}

/**
 * Everything that can be checked before writing: nothing is written when these return issues.
 * A new person goes through the people module's own field checks (NIK, region code, birth date).
 */
export function enrolIssues(deps: Deps, v: EnrolValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.enrolledOn > today)
    issues.push({ path: 'enrolledOn', message: 'Tanggal daftar tidak boleh sesudah hari ini.' });
  if (v.householdId && !stmt(deps.db, 'SELECT 1 FROM households WHERE id = ?').get(v.householdId)) {
    issues.push({ path: 'householdId', message: HOUSEHOLD_NOT_FOUND });
  }
  const p = v.person;
  if (p.kind === 'existing') {
    const row = personBasic(deps.db, p.id);
    if (!row) issues.push({ path: 'person.id', message: PERSON_NOT_FOUND });
    else if (row.anonymised_at) issues.push({ path: 'person.id', message: PERSON_ANONYMISED });
    else if (!row.birth_date) issues.push({ path: 'person.id', message: NO_BIRTH_DATE });
    else {
      issues.push(...ageIssues(row.birth_date, v.enrolledOn, 'person.id'));
      if (stmt(deps.db, 'SELECT 1 FROM children WHERE person_id = ? AND left_on IS NULL').get(row.id)) {
        issues.push({ path: 'person.id', message: ALREADY_ENROLLED });
      }
    }
    return issues;
  }
  const check = checkPersonFields(deps, p, { sex: p.sex, birthDate: p.birthDate });
  issues.push(...check.issues.map((i) => ({ ...i, path: `person.${i.path}` })));
  issues.push(...ageIssues(p.birthDate, v.enrolledOn, 'person.birthDate'));
  if (childWithNameAndBirth(deps, nameKey(p.fullName), p.birthDate)) {
    issues.push({ path: 'person.fullName', message: DUPLICATE_CHILD });
  }
  return issues;
}

/**
 * Writes an enrolment: the person (through people.create, with its NIK and duplicate handling)
 * or a new consent on a stored person (through people.addConsent), the child row, the
 * household membership, and the audit rows. Must run inside the caller's transaction.
 */
export function writeEnrol(
  deps: Deps,
  call: CallContext,
  v: EnrolValues,
): { childId: string; personId: string; warnings: FieldIssue[] } {
  const user = call.user!;
  const consent = toPeopleConsent(v.consent);
  let personId: string;
  let consentId: string;
  let warnings: FieldIssue[] = [];
  try {
    if (v.person.kind === 'new') {
      const { kind: _kind, ...fields } = v.person;
      const input: NewPersonInput = { ...fields, consent };
      const created = peopleMethods['people.create'].handler(input, call, deps) as {
        person: { id: string };
        consent: { id: string };
        warnings: FieldIssue[];
      };
      personId = created.person.id;
      consentId = created.consent.id;
      warnings = created.warnings.map((w) => ({ ...w, path: `person.${w.path}` }));
    } else {
      personId = v.person.id;
      const added = consentMethods['people.addConsent'].handler({ personId, consent }, call, deps) as {
        consent: { id: string };
      };
      consentId = added.consent.id;
    }
  } catch (err) {
    throw underPerson(err);
  }
  const now = iso(deps.clock.now());
  const childId = deps.newId();
  stmt(
    deps.db,
    `INSERT INTO children (id, person_id, household_id, birth_certificate, kia, born_abroad, school_level, enrolled_on,
       left_on, consent_id, consent_giver, created_at, created_by, updated_at, updated_by, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    childId,
    personId,
    v.householdId ?? null,
    v.birthCertificate,
    v.kia,
    v.bornAbroad ? 1 : 0,
    v.schoolLevel,
    v.enrolledOn,
    consentId,
    v.consent.givenBy,
    now,
    user.id,
    now,
    user.id,
  );
  if (v.householdId) addHouseholdMember(deps, v.householdId, personId, v.relationInHousehold, now);
  if (v.groupId) {
    stmt(
      deps.db,
      `INSERT INTO group_members (id, group_id, person_id, from_date, to_date, created_at, created_by)
       VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(deps.newId(), v.groupId, personId, v.enrolledOn, now, user.id);
  }
  auditEdukasi(deps, user, {
    action: 'create',
    entity: 'children',
    entityId: childId,
    details: {
      consentGiver: v.consent.givenBy,
      purposes: v.consent.purposes.join(','),
      birthCertificate: v.birthCertificate,
      kia: v.kia,
      schoolLevel: v.schoolLevel,
      groupId: v.groupId ?? null,
    },
    subjects: [personId],
  });
  return { childId, personId, warnings };
}

/** Adds a person to a household; a person already in it keeps the relation they have. */
export function addHouseholdMember(
  deps: Deps,
  householdId: string,
  personId: string,
  relation: HouseholdRelation,
  at: string,
): void {
  stmt(
    deps.db,
    `INSERT INTO household_members (household_id, person_id, relation, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (household_id, person_id) DO NOTHING`,
  ).run(householdId, personId, relation, at);
}
