import type { PersonReference } from '../../shared/people';
import type { Db } from '../db/open';
import { nameKey } from './name-key';
import { referencesTo } from './references';

export type RemovalOutcome = { outcome: 'deleted' | 'anonymised'; references: PersonReference[] };

/** "Anonim-3f9a1c2b": the id's random tail, so anonymised rows stay distinguishable for staff. */
export const anonymousName = (id: string) => `Anonim-${id.replace(/-/g, '').slice(-8)}`;

/**
 * The stated rule for deleting a person (issue 4, "never orphaned rows"):
 * - nobody else points at them → the person and their consents are deleted;
 * - any other row points at them (a consultation, a journey, a child record, a consent they gave
 *   for someone else…) → they are ANONYMISED instead: name replaced, NIK hash and mask, phone,
 *   birth date, dusun/RT/RW and note cleared. Sex and the village code stay, because aggregate
 *   reports count them and they do not identify anyone on their own. Their consents are marked
 *   withdrawn and the name of a giver who is not stored is cleared.
 * Runs inside the caller's transaction.
 */
export function deleteOrAnonymise(db: Db, id: string, at: string, actorId: string): RemovalOutcome {
  const references = referencesTo(db, id);
  if (references.length === 0) {
    db.prepare('DELETE FROM consents WHERE subject_person_id = ?').run(id);
    db.prepare('DELETE FROM people WHERE id = ?').run(id);
    return { outcome: 'deleted', references };
  }
  const name = anonymousName(id);
  db.prepare(
    `UPDATE people SET full_name = ?, name_key = ?, nik_hash = NULL, nik_masked = NULL, phone_e164 = NULL,
       birth_date = NULL, dusun = NULL, rt = NULL, rw = NULL, note = NULL,
       anonymised_at = COALESCE(anonymised_at, ?), updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ?`,
  ).run(name, nameKey(name), at, at, actorId, id);
  db.prepare(
    `UPDATE consents SET withdrawn_at = COALESCE(withdrawn_at, ?), given_by_name = NULL WHERE subject_person_id = ?`,
  ).run(at, id);
  return { outcome: 'anonymised', references };
}
