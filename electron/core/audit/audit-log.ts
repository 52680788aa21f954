import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export type AuditAction =
  | 'view'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'login'
  | 'login_failed'
  | 'login_throttled'
  | 'logout'
  | 'setup'
  | 'anonymise'
  | 'consent_withdraw'
  | 'account_disable'
  | 'account_enable'
  | 'password_change'
  | 'password_reset'
  | 'reauth'
  | 'reauth_failed'
  | 'logout_all';

export interface AuditEntry {
  at: string;
  actorUserId: string | null;
  /** Username or 'kiosk' / 'system'; never a password, PIN or full NIK. */
  actorLabel: string;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  details?: Record<string, string | number | boolean | null>;
  /** The person the row is about (views, changes, exports of their data): their processing trail. */
  subjectPersonId?: string | null;
}

const GENESIS = '0'.repeat(64);

type CanonicalRow = Required<Omit<AuditEntry, 'details'>> & { details: string };

function rowHash(prev: string, e: CanonicalRow): string {
  const fields: (string | null)[] = [
    prev,
    e.at,
    e.actorUserId,
    e.actorLabel,
    e.action,
    e.entity,
    e.entityId,
    e.details,
  ];
  // Appended only when set, so rows written before the column existed keep their hash.
  if (e.subjectPersonId !== null) fields.push(e.subjectPersonId);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry, chained to the last. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: AuditEntry): void {
  const last = stmt(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: entry.at,
    actorUserId: entry.actorUserId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    subjectPersonId: entry.subjectPersonId ?? null,
  };
  const hash = rowHash(prev, row);
  if (row.subjectPersonId === null) {
    // Same statement as before migration 0040, so the foundation schema alone still works.
    const { subjectPersonId: _, ...rest } = row;
    stmt(
      db,
      `INSERT INTO audit_log (at, actor_user_id, actor_label, action, entity, entity_id, details, prev_hash, hash)
       VALUES (@at, @actorUserId, @actorLabel, @action, @entity, @entityId, @details, @prev, @hash)`,
    ).run({ ...rest, prev, hash });
    return;
  }
  stmt(
    db,
    `INSERT INTO audit_log (at, actor_user_id, actor_label, action, entity, entity_id, details, subject_person_id, prev_hash, hash)
     VALUES (@at, @actorUserId, @actorLabel, @action, @entity, @entityId, @details, @subjectPersonId, @prev, @hash)`,
  ).run({ ...row, prev, hash });
}

/** Walks the chain; returns the first broken sequence number, or null when intact. */
export function verifyAuditChain(db: Db): { ok: true; rows: number } | { ok: false; brokenAt: number } {
  let prev = GENESIS;
  let rows = 0;
  const hasSubject = (db.prepare('PRAGMA table_info(audit_log)').all() as { name: string }[]).some(
    (c) => c.name === 'subject_person_id',
  );
  const stmt = db.prepare(
    `SELECT seq, at, actor_user_id, actor_label, action, entity, entity_id, details,
       ${hasSubject ? 'subject_person_id' : 'NULL AS subject_person_id'}, prev_hash, hash
     FROM audit_log ORDER BY seq`,
  );
  for (const r of stmt.iterate() as Iterable<Record<string, string | number | null>>) {
    const expected = rowHash(prev, {
      at: r.at as string,
      actorUserId: r.actor_user_id as string | null,
      actorLabel: r.actor_label as string,
      action: r.action as AuditAction,
      entity: r.entity as string,
      entityId: r.entity_id as string | null,
      details: r.details as string,
      subjectPersonId: r.subject_person_id as string | null,
    });
    if (r.prev_hash !== prev || r.hash !== expected) return { ok: false, brokenAt: r.seq as number };
    prev = r.hash as string;
    rows++;
  }
  return { ok: true, rows };
}
