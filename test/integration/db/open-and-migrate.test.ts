import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { DatabaseFromFutureError, latestVersion, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, readPragmas } from '../../../electron/core/db/open';
import { quietLog, tempDir } from '../../support/core';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and busy timeout on a fresh file and after reopening', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'a.db');
    const expected = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 };
    const first = openDatabase(file);
    expect(readPragmas(first)).toEqual(expected);
    first.close();
    const again = openDatabase(file);
    expect(readPragmas(again)).toEqual(expected);
    again.close();
    // A plain connection does not inherit these (they are per connection), which is why open sets them.
    const plain = new Database(file);
    expect(Number(plain.pragma('synchronous', { simple: true }))).not.toBe(2);
    plain.close();
  });

  it('createCore opens, migrates to the latest schema and passes quick_check', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const core = createCore({ dbPath: path.join(t.dir, 'b.db'), log: quietLog });
    expect(schemaVersion(core.db)).toBe(latestVersion(MIGRATIONS));
    expect(readPragmas(core.db).synchronous).toBe(2);
    core.close();
  });
});

describe('integrity check at open', () => {
  it('runs quick_check on a new file and after an unclean shutdown, and skips it after a clean close', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'c.db');
    const first = createCore({ dbPath: file, log: quietLog });
    expect(first.startup.quickCheck).toBe('ok');
    first.close();
    const second = createCore({ dbPath: file, log: quietLog });
    expect(second.startup.quickCheck).toBe('skipped');
    // A power cut: the process dies without close(); the raw handle is dropped.
    second.db.close();
    const third = createCore({ dbPath: file, log: quietLog });
    expect(third.startup.quickCheck).toBe('ok');
    third.close();
  });

  it('refuses to start on a damaged file after an unclean shutdown', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'd.db');
    const core = createCore({ dbPath: file, log: quietLog });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.db.close(); // unclean
    const bytes = readFileSync(file);
    // Overwrite the middle of the file (not the header) with noise.
    for (let i = 8192; i < Math.min(bytes.length, 8192 + 8192); i++) bytes[i] = (i * 31) % 256;
    writeFileSync(file, bytes);
    expect(() => createCore({ dbPath: file, log: quietLog })).toThrow();
  });
});

describe('migrate', () => {
  it('keeps versions strictly increasing', () => {
    for (let i = 1; i < MIGRATIONS.length; i++)
      expect(MIGRATIONS[i].version).toBeGreaterThan(MIGRATIONS[i - 1].version);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 9999');
    expect(() => migrate(db, MIGRATIONS)).toThrow(DatabaseFromFutureError);
    expect(schemaVersion(db)).toBe(9999);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('rolls back every step when one migration fails (one transaction)', () => {
    const db = openDatabase(':memory:');
    const broken = [
      ...MIGRATIONS,
      {
        version: 99990,
        name: 'broken',
        up: (d: typeof db) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name IN ('users', 'half_done')").get()).toEqual({
      n: 0,
    });
  });

  it('is a no-op when already at the latest version', () => {
    const db = openDatabase(':memory:');
    const v = migrate(db, MIGRATIONS);
    expect(migrate(db, MIGRATIONS)).toBe(v);
  });
});
