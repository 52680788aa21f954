import type { FieldIssue } from '../../shared/errors';
import type { Consent, ConsentInput, ConsentMethod, ConsentPurpose, ConsentRelation } from '../../shared/people';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

interface ConsentRow {
  id: string;
  subject_person_id: string;
  given_by_person_id: string | null;
  given_by_name: string | null;
  relation: ConsentRelation;
  purposes: string;
  method: ConsentMethod;
  evidence_ref: string | null;
  text_version: string;
  given_at: string;
  withdrawn_at: string | null;
  recorded_by: string;
}

export function toConsent(r: ConsentRow): Consent {
  return {
    id: r.id,
    subjectPersonId: r.subject_person_id,
    givenBy: r.relation,
    givenByPersonId: r.given_by_person_id,
    givenByName: r.given_by_name,
    purposes: JSON.parse(r.purposes) as ConsentPurpose[],
    method: r.method,
    evidenceRef: r.evidence_ref,
    textVersion: r.text_version,
    givenAt: r.given_at,
    withdrawnAt: r.withdrawn_at,
    recordedBy: r.recorded_by,
  };
}

/** A stored giver must exist and must be someone else. */
export function giverIssues(db: Db, consent: ConsentInput, subjectId: string | null, prefix = 'consent'): FieldIssue[] {
  const giver = consent.givenByPersonId;
  if (!giver) return [];
  if (giver === subjectId) {
    return [
      { path: `${prefix}.givenByPersonId`, message: 'Pemberi persetujuan harus orang lain (orang tua atau wali).' },
    ];
  }
  const exists = stmt(db, 'SELECT 1 FROM people WHERE id = ? AND anonymised_at IS NULL').get(giver);
  return exists ? [] : [{ path: `${prefix}.givenByPersonId`, message: 'Pemberi persetujuan tidak ditemukan.' }];
}

export function insertConsent(
  db: Db,
  values: { id: string; subjectId: string; consent: ConsentInput; at: string; recordedBy: string },
): Consent {
  const c = values.consent;
  stmt(
    db,
    `INSERT INTO consents (id, subject_person_id, given_by_person_id, given_by_name, relation, purposes, method,
       evidence_ref, text_version, given_at, withdrawn_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  ).run(
    values.id,
    values.subjectId,
    c.givenByPersonId ?? null,
    c.givenByName ?? null,
    c.givenBy,
    JSON.stringify(c.purposes),
    c.method,
    c.evidenceRef ?? null,
    c.textVersion,
    values.at,
    values.recordedBy,
  );
  return getConsent(db, values.id)!;
}

export function getConsent(db: Db, id: string): Consent | null {
  const row = stmt(db, 'SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
  return row ? toConsent(row) : null;
}

/** Newest first: the consent in force is the latest one not withdrawn. */
export function consentsOf(db: Db, personId: string): Consent[] {
  const rows = stmt(db, 'SELECT * FROM consents WHERE subject_person_id = ? ORDER BY given_at DESC, id DESC').all(
    personId,
  ) as ConsentRow[];
  return rows.map(toConsent);
}
