import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Connection pragmas required on every open. `synchronous=FULL` because village offices have
 * frequent power cuts: with WAL and NORMAL a committed transaction can be lost on power loss.
 */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${REQUIRED_PRAGMAS.busy_timeout}`);
    assertPragmas(db, file === ':memory:' || options.readonly === true);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Reads the pragmas back: a silently ignored pragma must stop the app, not corrupt data later. */
export function assertPragmas(db: Db, skipJournal = false): void {
  const actual = readPragmas(db);
  const wrong: string[] = [];
  if (!skipJournal && actual.journal_mode !== REQUIRED_PRAGMAS.journal_mode) wrong.push('journal_mode');
  if (actual.synchronous !== REQUIRED_PRAGMAS.synchronous) wrong.push('synchronous');
  if (actual.foreign_keys !== REQUIRED_PRAGMAS.foreign_keys) wrong.push('foreign_keys');
  if (actual.busy_timeout !== REQUIRED_PRAGMAS.busy_timeout) wrong.push('busy_timeout');
  if (wrong.length > 0) throw new Error(`SQLite pragmas not applied: ${wrong.join(', ')}`);
}

export function readPragmas(db: Db) {
  return {
    journal_mode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    foreign_keys: Number(db.pragma('foreign_keys', { simple: true })),
    busy_timeout: Number(db.pragma('busy_timeout', { simple: true })),
  };
}
