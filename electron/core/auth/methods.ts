import { z } from 'zod';
import { AppError } from '../api/app-error';
import type { Deps, MethodTable } from '../api/types';
import { emptyInput } from '../api/zod-messages';
import { appendAudit } from '../audit/audit-log';
import { iso } from '../clock';
import { getVillage } from '../settings/repository';
import { describeWait, guardedNow, lockRemaining, recordFailure, recordSuccess } from './login-throttle';
import { hashPassword, verifyPassword } from './password-hash';
import { createSession, findUserByUsername, revokeSession, toUser } from './sessions';

const WRONG = 'Nama pengguna atau kata sandi salah.';
export const throttled = (seconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `Terlalu banyak percobaan masuk yang salah. Demi keamanan, coba lagi dalam ${describeWait(seconds)}.`,
    { retryAfterSeconds: seconds },
  );

export const authMethods: MethodTable<'auth.login' | 'auth.logout' | 'auth.me'> = {
  'auth.login': {
    description: 'Masuk dengan nama pengguna dan kata sandi; membuat sesi petugas.',
    input: z.strictObject({
      username: z.string().min(1, 'Wajib diisi.').max(64, 'Nama pengguna terlalu panjang.'),
      password: z.string().min(1, 'Wajib diisi.').max(1024, 'Kata sandi terlalu panjang.'),
    }),
    handler: async (input, _call, deps) => {
      const username = input.username.normalize('NFC').trim().toLowerCase();
      const waitBefore = deps.db.transaction(() => {
        const now = guardedNow(deps.db, deps.clock.now(), iso(deps.clock.now()));
        return lockRemaining(deps.db, username, now);
      })();
      if (waitBefore > 0) throw throttled(waitBefore);

      // Unknown usernames verify against a dummy hash: same work, same answer, same delay.
      const user = findUserByUsername(deps.db, username);
      const matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash(deps)));
      const valid = matches && user !== undefined && user.active === 1;

      // The failure must be committed, so the transaction returns the outcome and we throw after it.
      const outcome = deps.db.transaction(() => {
        const now = guardedNow(deps.db, deps.clock.now(), iso(deps.clock.now()));
        const at = iso(now);
        const wait = lockRemaining(deps.db, username, now);
        if (wait > 0) return { kind: 'locked' as const, wait };
        if (!valid) {
          const lock = recordFailure(deps.db, username, now);
          appendAudit(deps.db, {
            at,
            actorUserId: user?.id ?? null,
            // A mistyped password often lands in the username box: never log unknown names.
            actorLabel: user ? user.username : '(tidak dikenal)',
            action: lock > 0 ? 'login_throttled' : 'login_failed',
            entity: 'auth',
          });
          return lock > 0 ? { kind: 'locked' as const, wait: lock } : { kind: 'wrong' as const };
        }
        recordSuccess(deps.db, username);
        const token = Buffer.from(deps.random(32)).toString('base64url');
        createSession(deps.db, user.id, token, now);
        appendAudit(deps.db, { at, actorUserId: user.id, actorLabel: user.username, action: 'login', entity: 'auth' });
        return { kind: 'ok' as const, value: { token, user: toUser(user) } };
      })();
      if (outcome.kind === 'locked') throw throttled(outcome.wait);
      if (outcome.kind === 'wrong') throw new AppError('UNAUTHENTICATED', WRONG);
      return outcome.value;
    },
  },
  'auth.logout': {
    description: 'Keluar: mengakhiri sesi ini.',
    input: emptyInput,
    handler: (_input, call, deps) => {
      const hash = call.sessionTokenHash;
      if (hash && call.user) {
        const user = call.user;
        deps.db.transaction(() => {
          const now = deps.clock.now();
          revokeSession(deps.db, hash, now);
          appendAudit(deps.db, {
            at: iso(now),
            actorUserId: user.id,
            actorLabel: user.username,
            action: 'logout',
            entity: 'auth',
          });
        })();
      }
      return { loggedOut: true };
    },
  },
  'auth.me': {
    description: 'Akun yang sedang masuk dan profil desa.',
    input: emptyInput,
    handler: (_input, call, deps) => {
      const village = getVillage(deps.db);
      if (!call.user || !village) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
      return { user: call.user, village };
    },
  },
};

const dummyHashes = new WeakMap<Deps, Promise<string>>();
function dummyHash(deps: Deps): Promise<string> {
  let hit = dummyHashes.get(deps);
  if (!hit) {
    // Any fixed string works: nobody can log in with it because no user row points at it.
    hit = hashPassword('balai-migran-dummy', deps.random);
    dummyHashes.set(deps, hit);
  }
  return hit;
}
