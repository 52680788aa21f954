import type { Migration } from '../migrate';

/**
 * For the period reports (issue 6). Indexes, so each report query reads one index range per table
 * instead of scanning it: journeys by the day they were recorded, permitted or returned (departures
 * have an index since 0050), follow-ups by when they were done, referrals on cases by when they
 * were recorded, and parent contacts by day. Partial where most rows would have NULL.
 * Consultations need none: their rowid (seq) is already their time (migration 0050).
 *
 * And roll-call totals per activity, kept by triggers: a quarter can hold a million attendance
 * marks at the 10x scale, and counting them per report would cost hundreds of milliseconds; with
 * the totals a report reads one row per activity. The triggers follow every way a mark changes
 * (insert, the roll call's upsert, a correction, a delete), in the same transaction.
 */
export const m0070Reports: Migration = {
  version: 70,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE INDEX journeys_created ON journeys(created_at);
      CREATE INDEX journeys_returned ON journeys(returned_on) WHERE returned_on IS NOT NULL;
      CREATE INDEX journeys_permission ON journeys(family_permission_acknowledged_on)
        WHERE family_permission_acknowledged_on IS NOT NULL;
      CREATE INDEX follow_ups_done ON follow_ups(done_at) WHERE done_at IS NOT NULL;
      CREATE INDEX case_events_referral ON case_events(at) WHERE referral_to IS NOT NULL;
      CREATE INDEX parent_contacts_on ON parent_contacts(contact_on);

      CREATE TABLE attendance_totals (
        activity_id TEXT PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
        present INTEGER NOT NULL DEFAULT 0,
        late INTEGER NOT NULL DEFAULT 0,
        excused INTEGER NOT NULL DEFAULT 0,
        sick INTEGER NOT NULL DEFAULT 0,
        absent INTEGER NOT NULL DEFAULT 0
      ) STRICT, WITHOUT ROWID;
      INSERT INTO attendance_totals (activity_id, present, late, excused, sick, absent)
        SELECT activity_id, SUM(status = 'present'), SUM(status = 'late'), SUM(status = 'excused'),
          SUM(status = 'sick'), SUM(status = 'absent')
        FROM attendance GROUP BY activity_id;
      CREATE TRIGGER attendance_totals_insert AFTER INSERT ON attendance BEGIN
        INSERT INTO attendance_totals (activity_id, present, late, excused, sick, absent)
          VALUES (new.activity_id, new.status = 'present', new.status = 'late', new.status = 'excused',
            new.status = 'sick', new.status = 'absent')
          ON CONFLICT (activity_id) DO UPDATE SET present = present + excluded.present, late = late + excluded.late,
            excused = excused + excluded.excused, sick = sick + excluded.sick, absent = absent + excluded.absent;
      END;
      CREATE TRIGGER attendance_totals_update AFTER UPDATE OF status, activity_id ON attendance BEGIN
        UPDATE attendance_totals SET present = present - (old.status = 'present'), late = late - (old.status = 'late'),
          excused = excused - (old.status = 'excused'), sick = sick - (old.status = 'sick'),
          absent = absent - (old.status = 'absent')
        WHERE activity_id = old.activity_id;
        INSERT INTO attendance_totals (activity_id, present, late, excused, sick, absent)
          VALUES (new.activity_id, new.status = 'present', new.status = 'late', new.status = 'excused',
            new.status = 'sick', new.status = 'absent')
          ON CONFLICT (activity_id) DO UPDATE SET present = present + excluded.present, late = late + excluded.late,
            excused = excused + excluded.excused, sick = sick + excluded.sick, absent = absent + excluded.absent;
      END;
      CREATE TRIGGER attendance_totals_delete AFTER DELETE ON attendance BEGIN
        UPDATE attendance_totals SET present = present - (old.status = 'present'), late = late - (old.status = 'late'),
          excused = excused - (old.status = 'excused'), sick = sick - (old.status = 'sick'),
          absent = absent - (old.status = 'absent')
        WHERE activity_id = old.activity_id;
      END;
    `);
  },
};
