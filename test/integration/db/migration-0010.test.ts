import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';

function at10() {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS, 10);
  return db;
}

describe('migration 0010 foundation', () => {
  it('creates the foundation tables at version 10', () => {
    const db = at10();
    expect(schemaVersion(db)).toBe(10);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['settings', 'users', 'auth_sessions', 'login_throttle', 'audit_log']),
    );
  });

  it('refuses unknown roles and duplicate usernames regardless of case', () => {
    const db = at10();
    const insert = db.prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, 'x', ?, 'h', 't', 't')`,
    );
    insert.run('1', 'sekdes', 'admin');
    expect(() => insert.run('2', 'SEKDES', 'admin')).toThrow(/UNIQUE/);
    expect(() => insert.run('3', 'kuwu', 'superuser')).toThrow(/CHECK/);
  });

  it('makes the audit log append-only and hash-chained; a tampered row is found', () => {
    const db = at10();
    for (const action of ['login', 'logout', 'login'] as const) {
      appendAudit(db, {
        at: '2026-11-29T02:00:00.000Z',
        actorUserId: 'u1',
        actorLabel: 'sekdes',
        action,
        entity: 'auth',
      });
    }
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 3 });
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    // An attacker with file access can drop the trigger; the chain still exposes the edit.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor_label = 'orang lain' WHERE seq = 2").run();
    expect(verifyAuditChain(db)).toEqual({ ok: false, brokenAt: 2 });
  });

  it('uses indexes for session lookup by token and audit lookup by entity', () => {
    const db = at10();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM auth_sessions WHERE token_hash = 'x'")).toMatch(
      /USING INDEX sqlite_autoindex_auth_sessions_1/,
    );
    expect(plan("SELECT * FROM audit_log WHERE entity = 'people' AND entity_id = 'x'")).toMatch(
      /USING INDEX audit_log_entity/,
    );
  });
});
