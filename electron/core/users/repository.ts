import type { UserSummary } from '../../shared/users';
import { toUser, type UserRow } from '../auth/sessions';
import type { Db } from '../db/open';

type SummaryRow = UserRow & { created_at: string; updated_at: string; last_active_at: string | null };

const SELECT_SUMMARY = `
  SELECT u.*, (SELECT MAX(s.last_seen_at) FROM auth_sessions s WHERE s.user_id = u.id) AS last_active_at
  FROM users u`;

const toSummary = (r: SummaryRow): UserSummary => ({
  ...toUser(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastActiveAt: r.last_active_at,
});

/** Active accounts first, then by display name. A village office has a handful of accounts. */
export function listUsers(db: Db): UserSummary[] {
  const rows = db
    .prepare(`${SELECT_SUMMARY} ORDER BY u.active DESC, u.display_name COLLATE NOCASE, u.username`)
    .all() as SummaryRow[];
  return rows.map(toSummary);
}

export function getUserSummary(db: Db, id: string): UserSummary | null {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE u.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}

export function usernameTaken(db: Db, username: string): boolean {
  return db.prepare('SELECT 1 FROM users WHERE username = ?').get(username) !== undefined;
}
