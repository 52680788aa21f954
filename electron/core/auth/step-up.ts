import { REAUTH_REQUIRED_MESSAGE, REAUTH_WINDOW_MINUTES } from '../../shared/users';
import { AppError } from '../api/app-error';
import type { CallContext, Deps } from '../api/types';
import type { Db } from '../db/open';

export const REAUTH_WINDOW_MS = REAUTH_WINDOW_MINUTES * 60_000;

/**
 * Step-up for exports and deletions (ASVS 7.5.1): the caller must have typed their password
 * again (auth.confirmPassword) on THIS session within the last 5 minutes. A clock that went
 * backwards since then counts as expired: fail closed.
 */
export function requireRecentReauth(call: CallContext, deps: Deps): void {
  if (!hasRecentReauth(deps.db, call.sessionTokenHash, deps.clock.now())) {
    throw new AppError('FORBIDDEN', REAUTH_REQUIRED_MESSAGE);
  }
}

export function hasRecentReauth(db: Db, tokenHash: string | null, now: number): boolean {
  if (!tokenHash) return false;
  const row = db.prepare('SELECT reauth_at FROM auth_sessions WHERE token_hash = ?').get(tokenHash) as
    | { reauth_at: string | null }
    | undefined;
  if (!row?.reauth_at) return false;
  const age = now - Date.parse(row.reauth_at);
  return age >= 0 && age <= REAUTH_WINDOW_MS;
}

export function recordReauth(db: Db, tokenHash: string, now: number): void {
  db.prepare('UPDATE auth_sessions SET reauth_at = ? WHERE token_hash = ?').run(new Date(now).toISOString(), tokenHash);
}
