import type { AuditEvent, AuditListInput } from '../../shared/audit';
import type { Db } from '../db/open';

interface AuditRow {
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  subject_person_id: string | null;
  details: string;
}

const COLUMNS = 'seq, at, actor_user_id, actor_label, action, entity, entity_id, subject_person_id, details';

export function toAuditEvent(r: AuditRow): AuditEvent {
  return {
    seq: r.seq,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    subjectPersonId: r.subject_person_id,
    details: JSON.parse(r.details) as AuditEvent['details'],
  };
}

/** `YYYY-MM-DD` means a whole Asia/Jakarta day; a timestamp means itself. Returns UTC ISO. */
export function lowerBound(value: string): string {
  return value.length === 10 ? new Date(`${value}T00:00:00+07:00`).toISOString() : new Date(value).toISOString();
}

/** Exclusive upper bound: the start of the next Jakarta day, or just after the timestamp. */
export function upperBoundExclusive(value: string): string {
  const ms = value.length === 10 ? Date.parse(`${value}T00:00:00+07:00`) + 86_400_000 : Date.parse(value) + 1;
  return new Date(ms).toISOString();
}

/**
 * Builds the audit.list query: newest first, paged by seq (`cursor` = the last seq seen), every
 * filter an equality or range that an index of migration 0010/0040 serves.
 */
export function auditListQuery(input: AuditListInput & { limit: number }): {
  sql: string;
  params: (string | number)[];
} {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const eq = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  eq('entity', input.entity);
  eq('entity_id', input.entityId);
  eq('actor_user_id', input.actorUserId);
  eq('action', input.action);
  if (input.from !== undefined || input.to !== undefined) {
    // Always both bounds: a two-sided range is what makes the planner pick the audit_log_at index.
    where.push('at >= ?', 'at < ?');
    params.push(
      input.from === undefined ? '0000' : lowerBound(input.from),
      input.to === undefined ? '9999' : upperBoundExclusive(input.to),
    );
  }
  // Always present (the first page starts above every seq), so even an unfiltered page is a
  // range on the primary key rather than a scan.
  where.push('seq < ?');
  params.push(input.cursor ?? Number.MAX_SAFE_INTEGER);
  const sql = `SELECT ${COLUMNS} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`;
  return { sql, params: [...params, input.limit + 1] };
}

export function listAudit(
  db: Db,
  input: AuditListInput & { limit: number },
): { items: AuditEvent[]; nextCursor: number | null } {
  const { sql, params } = auditListQuery(input);
  const rows = db.prepare(sql).all(...params) as AuditRow[];
  const items = rows.slice(0, input.limit).map(toAuditEvent);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].seq : null };
}

/** A data subject's processing trail (UU PDP Pasal 31–32): every row about them, oldest first. */
export function auditTrailOf(db: Db, personId: string, max: number): { events: AuditEvent[]; truncated: boolean } {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM audit_log WHERE subject_person_id = ? ORDER BY seq LIMIT ?`)
    .all(personId, max + 1) as AuditRow[];
  return { events: rows.slice(0, max).map(toAuditEvent), truncated: rows.length > max };
}
