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
    expect(plan(db, DESK_SQL.topics, P)).toMatch(/SEARCH consultation_topics USING PRIMARY KEY \(topic=\? AND seq>\? AND seq<\?\)/);
    expect(plan(db, DESK_SQL.referrals, P)).toContain('USING INDEX case_events_referral');
    const journeys = plan(db, DESK_SQL.journeys, P);
    for (const index of ['journeys_created', 'journeys_permission', 'journeys_departed', 'journeys_returned']) {
      expect(journeys).toContain(`USING INDEX ${index}`);
    }
    expect(plan(db, DESK_SQL.followUps, P)).toContain('USING INDEX follow_ups_done');
    expect(plan(db, EDUKASI_SQL.activities, P)).toMatch(/SEARCH a USING INDEX sqlite_autoindex_activities_\d \(date>\? AND date<\?\)/);
    expect(plan(db, EDUKASI_SQL.activities, P)).not.toContain('TEMP B-TREE');
    expect(plan(db, EDUKASI_SQL.contacts, P)).toContain('USING INDEX parent_contacts_on');
    expect(plan(db, DESK_TREND_SQL, { ...P, months: '[]' })).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(plan(db, CONSULTATION_LIST_SQL, { after: 0, toSeq: 1, limit: 1 })).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(plan(db, CASE_LIST_SQL, { afterAt: '', afterId: '', toIso: '', limit: 1 })).toContain('USING INDEX cases_opened');
  });
});
