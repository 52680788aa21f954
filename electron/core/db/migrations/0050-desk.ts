import type { Migration } from '../migrate';

/**
 * Meja Layanan records: the migrant register (journeys), consultations with their topics,
 * cases (pengaduan) with people and a timeline, and follow-ups of either.
 *
 * Rules that shape the schema:
 * - Foreign keys to `people` have no ON DELETE action, so deleting a person who has records
 *   fails instead of orphaning rows; people are anonymised in place (migration 0040).
 * - A named record keeps the consent it was stored under (UU PDP); an anonymous consultation
 *   keeps only a short label.
 * - Statuses that drive logic (case status machine, ticket links) have CHECK constraints; lists
 *   that grow with policy (topics, referral targets) live in child rows or JSON checked in code,
 *   so a new topic never needs a table rebuild.
 * - Consultations are keyed for lists by `seq`, an integer that sorts by time: the consultation
 *   time in milliseconds × 1024 plus a counter for the same millisecond. It is the rowid, so every
 *   index ends in it, and it is the rowid of the word index too: "newest first" is an index range
 *   for every filter and for word search alike, at 400,000 consultations. Cases and journeys are
 *   a few thousand rows and page by (time, id).
 */
export const m0050Desk: Migration = {
  version: 50,
  name: 'desk',
  up(db) {
    db.exec(`
      CREATE TABLE journeys (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        status TEXT NOT NULL CHECK (status IN ('planned', 'registered', 'in_process', 'departed',
          'working_abroad', 'returned', 'in_trouble', 'unknown')),
        destination TEXT CHECK (destination IS NULL OR destination GLOB '[A-Z][A-Z]'),
        job TEXT,
        sector TEXT CHECK (sector IS NULL OR sector IN ('formal', 'domestic', 'seafarer', 'other')),
        scheme TEXT CHECK (scheme IS NULL OR scheme IN ('p_to_p', 'g_to_g', 'g_to_p', 'ukps', 'independent',
          'non_procedural_suspected')),
        agency_id TEXT REFERENCES agencies(id),
        family_permission_acknowledged_on TEXT,
        departed_on TEXT,
        expected_return_on TEXT,
        returned_on TEXT,
        note TEXT,
        consent_id TEXT NOT NULL REFERENCES consents(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (returned_on IS NULL OR departed_on IS NULL OR returned_on >= departed_on),
        CHECK (expected_return_on IS NULL OR departed_on IS NULL OR expected_return_on >= departed_on),
        CHECK (departed_on IS NULL OR family_permission_acknowledged_on IS NULL
          OR departed_on >= family_permission_acknowledged_on)
      ) STRICT;
      CREATE INDEX journeys_person ON journeys(person_id, created_at, id);
      CREATE INDEX journeys_departed ON journeys(departed_on, id) WHERE departed_on IS NOT NULL;
      CREATE INDEX journeys_expected_return ON journeys(expected_return_on, id)
        WHERE expected_return_on IS NOT NULL AND returned_on IS NULL;
      CREATE INDEX journeys_non_procedural ON journeys(updated_at, id) WHERE scheme = 'non_procedural_suspected';
      CREATE INDEX journeys_agency ON journeys(agency_id) WHERE agency_id IS NOT NULL;

      CREATE TABLE consultations (
        seq INTEGER PRIMARY KEY,          -- time-ordered list key (see above); changes when at changes
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,                 -- ISO UTC
        officer_id TEXT NOT NULL REFERENCES users(id),
        channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone', 'whatsapp', 'home_visit')),
        person_id TEXT REFERENCES people(id),
        anonymous_label TEXT,
        relation TEXT NOT NULL CHECK (relation IN ('self', 'spouse', 'parent', 'child', 'sibling', 'other')),
        journey_id TEXT REFERENCES journeys(id),
        topics TEXT NOT NULL,             -- JSON array, for display; consultation_topics is the index
        destination TEXT CHECK (destination IS NULL OR destination GLOB '[A-Z][A-Z]'),
        summary TEXT NOT NULL DEFAULT '',
        flag_non_procedural INTEGER NOT NULL DEFAULT 0 CHECK (flag_non_procedural IN (0, 1)),
        flag_trafficking INTEGER NOT NULL DEFAULT 0 CHECK (flag_trafficking IN (0, 1)),
        referrals TEXT NOT NULL DEFAULT '[]',   -- JSON [{to, note}]
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
        closed_at TEXT,
        consent_id TEXT REFERENCES consents(id),
        queue_ticket_id TEXT UNIQUE REFERENCES queue_tickets(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((person_id IS NULL) <> (anonymous_label IS NULL)),
        CHECK (person_id IS NULL OR consent_id IS NOT NULL),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      ) STRICT;
      -- Each index implicitly ends in seq (the rowid): filter, then newest first, with no sort.
      CREATE INDEX consultations_status ON consultations(status);
      CREATE INDEX consultations_person ON consultations(person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX consultations_flagged ON consultations(seq)
        WHERE flag_non_procedural = 1 OR flag_trafficking = 1;
      CREATE INDEX consultations_journey ON consultations(journey_id) WHERE journey_id IS NOT NULL;

      -- One row per topic, with the consultation's seq copied so "topic = X" pages in key order.
      CREATE TABLE consultation_topics (
        topic TEXT NOT NULL,
        seq INTEGER NOT NULL,
        consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        PRIMARY KEY (topic, seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX consultation_topics_consultation ON consultation_topics(consultation_id);

      -- Word search over what officers type; names are searched in people.name_key instead.
      CREATE VIRTUAL TABLE consultations_fts USING fts5(
        summary, anonymous_label,
        content = 'consultations', content_rowid = 'seq',
        prefix = '2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER consultations_fts_insert AFTER INSERT ON consultations BEGIN
        INSERT INTO consultations_fts (rowid, summary, anonymous_label)
          VALUES (new.seq, new.summary, new.anonymous_label);
      END;
      CREATE TRIGGER consultations_fts_delete AFTER DELETE ON consultations BEGIN
        INSERT INTO consultations_fts (consultations_fts, rowid, summary, anonymous_label)
          VALUES ('delete', old.seq, old.summary, old.anonymous_label);
      END;
      CREATE TRIGGER consultations_fts_update AFTER UPDATE OF seq, summary, anonymous_label ON consultations BEGIN
        INSERT INTO consultations_fts (consultations_fts, rowid, summary, anonymous_label)
          VALUES ('delete', old.seq, old.summary, old.anonymous_label);
        INSERT INTO consultations_fts (rowid, summary, anonymous_label)
          VALUES (new.seq, new.summary, new.anonymous_label);
      END;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference_code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('calo_illegal_recruitment', 'fraud', 'migrant_in_trouble',
          'unpaid_wages', 'violence', 'lost_contact', 'deportation', 'trafficking_suspected', 'other')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'referred', 'resolved', 'closed')),
        risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'urgent')),
        summary TEXT NOT NULL,
        agency_id TEXT REFERENCES agencies(id),
        consultation_id TEXT REFERENCES consultations(id),
        opened_at TEXT NOT NULL,
        resolved_at TEXT,
        closed_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX cases_opened ON cases(opened_at, id);
      CREATE INDEX cases_status ON cases(status, opened_at, id);
      CREATE INDEX cases_agency ON cases(agency_id, opened_at, id) WHERE agency_id IS NOT NULL;
      CREATE INDEX cases_consultation ON cases(consultation_id) WHERE consultation_id IS NOT NULL;

      CREATE TABLE case_people (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        role TEXT NOT NULL CHECK (role IN ('reporter', 'victim', 'other')),
        consent_id TEXT NOT NULL REFERENCES consents(id),
        PRIMARY KEY (case_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_people_person ON case_people(person_id);

      CREATE TABLE case_events (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        referral_to TEXT,
        status_from TEXT,
        status_to TEXT,
        CHECK ((status_from IS NULL) = (status_to IS NULL))
      ) STRICT;
      -- (case_id, at) plus the implicit rowid: the timeline in insertion order, also within one millisecond.
      CREATE INDEX case_events_case ON case_events(case_id, at);

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        consultation_id TEXT REFERENCES consultations(id) ON DELETE CASCADE,
        case_id TEXT REFERENCES cases(id) ON DELETE CASCADE,
        due_on TEXT NOT NULL,             -- YYYY-MM-DD, Asia/Jakarta
        note TEXT NOT NULL DEFAULT '',
        done_at TEXT,
        done_by TEXT REFERENCES users(id),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('reached', 'not_reached', 'migrated_legally',
          'migrated_non_procedural', 'withdrew', 'referred', 'other')),
        outcome_note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        CHECK ((consultation_id IS NULL) <> (case_id IS NULL)),
        CHECK ((done_at IS NULL) = (outcome IS NULL))
      ) STRICT;
      CREATE INDEX follow_ups_open_due ON follow_ups(due_on, id) WHERE done_at IS NULL;
      CREATE INDEX follow_ups_consultation ON follow_ups(consultation_id) WHERE consultation_id IS NOT NULL;
      CREATE INDEX follow_ups_case ON follow_ups(case_id) WHERE case_id IS NOT NULL;

      -- The TV screen asks "latest calls today" every few seconds.
      CREATE INDEX queue_tickets_day_called ON queue_tickets(day, called_at) WHERE called_at IS NOT NULL;
    `);
  },
};
