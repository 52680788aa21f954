import type { Migration } from '../migrate';

/**
 * Indexes for the period reports (issue 6). Each report query reads one index range per table
 * instead of scanning it: journeys by the day they were recorded, permitted or returned (departures
 * have an index since 0050), follow-ups by when they were done, referrals on cases by when they
 * were recorded, and parent contacts by day. Partial where most rows would have NULL.
 * Consultations need none: their rowid (seq) is already their time (migration 0050).
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
    `);
  },
};
