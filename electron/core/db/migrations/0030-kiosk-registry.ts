import type { Migration } from '../migrate';

/**
 * Kiosk data: the offline P3MI registry, help lines, and queue tickets.
 * Service names and prefixes of tickets are checked in code, not with CHECK constraints, so a
 * new service never needs a table rebuild (SQLite cannot alter a CHECK).
 */
export const m0030KioskRegistry: Migration = {
  version: 30,
  name: 'kiosk-registry',
  up(db) {
    db.exec(`
      -- Copy of the official P3MI list (SISKOP2MI / Disnaker), imported by an admin from CSV.
      -- Rows missing from a later file are kept: a partial file must not silently erase data.
      CREATE TABLE agencies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_normalized TEXT NOT NULL,   -- lower case, no accents, no "PT", no punctuation
        licence_number TEXT NOT NULL UNIQUE,  -- upper case, single spaces
        status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'revoked', 'expired')),
        valid_until TEXT CHECK (valid_until IS NULL OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        address TEXT,
        source TEXT NOT NULL,
        data_as_of TEXT NOT NULL CHECK (data_as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        imported_at TEXT NOT NULL,
        import_batch TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agencies_name ON agencies(name_normalized);

      -- Help lines: 'seed' rows come from resources/content/hotlines.json and are refreshed on
      -- start; 'staff' rows (local offices) are never touched by the seed.
      CREATE TABLE hotlines (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('hotline', 'whatsapp', 'web', 'office', 'sms')),
        value TEXT NOT NULL,
        note TEXT,
        source TEXT NOT NULL,
        confidence TEXT NOT NULL CHECK (confidence IN ('sure', 'likely')),
        verified_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'staff')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- One row per ticket. Never a name: the queue calls numbers (anchors.md lesson 9).
      CREATE TABLE queue_tickets (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL,              -- YYYY-MM-DD, Asia/Jakarta
        service TEXT NOT NULL,
        prefix TEXT NOT NULL CHECK (prefix GLOB '[A-Z]'),
        number INTEGER NOT NULL CHECK (number >= 1),
        taken_at TEXT NOT NULL,
        called_at TEXT,
        counter TEXT,
        served_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'served', 'skipped')),
        consultation_id TEXT,           -- the consultations table comes later; no FK yet
        UNIQUE (day, prefix, number)
      ) STRICT;
      CREATE INDEX queue_tickets_day_status ON queue_tickets(day, status);
    `);
  },
};
