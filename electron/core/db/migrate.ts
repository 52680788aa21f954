import type { Db } from './open';

export interface Migration {
  /** Strictly increasing, in steps of 10 to leave room for hotfix migrations. */
  version: number;
  name: string;
  up(db: Db): void;
}

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Basis data ini dibuat oleh versi Balai Migran yang lebih baru (skema ${found}, aplikasi ini ${supported}). Perbarui aplikasi; data tidak diubah.`,
    );
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
}

/**
 * Applies every migration newer than `PRAGMA user_version` in ONE transaction, so a power cut
 * mid-upgrade leaves the old schema intact. Refuses a database from a newer app version.
 */
export function migrate(db: Db, migrations: readonly Migration[], target = latestVersion(migrations)): number {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version <= migrations[i - 1].version) {
      throw new Error(`Migrations out of order at ${migrations[i].version}`);
    }
  }
  const current = schemaVersion(db);
  const supported = latestVersion(migrations);
  if (current > supported) throw new DatabaseFromFutureError(current, supported);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version cannot be bound as a parameter; the value is a checked integer.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  })();
  return schemaVersion(db);
}
