import type { Migration } from '../migrate';

/**
 * Rumah Edukasi (issue 5): households, children, caregivers, groups, activities, roll call and the
 * long-distance parenting log. Every `to_date` / `left_on` is the first day NO LONGER in effect
 * (exclusive end), so "on date d" is always `from <= d AND (to IS NULL OR d < to)`.
 */
export const m0060Edukasi: Migration = {
  version: 60,
  name: 'edukasi',
  up(db) {
    db.exec(`
      -- A household links children, the parents abroad and the caregivers. The KK number is never
      -- stored: it changes and it is an Adminduk identifier (UU 24/2013 Pasal 84).
      CREATE TABLE households (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,              -- e.g. "Keluarga Bpk. Darsono, Blok Kidul"
        dusun TEXT,
        rt TEXT,
        rw TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE household_members (
        household_id TEXT NOT NULL REFERENCES households(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        relation TEXT NOT NULL CHECK (relation IN ('head', 'husband', 'wife', 'child', 'parent', 'parent_in_law',
          'grandchild', 'sibling', 'other')),
        added_at TEXT NOT NULL,
        PRIMARY KEY (household_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX household_members_person ON household_members(person_id);

      -- One row per enrolment. No enrolment without the consent of a parent or guardian
      -- (UU PDP Pasal 25): consent_id is NOT NULL and points at the consent it rests on.
      CREATE TABLE children (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        household_id TEXT REFERENCES households(id),
        birth_certificate TEXT NOT NULL CHECK (birth_certificate IN ('yes', 'no', 'unknown')),
        kia TEXT NOT NULL CHECK (kia IN ('yes', 'no', 'unknown')),
        born_abroad INTEGER NOT NULL CHECK (born_abroad IN (0, 1)),
        school_level TEXT NOT NULL CHECK (school_level IN ('none', 'paud', 'sd', 'smp', 'sma', 'not_in_school')),
        enrolled_on TEXT NOT NULL CHECK (enrolled_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        left_on TEXT CHECK (left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        consent_id TEXT NOT NULL REFERENCES consents(id),
        consent_giver TEXT NOT NULL CHECK (consent_giver IN ('parent_abroad', 'parent_home', 'guardian', 'other')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (left_on IS NULL OR left_on >= enrolled_on)
      ) STRICT;
      -- A person is enrolled at most once at a time; after leaving they may be enrolled again.
      CREATE UNIQUE INDEX children_person_enrolled ON children(person_id) WHERE left_on IS NULL;
      CREATE INDEX children_person ON children(person_id, enrolled_on);
      CREATE INDEX children_household ON children(household_id) WHERE household_id IS NOT NULL;
      -- The Disdukcapil referral list (children.withoutDocuments) reads exactly this subset.
      CREATE INDEX children_without_documents ON children(person_id)
        WHERE left_on IS NULL AND (birth_certificate <> 'yes' OR kia <> 'yes');

      CREATE TABLE child_parents_abroad (
        child_id TEXT NOT NULL REFERENCES children(id),
        journey_id TEXT NOT NULL REFERENCES journeys(id),
        role TEXT NOT NULL CHECK (role IN ('father', 'mother')),
        linked_at TEXT NOT NULL,
        linked_by TEXT NOT NULL REFERENCES users(id),
        PRIMARY KEY (child_id, journey_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX child_parents_abroad_journey ON child_parents_abroad(journey_id);

      CREATE TABLE caregivers (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
        parenting_training_on TEXT CHECK (parenting_training_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        training_provider TEXT,
        consent_id TEXT NOT NULL REFERENCES consents(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;

      CREATE TABLE care_arrangements (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id),
        caregiver_id TEXT NOT NULL REFERENCES caregivers(id),
        relation TEXT NOT NULL CHECK (relation IN ('father', 'mother', 'grandfather', 'grandmother', 'uncle', 'aunt',
          'older_sibling', 'other_relative', 'neighbour', 'foster_parent', 'institution', 'other')),
        court_appointed_guardian INTEGER NOT NULL CHECK (court_appointed_guardian IN (0, 1)),
        from_date TEXT NOT NULL,
        to_date TEXT,
        is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        CHECK (to_date IS NULL OR to_date >= from_date)
      ) STRICT;
      CREATE INDEX care_arrangements_child ON care_arrangements(child_id, from_date);
      CREATE INDEX care_arrangements_caregiver ON care_arrangements(caregiver_id);
      CREATE UNIQUE INDEX care_arrangements_open ON care_arrangements(child_id, caregiver_id) WHERE to_date IS NULL;
      CREATE UNIQUE INDEX care_arrangements_one_primary ON care_arrangements(child_id)
        WHERE is_primary = 1 AND to_date IS NULL;

      CREATE TABLE groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,           -- lower case, accents folded: "Kelas Melati" = "kelas  melati"
        audience TEXT NOT NULL CHECK (audience IN ('children', 'caregivers', 'returnees', 'mixed')),
        age_min INTEGER CHECK (age_min IS NULL OR age_min BETWEEN 0 AND 17),
        age_max INTEGER CHECK (age_max IS NULL OR age_max BETWEEN 0 AND 17),
        note TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
      ) STRICT;
      CREATE UNIQUE INDEX groups_name ON groups(name_key) WHERE archived_at IS NULL;

      CREATE TABLE group_members (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES groups(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        from_date TEXT NOT NULL,
        to_date TEXT,                     -- first day no longer a member
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        CHECK (to_date IS NULL OR to_date >= from_date)
      ) STRICT;
      CREATE UNIQUE INDEX group_members_open ON group_members(group_id, person_id) WHERE to_date IS NULL;
      CREATE INDEX group_members_group ON group_members(group_id, person_id, from_date);
      CREATE INDEX group_members_person ON group_members(person_id);

      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        group_id TEXT REFERENCES groups(id),   -- NULL: a one-off event
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        end_time TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        kind TEXT NOT NULL CHECK (kind IN ('calistung', 'belajar_kelompok', 'kerohanian', 'kesenian', 'olahraga',
          'literasi_digital', 'konseling', 'pengasuhan_jarak_jauh', 'kelas_pengasuh', 'kunjungan_rumah', 'lainnya')),
        title TEXT NOT NULL,
        facilitator TEXT NOT NULL,
        place TEXT NOT NULL,
        number_in_day INTEGER NOT NULL CHECK (number_in_day >= 1),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (end_time > start_time),
        UNIQUE (date, number_in_day)
      ) STRICT;
      CREATE INDEX activities_group_date ON activities(group_id, date) WHERE group_id IS NOT NULL;

      -- One mark per person per activity. on_date and number_in_day copy the activity's, so a
      -- person's history and "their last N sessions" are one backwards walk of one index, never a
      -- scan of all marks (2,000,000 at the 10x scale). The trigger below keeps the copies right.
      CREATE TABLE attendance (
        activity_id TEXT NOT NULL REFERENCES activities(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        on_date TEXT NOT NULL,
        number_in_day INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'sick', 'absent')),
        note TEXT,
        marked_at TEXT NOT NULL,
        marked_by TEXT NOT NULL REFERENCES users(id),
        PRIMARY KEY (activity_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX attendance_person ON attendance(person_id, on_date, number_in_day, status);

      -- Per person: how many of their newest counted marks (Hadir, Terlambat, Alpa; Izin and Sakit
      -- are skipped) are Alpa in a row, capped at 31. attendance.record recomputes it for every
      -- changed mark in the same transaction, so the absence alert reads the few rows at or above
      -- the threshold instead of walking 12,000 people's marks. Code that moves an activity to
      -- another date must recompute the runs of its marked people (edukasi/attendance/runs.ts).
      CREATE TABLE attendance_runs (
        person_id TEXT PRIMARY KEY REFERENCES people(id),
        absent_run INTEGER NOT NULL CHECK (absent_run BETWEEN 0 AND 31),
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX attendance_runs_absent ON attendance_runs(absent_run);

      CREATE TRIGGER activities_keep_attendance_dates AFTER UPDATE OF date, number_in_day ON activities
      BEGIN
        UPDATE attendance SET on_date = NEW.date, number_in_day = NEW.number_in_day WHERE activity_id = NEW.id;
      END;

      -- Long-distance parenting: when the child spoke with the parent abroad (KPAI asks for it).
      CREATE TABLE parent_contacts (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id),
        contact_on TEXT NOT NULL CHECK (contact_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        how TEXT NOT NULL CHECK (how IN ('video_call', 'phone', 'message', 'visit')),
        facilitated_by_house INTEGER NOT NULL CHECK (facilitated_by_house IN (0, 1)),
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX parent_contacts_child ON parent_contacts(child_id, contact_on);
    `);
  },
};
