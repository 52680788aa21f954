import { z } from 'zod';
import { validationError } from '../api/app-error';
import type { MethodTable } from '../api/types';
import { emptyInput } from '../api/zod-messages';
import { appendAudit } from '../audit/audit-log';
import { iso } from '../clock';
import { getVillage } from '../settings/repository';
import { withOwnPassword } from './own-password';
import { hashPassword } from './password-hash';
import { checkPassword } from './password-policy';
import { findUserById, revokeUserSessions, toUser } from './sessions';
import { signedInUser } from './signed-in';
import { REAUTH_WINDOW_MS, recordReauth } from './step-up';

const passwordField = z.string().min(1, 'Wajib diisi.').max(1024, 'Kata sandi terlalu panjang.');

export const accountMethods: MethodTable<'auth.changePassword' | 'auth.logoutEverywhere' | 'auth.confirmPassword'> = {
  'auth.changePassword': {
    description: 'Ganti kata sandi sendiri (wajib setelah admin mengatur ulang); sesi lain diakhiri.',
    input: z.strictObject({ currentPassword: passwordField, newPassword: passwordField }),
    handler: async (input, call, deps) => {
      const user = signedInUser(call);
      const issues = checkPassword(input.newPassword, {
        common: deps.commonPasswords(),
        words: [getVillage(deps.db)?.name ?? '', user.username, user.displayName],
        path: 'newPassword',
      });
      if (issues.length === 0 && input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
        issues.push({ path: 'newPassword', message: 'Kata sandi baru harus berbeda dari kata sandi lama.' });
      }
      if (issues.length > 0) throw validationError(issues);
      return withOwnPassword(deps, user, input.currentPassword, {
        path: 'currentPassword',
        purpose: 'password_change',
        prepare: () => hashPassword(input.newPassword, deps.random),
        onSuccess: (now, newHash) => {
          const at = iso(now);
          deps.db
            .prepare('UPDATE users SET password_hash = ?, must_change_password = 0, updated_at = ? WHERE id = ?')
            .run(newHash, at, user.id);
          // Whoever else holds a session of this account (another PC) must sign in with the new one.
          const ended = revokeUserSessions(deps.db, user.id, now, call.sessionTokenHash);
          appendAudit(deps.db, {
            at,
            actorUserId: user.id,
            actorLabel: user.username,
            action: 'password_change',
            entity: 'user',
            entityId: user.id,
            details: { otherSessionsEnded: ended },
          });
          return { user: toUser(findUserById(deps.db, user.id)!) };
        },
      });
    },
  },
  'auth.logoutEverywhere': {
    description: 'Keluar dari semua perangkat: mengakhiri semua sesi akun ini, termasuk sesi ini.',
    input: emptyInput,
    handler: (_input, call, deps) => {
      const user = signedInUser(call);
      return deps.db.transaction(() => {
        const now = deps.clock.now();
        const ended = revokeUserSessions(deps.db, user.id, now);
        appendAudit(deps.db, {
          at: iso(now),
          actorUserId: user.id,
          actorLabel: user.username,
          action: 'logout_all',
          entity: 'auth',
          details: { sessionsEnded: ended },
        });
        return { sessionsEnded: ended };
      })();
    },
  },
  'auth.confirmPassword': {
    description: 'Ketik ulang kata sandi sebelum ekspor atau penghapusan data (berlaku 5 menit di sesi ini).',
    input: z.strictObject({ password: passwordField }),
    handler: async (input, call, deps) => {
      const user = signedInUser(call);
      const tokenHash = call.sessionTokenHash;
      if (!tokenHash) throw new Error('staff method called without a session');
      return withOwnPassword(deps, user, input.password, {
        path: 'password',
        purpose: 'step_up',
        onSuccess: () => {
          // The plain clock, not the login throttle's high-water mark: requireRecentReauth compares
          // with the plain clock, and a clock set backwards must not make a step-up impossible.
          const now = deps.clock.now();
          recordReauth(deps.db, tokenHash, now);
          appendAudit(deps.db, {
            at: iso(now),
            actorUserId: user.id,
            actorLabel: user.username,
            action: 'reauth',
            entity: 'auth',
          });
          return { confirmedUntil: iso(now + REAUTH_WINDOW_MS) };
        },
      });
    },
  },
};
