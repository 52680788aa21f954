import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import type { FollowUpTarget } from './repository';

/** The people a consultation or case is about, for their audit trail. */
export function subjectsOf(db: Db, target: FollowUpTarget): string[] {
  if (target.kind === 'consultation') {
    const r = stmt(db, 'SELECT person_id FROM consultations WHERE id = ?').get(target.id) as
      | { person_id: string | null }
      | undefined;
    return r?.person_id ? [r.person_id] : [];
  }
  return (
    stmt(db, 'SELECT person_id FROM case_people WHERE case_id = ?').all(target.id) as { person_id: string }[]
  ).map((r) => r.person_id);
}

export function targetExists(db: Db, target: FollowUpTarget): boolean {
  const table = target.kind === 'case' ? 'cases' : 'consultations';
  return stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(target.id) !== undefined;
}
