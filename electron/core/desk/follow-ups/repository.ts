import type { DueFollowUp, FollowUp, FollowUpOutcome } from '../../../shared/desk';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { staffRef } from '../refs';

export type FollowUpTarget = { kind: 'consultation' | 'case'; id: string };

interface FollowUpRow {
  id: string;
  consultation_id: string | null;
  case_id: string | null;
  due_on: string;
  note: string;
  done_at: string | null;
  done_by: string | null;
  outcome: FollowUpOutcome | null;
  outcome_note: string | null;
  created_at: string;
}

const COLUMNS =
  'f.id, f.consultation_id, f.case_id, f.due_on, f.note, f.done_at, f.done_by, f.outcome, f.outcome_note, f.created_at';

function toFollowUp(db: Db, r: FollowUpRow): FollowUp {
  return {
    id: r.id,
    target: r.case_id ? { kind: 'case', id: r.case_id } : { kind: 'consultation', id: r.consultation_id ?? '' },
    dueOn: r.due_on,
    note: r.note,
    doneAt: r.done_at,
    doneBy: r.done_by ? staffRef(db, r.done_by) : null,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    createdAt: r.created_at,
  };
}

export function followUpsOf(db: Db, target: FollowUpTarget): FollowUp[] {
  const column = target.kind === 'case' ? 'case_id' : 'consultation_id';
  const rows = stmt(db, `SELECT ${COLUMNS} FROM follow_ups f WHERE f.${column} = ? ORDER BY f.due_on, f.id`).all(
    target.id,
  ) as FollowUpRow[];
  return rows.map((r) => toFollowUp(db, r));
}

export function findFollowUp(db: Db, id: string): FollowUp | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM follow_ups f WHERE f.id = ?`).get(id) as FollowUpRow | undefined;
  return r ? toFollowUp(db, r) : null;
}

export function insertFollowUp(
  db: Db,
  row: { id: string; target: FollowUpTarget; dueOn: string; note: string; now: string; userId: string },
): void {
  stmt(
    db,
    `INSERT INTO follow_ups (id, consultation_id, case_id, due_on, note, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.target.kind === 'consultation' ? row.target.id : null,
    row.target.kind === 'case' ? row.target.id : null,
    row.dueOn,
    row.note,
    row.now,
    row.userId,
  );
}

/** Marks an open follow-up done; false when it was already done (by someone else, or twice). */
export function completeFollowUp(
  db: Db,
  id: string,
  v: { outcome: FollowUpOutcome; note: string | null; now: string; userId: string },
): boolean {
  return (
    stmt(
      db,
      `UPDATE follow_ups SET done_at = ?, done_by = ?, outcome = ?, outcome_note = ?
       WHERE id = ? AND done_at IS NULL`,
    ).run(v.now, v.userId, v.outcome, v.note, id).changes === 1
  );
}

/** The due lists stop here; the totals say how many more there are. */
export const DUE_LIST_MAX = 200;

export const DUE_SELECT = `SELECT ${COLUMNS},
    COALESCE(p.full_name, c.anonymous_label, (
      SELECT pp.full_name FROM case_people cp JOIN people pp ON pp.id = cp.person_id
      WHERE cp.case_id = k.id ORDER BY cp.role = 'reporter' DESC LIMIT 1)) AS visitor_label,
    k.reference_code
  FROM follow_ups f
  LEFT JOIN consultations c ON c.id = f.consultation_id
  LEFT JOIN people p ON p.id = c.person_id
  LEFT JOIN cases k ON k.id = f.case_id`;

/** Open follow-ups due on `on` and those overdue before it, oldest first; both index-backed. */
export function dueFollowUps(db: Db, on: string) {
  const withContext = (r: FollowUpRow & { visitor_label: string | null; reference_code: string | null }) =>
    ({
      ...toFollowUp(db, r),
      visitorLabel: r.visitor_label,
      caseReference: r.reference_code,
      daysOverdue: Math.max(0, Math.round((Date.parse(on) - Date.parse(r.due_on)) / 86_400_000)),
    }) satisfies DueFollowUp;
  const today = stmt(
    db,
    `${DUE_SELECT} WHERE f.done_at IS NULL AND f.due_on = ? ORDER BY f.due_on, f.id LIMIT ${DUE_LIST_MAX}`,
  ).all(on) as Parameters<typeof withContext>[0][];
  const overdue = stmt(
    db,
    `${DUE_SELECT} WHERE f.done_at IS NULL AND f.due_on < ? ORDER BY f.due_on, f.id LIMIT ${DUE_LIST_MAX}`,
  ).all(on) as Parameters<typeof withContext>[0][];
  const count = (op: '=' | '<') =>
    (stmt(db, `SELECT COUNT(*) AS n FROM follow_ups WHERE done_at IS NULL AND due_on ${op} ?`).get(on) as { n: number })
      .n;
  return {
    on,
    today: today.map(withContext),
    overdue: overdue.map(withContext),
    totals: { today: count('='), overdue: count('<') },
  };
}
