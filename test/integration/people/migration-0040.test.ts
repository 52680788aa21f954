import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { m0040People } from '../../../electron/core/db/migrations/0040-people';
import { openDatabase } from '../../../electron/core/db/open';

const before40 = MIGRATIONS[MIGRATIONS.indexOf(m0040People) - 1].version;

function atVersion(version: number) {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS, version);
  return db;
}

const entry = (action: 'login' | 'view', subjectPersonId?: string) => ({
  at: '2026-11-29T02:00:00.000Z',
  actorUserId: 'u1',
  actorLabel: 'sekdes',
  action,
  entity: subjectPersonId ? 'person' : 'auth',
  entityId: subjectPersonId ?? null,
  subjectPersonId,
});

function seedUser(db: ReturnType<typeof openDatabase>) {
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES ('u1', 'sekdes', 'Sekdes', 'admin', 'h', 't', 't')`,
  ).run();
}

const insertPerson = (db: ReturnType<typeof openDatabase>, id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO people (id, full_name, name_key, nik_hash, nik_masked, sex, birth_date, phone_e164,
         created_at, created_by, updated_at, updated_by)
       VALUES (@id, 'Siti', 'siti', @nik_hash, @nik_masked, @sex, @birth_date, @phone, 't', 'u1', 't', 'u1')`,
    )
    .run({ id, nik_hash: null, nik_masked: null, sex: null, birth_date: null, phone: null, ...extra });

describe('migration 0040 people', () => {
  it('upgrades a database with audit rows; the old chain still verifies and new rows chain on', () => {
    const db = atVersion(before40);
    appendAudit(db, entry('login'));
    appendAudit(db, entry('login'));
    expect(migrate(db, MIGRATIONS, 40)).toBe(40);
    expect(schemaVersion(db)).toBe(40);
    appendAudit(db, entry('view', 'p1'));
    appendAudit(db, entry('login'));
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 4 });
    expect(db.prepare('SELECT subject_person_id FROM audit_log ORDER BY seq').all()).toEqual([
      { subject_person_id: null },
      { subject_person_id: null },
      { subject_person_id: 'p1' },
      { subject_person_id: null },
    ]);
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('auth_sessions')).toContain('reauth_at');
    expect(columns('people')).toEqual([
      'id',
      'full_name',
      'name_key',
      'nik_hash',
      'nik_masked',
      'sex',
      'birth_date',
      'phone_e164',
      'region_code',
      'dusun',
      'rt',
      'rw',
      'note',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'version',
      'anonymised_at',
    ]);
    // No column can hold a full NIK: there is none named nik.
    expect(columns('people')).not.toContain('nik');
  });

  it('enforces sex, date, phone and NIK-pair checks, one person per NIK hash, and consent values', () => {
    const db = atVersion(40);
    seedUser(db);
    insertPerson(db, 'p1', { nik_hash: 'h1', nik_masked: '3212••••••••0001', sex: 'P', birth_date: '1990-05-01' });
    expect(() => insertPerson(db, 'p2', { sex: 'X' })).toThrow(/CHECK/);
    expect(() => insertPerson(db, 'p2', { birth_date: '01-05-1990' })).toThrow(/CHECK/);
    expect(() => insertPerson(db, 'p2', { phone: '0812345' })).toThrow(/CHECK/);
    expect(() => insertPerson(db, 'p2', { nik_hash: 'h2' })).toThrow(/CHECK/);
    expect(() => insertPerson(db, 'p2', { nik_hash: 'h1', nik_masked: 'x' })).toThrow(/UNIQUE/);
    insertPerson(db, 'p2');
    insertPerson(db, 'p3'); // many people without a NIK

    const consent = db.prepare(
      `INSERT INTO consents (id, subject_person_id, relation, purposes, method, text_version, given_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, '2026-01', 't', 'u1')`,
    );
    consent.run('c1', 'p1', 'self', '["consultation"]', 'written');
    expect(() => consent.run('c2', 'p1', 'neighbour', '["consultation"]', 'written')).toThrow(/CHECK/);
    expect(() => consent.run('c2', 'p1', 'self', 'consultation', 'written')).toThrow(/CHECK/);
    expect(() => consent.run('c2', 'p1', 'self', '["consultation"]', 'telepati')).toThrow(/CHECK/);
    expect(() => consent.run('c2', 'nobody', 'self', '["consultation"]', 'written')).toThrow(/FOREIGN KEY/);
    // A person with consents cannot be deleted on their own (no orphaned consents).
    expect(() => db.prepare("DELETE FROM people WHERE id = 'p1'").run()).toThrow(/FOREIGN KEY/);
  });

  it('serves name, NIK, phone and trail lookups from indexes', () => {
    const db = atVersion(40);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT id FROM people WHERE name_key = 'siti'")).toMatch(/USING (COVERING )?INDEX people_name_birth/);
    expect(plan("SELECT id FROM people WHERE name_key = 'siti' AND birth_date = '1990-05-01'")).toMatch(
      /INDEX people_name_birth \(name_key=\? AND birth_date=\?\)/,
    );
    expect(plan("SELECT id FROM people WHERE nik_hash = 'h'")).toMatch(/INDEX people_nik_hash/);
    expect(plan("SELECT id FROM people WHERE phone_e164 = '+62'")).toMatch(/INDEX people_phone/);
    expect(plan("SELECT id FROM consents WHERE subject_person_id = 'p'")).toMatch(/INDEX consents_subject/);
    expect(plan("SELECT seq FROM audit_log WHERE subject_person_id = 'p' ORDER BY seq")).toMatch(
      /INDEX audit_log_subject/,
    );
  });
});
