import { createHash } from 'node:crypto';
import type { StaffRole, User } from '../../shared/domain';
import type { Db } from '../db/open';
import { getSetting, SETTING_DEFAULTS } from '../settings/repository';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  active: number;
  must_change_password: number;
  password_hash: string;
}

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
  };
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE username = ?').get(username.normalize('NFC')) as UserRow | undefined;
}

export function createSession(db: Db, userId: string, token: string, now: number): void {
  const hours = getSetting<number>(db, 'session.absoluteHours', SETTING_DEFAULTS['session.absoluteHours']);
  const at = new Date(now).toISOString();
  db.prepare(
    'INSERT INTO auth_sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(hashToken(token), userId, at, at, new Date(now + hours * 3600_000).toISOString());
}

export type SessionLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'active'; user: User; tokenHash: string };

/**
 * Resolves a token to its user. Sessions end after the idle limit (default 10 minutes) or the
 * absolute limit (default 10 hours), enforced here in the core, not in the renderer.
 */
export function lookupSession(db: Db, token: string | undefined, now: number): SessionLookup {
  if (!token || token.length > 200) return { kind: 'none' };
  const tokenHash = hashToken(token);
  const row = db
    .prepare(
      `SELECT s.last_seen_at, s.expires_at, s.revoked_at, u.*
       FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    )
    .get(tokenHash) as (UserRow & { last_seen_at: string; expires_at: string; revoked_at: string | null }) | undefined;
  if (!row) return { kind: 'expired' };
  const idleMinutes = getSetting<number>(db, 'session.idleMinutes', SETTING_DEFAULTS['session.idleMinutes']);
  const idleOver = now - Date.parse(row.last_seen_at) > idleMinutes * 60_000;
  if (row.revoked_at || row.active !== 1 || now >= Date.parse(row.expires_at) || idleOver) return { kind: 'expired' };
  // Writing on every call would cost an fsync each (synchronous=FULL); 30 s granularity is enough.
  if (now - Date.parse(row.last_seen_at) > 30_000) {
    db.prepare('UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?').run(
      new Date(now).toISOString(),
      tokenHash,
    );
  }
  return { kind: 'active', user: toUser(row), tokenHash };
}

export function revokeSession(db: Db, tokenHash: string, now: number): void {
  db.prepare('UPDATE auth_sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
    new Date(now).toISOString(),
    tokenHash,
  );
}

/** Ends every open session of a user (disable, password reset, logout everywhere); returns how many. */
export function revokeUserSessions(db: Db, userId: string, now: number, exceptTokenHash: string | null = null): number {
  return db
    .prepare(
      `UPDATE auth_sessions SET revoked_at = ?
       WHERE user_id = ? AND revoked_at IS NULL AND token_hash IS NOT ? AND expires_at > ?`,
    )
    .run(new Date(now).toISOString(), userId, exceptTokenHash, new Date(now).toISOString()).changes;
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export type { UserRow };
