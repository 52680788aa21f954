import type { User } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { Deps } from '../api/types';
import { appendAudit } from '../audit/audit-log';
import { iso } from '../clock';
import { guardedNow, lockRemaining, recordFailure, recordSuccess } from './login-throttle';
import { throttled } from './methods';
import { verifyPassword } from './password-hash';
import { findUserById } from './sessions';

/**
 * Checks the signed-in user's own password (step-up, password change) with the same throttle
 * as login: failures count against the account, so a stolen unlocked session cannot be used to
 * guess the password. On success `onSuccess` runs in the same transaction as the throttle reset.
 */
export async function withOwnPassword<T, P = undefined>(
  deps: Deps,
  user: User,
  password: string,
  options: {
    path: string;
    purpose: string;
    /** Slow work (hashing a new password) run alongside the check, after the lock check. */
    prepare?: () => Promise<P>;
    onSuccess: (now: number, prepared: P) => T;
  },
): Promise<T> {
  const waitBefore = deps.db.transaction(() =>
    lockRemaining(deps.db, user.username, guardedNow(deps.db, deps.clock.now(), iso(deps.clock.now()))),
  )();
  if (waitBefore > 0) throw throttled(waitBefore);
  const row = findUserById(deps.db, user.id);
  const [matches, prepared] = await Promise.all([
    row ? verifyPassword(password, row.password_hash) : Promise.resolve(false),
    options.prepare ? options.prepare() : Promise.resolve(undefined as P),
  ]);

  const outcome = deps.db.transaction(() => {
    const now = guardedNow(deps.db, deps.clock.now(), iso(deps.clock.now()));
    const wait = lockRemaining(deps.db, user.username, now);
    if (wait > 0) return { kind: 'locked' as const, wait };
    if (!matches) {
      const lock = recordFailure(deps.db, user.username, now);
      appendAudit(deps.db, {
        at: iso(now),
        actorUserId: user.id,
        actorLabel: user.username,
        action: 'reauth_failed',
        entity: 'auth',
        details: { purpose: options.purpose },
      });
      return lock > 0 ? { kind: 'locked' as const, wait: lock } : { kind: 'wrong' as const };
    }
    recordSuccess(deps.db, user.username);
    return { kind: 'ok' as const, value: options.onSuccess(now, prepared) };
  })();
  if (outcome.kind === 'locked') throw throttled(outcome.wait);
  if (outcome.kind === 'wrong') {
    throw new AppError('FORBIDDEN', 'Kata sandi salah. Coba lagi.', {
      issues: [{ path: options.path, message: 'Kata sandi salah.' }],
    });
  }
  return outcome.value;
}
