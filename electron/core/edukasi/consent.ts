import type { ChildConsentInput } from '../../shared/edukasi';
import type { ConsentInput, ConsentRelation } from '../../shared/people';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/**
 * "Processing it covered stops when consent is withdrawn" (UU PDP Pasal 40–43): every Rumah
 * Edukasi list, roll call and write asks whether the person has a consent that is not withdrawn
 * and names 'rumah_edukasi' among its purposes. purposes is the JSON array the people module
 * writes with JSON.stringify, so the quoted code is an exact token match.
 */
export const EDUKASI_PURPOSE_TOKEN = '"rumah_edukasi"';

/** SQL: true when `personColumn` has an active Rumah Edukasi consent. Uses consents_subject. */
export const activeConsentSql = (personColumn: string) =>
  `EXISTS (SELECT 1 FROM consents k WHERE k.subject_person_id = ${personColumn} AND k.withdrawn_at IS NULL
     AND instr(k.purposes, '${EDUKASI_PURPOSE_TOKEN}') > 0)`;

/** The newest active consent covering Rumah Edukasi, or null. */
export function activeConsentId(db: Db, personId: string): string | null {
  const row = stmt(
    db,
    `SELECT id FROM consents WHERE subject_person_id = ? AND withdrawn_at IS NULL
       AND instr(purposes, '${EDUKASI_PURPOSE_TOKEN}') > 0
     ORDER BY given_at DESC, id DESC LIMIT 1`,
  ).get(personId) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Which of these people have an active Rumah Edukasi consent (one query for a whole roll call). */
export function withActiveConsent(db: Db, personIds: readonly string[]): Set<string> {
  if (personIds.length === 0) return new Set();
  const rows = stmt(
    db,
    `SELECT DISTINCT subject_person_id AS id FROM consents
     WHERE subject_person_id IN (SELECT value FROM json_each(?)) AND withdrawn_at IS NULL
       AND instr(purposes, '${EDUKASI_PURPOSE_TOKEN}') > 0`,
  ).all(JSON.stringify(personIds)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/**
 * The people module's consent record for a child's consent. Its relation list has no "parent
 * abroad": a parent is stored as father or mother when the officer said which, otherwise as
 * 'other'; where the parent was (abroad / at home) is kept on the child row (consent_giver).
 */
export function toPeopleConsent(c: Omit<ChildConsentInput, 'givenByName'> & { givenByName?: string }): ConsentInput {
  const relation: ConsentRelation =
    c.givenBy === 'guardian' ? 'guardian' : c.givenBy === 'other' ? 'other' : (c.parentRole ?? 'other');
  return {
    givenBy: relation,
    givenByName: c.givenByName,
    purposes: [...c.purposes],
    method: c.method,
    evidenceRef: c.evidenceRef,
    textVersion: c.textVersion,
  };
}
