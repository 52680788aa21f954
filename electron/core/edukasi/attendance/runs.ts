import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';

/** Longest run stored; thresholds go up to 30, so "run ≥ threshold" stays exact. */
export const MAX_RUN = 31;

/** Marks that count towards a run of absences; Izin (excused) and Sakit (sick) are skipped. */
export const COUNTED_STATUSES = "('present', 'late', 'absent')";

/**
 * Recomputes one person's run of Alpa marks from their newest counted marks: a backwards walk of
 * attendance_person that stops after MAX_RUN entries. Call in the transaction that changed marks.
 */
export function recomputeRun(db: Db, personId: string, at: string): number {
  const rows = stmt(
    db,
    `SELECT status FROM attendance WHERE person_id = ? AND status IN ${COUNTED_STATUSES}
     ORDER BY on_date DESC, number_in_day DESC LIMIT ${MAX_RUN}`,
  ).all(personId) as { status: string }[];
  let run = 0;
  while (run < rows.length && rows[run].status === 'absent') run++;
  stmt(
    db,
    `INSERT INTO attendance_runs (person_id, absent_run, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (person_id) DO UPDATE SET absent_run = excluded.absent_run, updated_at = excluded.updated_at
     WHERE attendance_runs.absent_run <> excluded.absent_run`,
  ).run(personId, run, at);
  return run;
}
