import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { DESK_TREND_SQL } from '../../../electron/core/reports/dashboard/trends';
import { CASE_LIST_SQL, CONSULTATION_LIST_SQL } from '../../../electron/core/reports/exports/named-lists';
import { DESK_SQL } from '../../../electron/core/reports/standard/desk-queries';
import { EDUKASI_SQL } from '../../../electron/core/reports/standard/edukasi-queries';

const plan = (db: ReturnType<typeof openDatabase>, sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');

const P = {
  fromSeq: 1,
  toSeq: 2,
  fromIso: '2026-10-31T17:00:00.000Z',
  toIso: '2026-11-30T17:00:00.000Z',
  from: '2026-11-01',
  to: '2026-11-30',
};

describe('migration 0070 (report indexes)', () => {
  it('applies on top of 0060 and adds its indexes', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS, 60);
    expect(schemaVersion(db)).toBe(60);
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(70);
    const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as { name: string }[]).map(
      (r) => r.name,
    );
    for (const name of [
      'journeys_created',
      'journeys_returned',
      'journeys_permission',
      'follow_ups_done',
      'case_events_referral',
      'parent_contacts_on',
    ]) {
      expect(indexes).toContain(name);
    }
  });

  it('every report query reads an index range, never a whole large table', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS);
    // Consultations by rowid range (seq is time × 1024), topics by their primary key.
    expect(plan(db, DESK_SQL.consultations, P)).toMatch(/SEARCH c USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    expect(plan(db, DESK_SQL.topics, P)).toMatch(
      /SEARCH consultation_topics USING PRIMARY KEY \(topic=\? AND seq>\? AND seq<\?\)/,
    );
    expect(plan(db, DESK_SQL.referrals, P)).toContain('USING INDEX case_events_referral');
    const journeys = plan(db, DESK_SQL.journeys, P);
    for (const index of ['journeys_created', 'journeys_permission', 'journeys_departed', 'journeys_returned']) {
      expect(journeys).toContain(`USING INDEX ${index}`);
    }
    expect(plan(db, DESK_SQL.followUps, P)).toContain('USING INDEX follow_ups_done');
    expect(plan(db, EDUKASI_SQL.activities, P)).toMatch(
      /SEARCH a USING INDEX sqlite_autoindex_activities_\d \(date>\? AND date<\?\)/,
    );
    expect(plan(db, EDUKASI_SQL.activities, P)).toContain('SEARCH t USING PRIMARY KEY (activity_id=?)');
    expect(plan(db, EDUKASI_SQL.contacts, P)).toContain('USING INDEX parent_contacts_on');
    expect(plan(db, DESK_TREND_SQL, { ...P, months: '[]' })).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(plan(db, CONSULTATION_LIST_SQL, { after: 0, toSeq: 1, limit: 1 })).toMatch(
      /SEARCH c USING INTEGER PRIMARY KEY/,
    );
    expect(plan(db, CASE_LIST_SQL, { afterAt: '', afterId: '', toIso: '', limit: 1 })).toContain(
      'USING INDEX cases_opened',
    );
  });
});

/** Roll-call totals per activity, recounted from the marks themselves. */
const RECOUNT = `SELECT activity_id, SUM(status = 'present') AS present, SUM(status = 'late') AS late,
  SUM(status = 'excused') AS excused, SUM(status = 'sick') AS sick, SUM(status = 'absent') AS absent
  FROM attendance GROUP BY activity_id ORDER BY activity_id`;
const TOTALS = `SELECT activity_id, present, late, excused, sick, absent FROM attendance_totals
  WHERE present + late + excused + sick + absent > 0 ORDER BY activity_id`;

/** A database at 0060 with one user, activities and people, ready for raw attendance rows. */
function attendanceDb(version?: number) {
  const db = openDatabase(':memory:');
  migrate(db, MIGRATIONS, version);
  const at = '2026-11-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES ('u', 'u', 'U', 'admin', 'x', ?, ?)`,
  ).run(at, at);
  for (let i = 0; i < 3; i++) {
    db.prepare(
      `INSERT INTO activities (id, date, start_time, end_time, kind, title, facilitator, place, number_in_day,
         created_at, created_by, updated_at, updated_by) VALUES (?, '2026-11-02', '15:00', '16:00', 'calistung', 't', 'f', 'p', ?, ?, 'u', ?, 'u')`,
    ).run(`a${i}`, i + 1, at, at);
  }
  for (let i = 0; i < 5; i++) {
    db.prepare(
      `INSERT INTO people (id, full_name, name_key, created_at, created_by, updated_at, updated_by) VALUES (?, 'Uji Fiktif', 'uji fiktif', ?, 'u', ?, 'u')`,
    ).run(`p${i}`, at, at);
  }
  return db;
}

const STATUSES = ['present', 'late', 'excused', 'sick', 'absent'] as const;
const UPSERT = `INSERT INTO attendance (activity_id, person_id, on_date, number_in_day, status, marked_at, marked_by)
  VALUES (?, ?, '2026-11-02', 1, ?, '2026-11-02T09:00:00.000Z', 'u')
  ON CONFLICT (activity_id, person_id) DO UPDATE SET status = excluded.status
  WHERE attendance.status IS NOT excluded.status`;

describe('roll-call totals (attendance_totals)', () => {
  it('counts the marks already there when 0070 is applied', () => {
    const db = attendanceDb(60);
    const insert = db.prepare(UPSERT);
    insert.run('a0', 'p0', 'present');
    insert.run('a0', 'p1', 'absent');
    insert.run('a1', 'p0', 'sick');
    migrate(db, MIGRATIONS);
    expect(db.prepare(TOTALS).all()).toEqual(db.prepare(RECOUNT).all());
    expect(db.prepare(TOTALS).all()).toHaveLength(2);
  });

  it('stays equal to a recount through any sequence of roll calls, corrections and deletions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('upsert', 'upsert', 'update', 'delete'),
            activity: fc.integer({ min: 0, max: 2 }),
            person: fc.integer({ min: 0, max: 4 }),
            status: fc.constantFrom(...STATUSES),
          }),
          { maxLength: 40 },
        ),
        (ops) => {
          const db = attendanceDb();
          const upsert = db.prepare(UPSERT);
          const update = db.prepare('UPDATE attendance SET status = ? WHERE activity_id = ? AND person_id = ?');
          const remove = db.prepare('DELETE FROM attendance WHERE activity_id = ? AND person_id = ?');
          for (const o of ops) {
            const a = `a${o.activity}`;
            const p = `p${o.person}`;
            if (o.op === 'upsert') upsert.run(a, p, o.status);
            else if (o.op === 'update') update.run(o.status, a, p);
            else remove.run(a, p);
          }
          expect(db.prepare(TOTALS).all()).toEqual(db.prepare(RECOUNT).all());
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('goes with its activity when the activity is deleted', () => {
    const db = attendanceDb();
    db.prepare(UPSERT).run('a2', 'p3', 'late');
    db.prepare("DELETE FROM attendance WHERE activity_id = 'a2'").run();
    db.prepare("DELETE FROM activities WHERE id = 'a2'").run();
    expect(db.prepare("SELECT COUNT(*) AS n FROM attendance_totals WHERE activity_id = 'a2'").get()).toEqual({ n: 0 });
  });
});
