import type { z } from 'zod';
import type { CaregiverConsentInput, CareRelation } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import type { ConsentInput, NewPersonInput } from '../../../shared/people';
import type { CallContext, Deps } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { consentMethods } from '../../people/consent-methods';
import { checkPersonFields } from '../../people/fields';
import { peopleMethods } from '../../people/methods';
import { auditEdukasi } from '../audit';
import type { ChildRow } from '../children/repository';
import { activeConsentId } from '../consent';
import { PERSON_ANONYMISED, PERSON_NOT_FOUND, personBasic, underPerson } from '../people-ref';
import type { adultPersonSchema } from '../schemas';

export type AdultPersonInput = z.output<typeof adultPersonSchema>;

export interface CaregiverValues {
  person: AdultPersonInput;
  consent?: CaregiverConsentInput;
  relation: CareRelation;
  courtAppointedGuardian: boolean;
  from: string;
  primary: boolean;
}

export const CAREGIVER_CONSENT_NEEDED = 'Catat persetujuan pengasuh (cara dan versi teks persetujuan).';
export const ALREADY_CAREGIVER = 'Pengasuh ini sudah tercatat untuk anak ini.';

/** Checks before writing; nothing is written when issues come back. */
export function caregiverIssues(deps: Deps, child: ChildRow, v: CaregiverValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.from > today) issues.push({ path: 'from', message: 'Tanggal mulai mengasuh tidak boleh sesudah hari ini.' });
  const p = v.person;
  if (p.kind === 'existing') {
    const row = personBasic(deps.db, p.id);
    if (!row) return [...issues, { path: 'person.id', message: PERSON_NOT_FOUND }];
    if (row.anonymised_at) return [...issues, { path: 'person.id', message: PERSON_ANONYMISED }];
    if (row.id === child.person_id) {
      issues.push({ path: 'person.id', message: 'Anak tidak bisa menjadi pengasuh dirinya sendiri.' });
    }
    if (!v.consent && !activeConsentId(deps.db, row.id)) {
      issues.push({
        path: 'consent',
        message: 'Orang ini belum punya persetujuan Rumah Edukasi. Catat persetujuannya sebagai pengasuh.',
      });
    }
    const open = stmt(
      deps.db,
      `SELECT 1 FROM care_arrangements a JOIN caregivers g ON g.id = a.caregiver_id
       WHERE a.child_id = ? AND g.person_id = ? AND a.to_date IS NULL`,
    ).get(child.id, row.id);
    if (open) issues.push({ path: 'person.id', message: ALREADY_CAREGIVER });
    return issues;
  }
  if (!v.consent) issues.push({ path: 'consent', message: CAREGIVER_CONSENT_NEEDED });
  const check = checkPersonFields(deps, p, { sex: p.sex ?? null, birthDate: p.birthDate ?? null });
  issues.push(...check.issues.map((i) => ({ ...i, path: `person.${i.path}` })));
  return issues;
}

const selfConsent = (c: CaregiverConsentInput): ConsentInput => ({
  givenBy: 'self',
  purposes: ['rumah_edukasi'],
  method: c.method,
  evidenceRef: c.evidenceRef,
  textVersion: c.textVersion,
});

/**
 * Writes a care arrangement: the person (people.create) or their consent (people.addConsent)
 * when needed, the caregiver row once per person, the arrangement, and the audit rows. A new
 * primary caregiver takes the primary mark from the previous one. Inside the caller's transaction.
 */
export function writeCaregiver(
  deps: Deps,
  call: CallContext,
  child: ChildRow,
  v: CaregiverValues,
): { caregiverId: string; arrangementId: string; personId: string } {
  const user = call.user!;
  let personId: string;
  let consentId: string | null = null;
  try {
    if (v.person.kind === 'new') {
      const { kind: _kind, ...fields } = v.person;
      const input: NewPersonInput = { ...fields, consent: selfConsent(v.consent!) };
      const created = peopleMethods['people.create'].handler(input, call, deps) as unknown as {
        person: { id: string };
        consent: { id: string };
      };
      personId = created.person.id;
      consentId = created.consent.id;
    } else {
      personId = v.person.id;
      consentId = activeConsentId(deps.db, personId);
      if (v.consent && !consentId) {
        const added = consentMethods['people.addConsent'].handler(
          { personId, consent: selfConsent(v.consent) },
          call,
          deps,
        ) as unknown as { consent: { id: string } };
        consentId = added.consent.id;
      }
    }
  } catch (err) {
    throw underPerson(err);
  }
  const now = iso(deps.clock.now());
  let caregiver = stmt(deps.db, 'SELECT id FROM caregivers WHERE person_id = ?').get(personId) as
    | { id: string }
    | undefined;
  if (!caregiver) {
    caregiver = { id: deps.newId() };
    stmt(
      deps.db,
      `INSERT INTO caregivers (id, person_id, parenting_training_on, training_provider, consent_id, created_at,
         created_by, updated_at, updated_by) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?)`,
    ).run(caregiver.id, personId, consentId, now, user.id, now, user.id);
  }
  if (v.primary) {
    stmt(deps.db, 'UPDATE care_arrangements SET is_primary = 0 WHERE child_id = ? AND to_date IS NULL').run(child.id);
  }
  const arrangementId = deps.newId();
  stmt(
    deps.db,
    `INSERT INTO care_arrangements (id, child_id, caregiver_id, relation, court_appointed_guardian, from_date, to_date,
       is_primary, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  ).run(
    arrangementId,
    child.id,
    caregiver.id,
    v.relation,
    v.courtAppointedGuardian ? 1 : 0,
    v.from,
    v.primary ? 1 : 0,
    now,
    user.id,
  );
  auditEdukasi(deps, user, {
    action: 'create',
    entity: 'care_arrangements',
    entityId: arrangementId,
    details: { relation: v.relation, primary: v.primary, courtAppointedGuardian: v.courtAppointedGuardian },
    subjects: [child.person_id, personId],
  });
  return { caregiverId: caregiver.id, arrangementId, personId };
}
