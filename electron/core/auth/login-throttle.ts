import type { Db } from '../db/open';
import { getSetting, putSetting } from '../settings/repository';

/**
 * Failed-login throttling per account and for the whole install (OWASP ASVS 5.0 V6.3.1).
 * State lives in SQLite, so restarting the app does not reset it, and time is taken as the
 * highest clock value ever seen, so setting the PC clock backwards does not shorten a lock.
 */
export const THROTTLE = {
  accountFailures: 5, // the 5th wrong password locks the account key
  accountLockSeconds: 60, // doubles with each further failure while locked
  accountLockMaxSeconds: 15 * 60,
  globalWindowSeconds: 15 * 60,
  globalFailures: 100,
  globalLockSeconds: 5 * 60,
} as const;

const HIGH_WATER = 'clock.highWater';

/** Monotonic "now": never earlier than any time already recorded. */
export function guardedNow(db: Db, clockNow: number, at: string): number {
  const high = getSetting<number>(db, HIGH_WATER, 0);
  if (clockNow > high) {
    putSetting(db, HIGH_WATER, clockNow, at);
    return clockNow;
  }
  return high;
}

interface Row {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

const accountKey = (username: string) => `u:${username.normalize('NFC').toLowerCase()}`;

function read(db: Db, key: string): Row | undefined {
  return db.prepare('SELECT * FROM login_throttle WHERE key = ?').get(key) as Row | undefined;
}

/** Seconds the caller must still wait, or 0. Checks the account and the global lock. */
export function lockRemaining(db: Db, username: string, now: number): number {
  let wait = 0;
  for (const key of [accountKey(username), 'global']) {
    const row = read(db, key);
    if (row?.locked_until) wait = Math.max(wait, Math.ceil((Date.parse(row.locked_until) - now) / 1000));
  }
  return Math.max(0, wait);
}

/** Records one failure; returns the lock (seconds) that now applies, 0 when none. */
export function recordFailure(db: Db, username: string, now: number): number {
  const at = new Date(now).toISOString();
  const key = accountKey(username);
  const row = read(db, key);
  const failures = (row?.failures ?? 0) + 1;
  let lock = 0;
  if (failures >= THROTTLE.accountFailures) {
    const doublings = failures - THROTTLE.accountFailures;
    lock = Math.min(THROTTLE.accountLockSeconds * 2 ** Math.min(doublings, 10), THROTTLE.accountLockMaxSeconds);
  }
  upsert(db, key, failures, row?.window_started_at ?? at, lock ? new Date(now + lock * 1000).toISOString() : null);

  const g = read(db, 'global');
  const windowExpired = !g || now - Date.parse(g.window_started_at) > THROTTLE.globalWindowSeconds * 1000;
  const gFailures = windowExpired ? 1 : g.failures + 1;
  const gStart = windowExpired ? at : g.window_started_at;
  let gLock = g?.locked_until ?? null;
  if (gFailures >= THROTTLE.globalFailures) gLock = new Date(now + THROTTLE.globalLockSeconds * 1000).toISOString();
  upsert(db, 'global', gFailures, gStart, gLock);
  return Math.max(lock, gLock ? Math.ceil((Date.parse(gLock) - now) / 1000) : 0);
}

export function recordSuccess(db: Db, username: string): void {
  db.prepare('DELETE FROM login_throttle WHERE key = ?').run(accountKey(username));
}

function upsert(db: Db, key: string, failures: number, start: string, lockedUntil: string | null) {
  db.prepare(
    `INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET failures = excluded.failures,
       window_started_at = excluded.window_started_at, locked_until = excluded.locked_until`,
  ).run(key, failures, start, lockedUntil);
}

/** "1 menit", "3 menit", "45 detik" for messages. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} detik`;
  return `${Math.ceil(seconds / 60)} menit`;
}
