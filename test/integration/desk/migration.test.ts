import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { VALID_SETUP } from '../../support/core';
import { addPerson, deskCore, MINIMAL_CONSULTATION, ok } from './fixture';

describe('migration 0050-desk', () => {
  it('comes after 0040 and creates the desk tables on a fresh and on a 0040 database', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.indexOf(50)).toBeGreaterThan(versions.indexOf(40));
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS, 40);
    expect(schemaVersion(db)).toBe(40);
    migrate(db, MIGRATIONS, 50);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(50);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of ['journeys', 'consultations', 'consultation_topics', 'consultations_fts', 'cases', 'case_people']) {
      expect(tables).toContain(t);
    }
    expect(tables).toContain('case_events');
    expect(tables).toContain('follow_ups');
    db.close();
  });

  it('constraints refuse rows the code would never write', async () => {
    const d = await deskCore();
    const c = await ok(d.core, 'consultations.create', MINIMAL_CONSULTATION, d.tokens.desk);
    const db = d.core.db;
    // Neither a person nor an anonymous label.
    expect(() => db.prepare('UPDATE consultations SET anonymous_label = NULL WHERE id = ?').run(c.id)).toThrow(/CHECK/);
    // Closed without a closing time.
    expect(() => db.prepare("UPDATE consultations SET status = 'closed' WHERE id = ?").run(c.id)).toThrow(/CHECK/);
    // A follow-up for nothing, and one with an outcome but no time.
    expect(() =>
      db
        .prepare(
          "INSERT INTO follow_ups (id, due_on, created_at, created_by) VALUES ('f', '2026-12-01', 'x', 'test-petugas')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO follow_ups (id, consultation_id, due_on, outcome, created_at, created_by)
           VALUES ('f', ?, '2026-12-01', 'reached', 'x', 'test-petugas')`,
        )
        .run(c.id),
    ).toThrow(/CHECK/);
    // A case status outside the machine.
    const k = await ok(d.core, 'cases.create', { kind: 'fraud', risk: 'low', summary: 'Penipuan.' }, d.tokens.desk);
    expect(() => db.prepare("UPDATE cases SET status = 'lost' WHERE id = ?").run(k.id)).toThrow(/CHECK/);
  });

  it('the word index follows edits and deletions', async () => {
    const d = await deskCore();
    const c = await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, summary: 'Menanyakan paspor' },
      d.tokens.desk,
    );
    const hits = (word: string) =>
      (
        d.core.db.prepare('SELECT COUNT(*) AS n FROM consultations_fts WHERE consultations_fts MATCH ?').get(word) as {
          n: number;
        }
      ).n;
    expect(hits('paspor')).toBe(1);
    // A corrected time moves the row to a new key; the index moves with it.
    await ok(
      d.core,
      'consultations.update',
      { id: c.id, version: 1, summary: 'Menanyakan visa', at: '2026-11-28T03:00:00Z' },
      d.tokens.desk,
    );
    expect(hits('paspor')).toBe(0);
    expect(hits('visa')).toBe(1);
    const list = await ok(d.core, 'consultations.list', { filters: { q: 'visa' } }, d.tokens.desk);
    expect(list.items.map((i) => i.id)).toEqual([c.id]);
    d.core.db.prepare("INSERT INTO consultations_fts (consultations_fts) VALUES ('integrity-check')").run();
  });

  it('a person with desk records is anonymised, never deleted from under them', async () => {
    const d = await deskCore();
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Sumirah');
    await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId } },
      d.tokens.desk,
    );
    await ok(d.core, 'journeys.create', { personId, status: 'planned' }, d.tokens.desk);
    await ok(d.core, 'auth.confirmPassword', { password: VALID_SETUP.admin.password }, d.tokens.admin);
    const r = await ok(d.core, 'people.delete', { id: personId }, d.tokens.admin);
    expect(r.outcome).toBe('anonymised');
    expect(r.references.map((x) => x.table).sort()).toEqual(['consultations', 'journeys']);
    expect(d.core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // A raw delete is refused by the foreign keys.
    expect(() => d.core.db.prepare('DELETE FROM people WHERE id = ?').run(personId)).toThrow(/FOREIGN KEY/);
    // An anonymised person cannot be attached to new records.
    const again = await d.core.dispatch(
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId } },
      { token: d.tokens.desk },
    );
    expect(again.ok).toBe(false);
  });
});
