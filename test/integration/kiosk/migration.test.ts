import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { m0030KioskRegistry } from '../../../electron/core/db/migrations/0030-kiosk-registry';

function dbAt(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  return db;
}

const agency = (licence: string, extra: Record<string, unknown> = {}) => ({
  id: `id-${licence}`,
  name: 'PT Contoh Fiktif',
  name_normalized: 'contoh fiktif',
  licence_number: licence,
  status: 'active',
  valid_until: null,
  address: null,
  source: 'uji',
  data_as_of: '2026-01-01',
  imported_at: '2026-01-01T00:00:00.000Z',
  import_batch: 'b1',
  ...extra,
});
const insertAgency = (db: Database.Database, row: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO agencies (id, name, name_normalized, licence_number, status, valid_until, address, source, data_as_of, imported_at, import_batch)
       VALUES (@id, @name, @name_normalized, @licence_number, @status, @valid_until, @address, @source, @data_as_of, @imported_at, @import_batch)`,
    )
    .run(row);

describe('migration 0030 kiosk-registry', () => {
  it('upgrades a database that holds only the earlier schema, keeping its data', () => {
    const db = dbAt(m0030KioskRegistry.version - 1);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('village', '{}', 'x')").run();
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['agencies', 'hotlines', 'queue_tickets']));
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 1 });
  });

  it('keeps licence numbers unique and statuses and dates in their allowed form', () => {
    const db = dbAt(m0030KioskRegistry.version);
    insertAgency(db, agency('CONTOH-001'));
    expect(() => insertAgency(db, agency('CONTOH-001', { id: 'other' }))).toThrow(/UNIQUE/);
    expect(() => insertAgency(db, agency('CONTOH-002', { status: 'aktif' }))).toThrow(/CHECK/);
    expect(() => insertAgency(db, agency('CONTOH-003', { valid_until: '31/12/2026' }))).toThrow(/CHECK/);
  });

  it('refuses a second ticket with the same day, prefix and number', () => {
    const db = dbAt(m0030KioskRegistry.version);
    const add = (id: string, day: string, number: number) =>
      db
        .prepare(
          "INSERT INTO queue_tickets (id, day, service, prefix, number, taken_at) VALUES (?, ?, 'konsultasi', 'A', ?, 'x')",
        )
        .run(id, day, number);
    add('t1', '2026-03-10', 1);
    expect(() => add('t2', '2026-03-10', 1)).toThrow(/UNIQUE/);
    add('t3', '2026-03-11', 1);
    expect(() => add('t4', '2026-03-11', 0)).toThrow(/CHECK/);
    expect(db.prepare("SELECT status FROM queue_tickets WHERE id = 't1'").get()).toEqual({ status: 'waiting' });
  });

  it('allows only seed/staff help lines with a known kind and a sure or likely confidence', () => {
    const db = dbAt(m0030KioskRegistry.version);
    const add = (id: string, kind: string, confidence: string, origin: string) =>
      db
        .prepare(
          `INSERT INTO hotlines (id, name, kind, value, source, confidence, verified_at, origin) VALUES (?, 'n', ?, 'v', 's', ?, '2026-01-01', ?)`,
        )
        .run(id, kind, confidence, origin);
    add('h1', 'hotline', 'sure', 'seed');
    expect(() => add('h2', 'fax', 'sure', 'seed')).toThrow(/CHECK/);
    expect(() => add('h3', 'hotline', 'unsure', 'seed')).toThrow(/CHECK/);
    expect(() => add('h4', 'hotline', 'sure', 'import')).toThrow(/CHECK/);
  });
});
