import type { Migration } from '../migrate';

/**
 * People and their consents (issue 4), plus what accounts and the audit trail need for them:
 * a step-up timestamp on sessions and a per-person column on the audit log.
 */
export const m0040People: Migration = {
  version: 40,
  name: 'people',
  up(db) {
    db.exec(`
      -- The full NIK is NEVER stored: only nik_hash (HMAC-SHA256 of the 16 digits with the install
      -- secret in settings 'security.nikKey') to find the same NIK again, and nik_masked for display.
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        name_key TEXT NOT NULL,           -- lower case, accents folded, spaces collapsed
        nik_hash TEXT,
        nik_masked TEXT,                  -- e.g. 3212••••••••0001
        sex TEXT CHECK (sex IN ('L', 'P')),
        birth_date TEXT CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        phone_e164 TEXT CHECK (phone_e164 GLOB '+[1-9]*'),
        region_code TEXT,
        dusun TEXT,
        rt TEXT,
        rw TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        anonymised_at TEXT,
        CHECK ((nik_hash IS NULL) = (nik_masked IS NULL))
      ) STRICT;
      -- (name_key, birth_date) also serves searches on name_key alone (leftmost prefix), so a
      -- separate name_key index would only slow writes.
      CREATE INDEX people_name_birth ON people(name_key, birth_date);
      -- One NIK belongs to one person; anonymised rows have no hash and do not collide.
      CREATE UNIQUE INDEX people_nik_hash ON people(nik_hash) WHERE nik_hash IS NOT NULL;
      CREATE INDEX people_phone ON people(phone_e164) WHERE phone_e164 IS NOT NULL;

      -- UU PDP Pasal 20–25: consent per purpose, with proof; for children, from a parent or guardian.
      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        subject_person_id TEXT NOT NULL REFERENCES people(id),
        given_by_person_id TEXT REFERENCES people(id),
        given_by_name TEXT,               -- a giver who is not stored (e.g. a parent abroad)
        relation TEXT NOT NULL CHECK (relation IN ('self', 'father', 'mother', 'guardian', 'spouse', 'other')),
        purposes TEXT NOT NULL CHECK (json_valid(purposes) AND json_type(purposes) = 'array'),
        method TEXT NOT NULL CHECK (method IN ('written', 'recorded_call', 'recorded_message', 'electronic')),
        evidence_ref TEXT,
        text_version TEXT NOT NULL,
        given_at TEXT NOT NULL,
        withdrawn_at TEXT,
        recorded_by TEXT NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX consents_subject ON consents(subject_person_id);
      CREATE INDEX consents_given_by ON consents(given_by_person_id) WHERE given_by_person_id IS NOT NULL;

      -- Step-up: when the password was last typed again on this session (exports, deletions).
      ALTER TABLE auth_sessions ADD COLUMN reauth_at TEXT;

      -- The person an audit row is about, so a data subject's processing trail is one index lookup.
      ALTER TABLE audit_log ADD COLUMN subject_person_id TEXT;
      CREATE INDEX audit_log_subject ON audit_log(subject_person_id, seq) WHERE subject_person_id IS NOT NULL;
      -- audit.list filters, each ordered by seq so a page is an index range, not a sort.
      CREATE INDEX audit_log_entity_seq ON audit_log(entity, seq);
      CREATE INDEX audit_log_action_seq ON audit_log(action, seq);
      CREATE INDEX audit_log_entity_id_seq ON audit_log(entity_id, seq) WHERE entity_id IS NOT NULL;
      CREATE INDEX audit_log_at ON audit_log(at);
    `);
  },
};
