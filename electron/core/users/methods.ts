import { z } from 'zod';
import { STAFF_ROLES, type User } from '../../shared/domain';
import { AppError, validationError } from '../api/app-error';
import type { Deps, MethodTable } from '../api/types';
import { emptyInput, text } from '../api/zod-messages';
import { type AuditAction, appendAudit } from '../audit/audit-log';
import { recordSuccess } from '../auth/login-throttle';
import { hashPassword } from '../auth/password-hash';
import { checkPassword } from '../auth/password-policy';
import { findUserById, revokeUserSessions } from '../auth/sessions';
import { signedInUser } from '../auth/signed-in';
import { iso } from '../clock';
import type { Db } from '../db/open';
import { getVillage } from '../settings/repository';
import { usernameSchema } from '../setup/methods';
import { countActiveAdmins, getUserSummary, listUsers, usernameTaken } from './repository';

const idField = z.string().min(1, 'Wajib diisi.').max(64, 'Kode akun tidak dikenal.');
const passwordField = z.string().min(1, 'Wajib diisi.').max(1024, 'Kata sandi terlalu panjang.');
const roleField = z.enum(
  STAFF_ROLES,
  'Pilih peran: Admin, Petugas Layanan, Pendamping Rumah Edukasi, atau Pimpinan Desa.',
);

const NOT_FOUND = 'Akun tidak ditemukan. Muat ulang daftar akun.';

function passwordIssues(deps: Deps, password: string, words: string[], path: string) {
  return checkPassword(password, {
    common: deps.commonPasswords(),
    words: [getVillage(deps.db)?.name ?? '', ...words],
    path,
  });
}

function audit(
  deps: Deps,
  actor: User,
  action: AuditAction,
  targetId: string,
  details: Record<string, string | number>,
) {
  appendAudit(deps.db, {
    at: iso(deps.clock.now()),
    actorUserId: actor.id,
    actorLabel: actor.username,
    action,
    entity: 'user',
    entityId: targetId,
    details,
  });
}

/**
 * Why this account may not be disabled, or null. An admin cannot lock themself out, and the
 * village must always keep one active admin (otherwise nobody can manage accounts or restore a
 * backup). Through the API the caller is an active admin, so the self rule already implies the
 * last-admin rule; it is checked on its own so a later role-change method cannot bypass it.
 */
export function disableBlocker(db: Db, actorId: string, target: { id: string; role: string; active: number }) {
  if (target.id === actorId) return 'Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin lain.';
  if (target.role === 'admin' && target.active === 1 && countActiveAdmins(db) <= 1) {
    return 'Ini satu-satunya admin yang aktif. Buat atau aktifkan admin lain terlebih dahulu.';
  }
  return null;
}

/** Admin-only account management (issue 4.1). Accounts are never deleted: their ids sign records. */
export const userMethods: MethodTable<
  'users.create' | 'users.list' | 'users.disable' | 'users.enable' | 'users.resetPassword'
> = {
  'users.create': {
    description: 'Admin membuat akun petugas baru dengan peran dan kata sandi awal.',
    input: z.strictObject({
      username: usernameSchema,
      displayName: text(2, 100),
      role: roleField,
      password: passwordField,
    }),
    handler: async (input, call, deps) => {
      const actor = signedInUser(call);
      const taken = 'Nama pengguna ini sudah dipakai. Pilih nama lain.';
      if (usernameTaken(deps.db, input.username)) {
        throw new AppError('CONFLICT', taken, { issues: [{ path: 'username', message: taken }] });
      }
      const issues = passwordIssues(deps, input.password, [input.username, input.displayName], 'password');
      if (issues.length > 0) throw validationError(issues);
      const hash = await hashPassword(input.password, deps.random);
      const id = deps.newId();
      return deps.db.transaction(() => {
        // Checked again: another admin may have taken the name while scrypt ran.
        if (usernameTaken(deps.db, input.username)) {
          throw new AppError('CONFLICT', taken, { issues: [{ path: 'username', message: taken }] });
        }
        const at = iso(deps.clock.now());
        deps.db
          .prepare(
            `INSERT INTO users (id, username, display_name, role, password_hash, active, must_change_password, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
          )
          .run(id, input.username, input.displayName, input.role, hash, at, at);
        audit(deps, actor, 'create', id, { role: input.role });
        return { user: getUserSummary(deps.db, id)! };
      })();
    },
  },
  'users.list': {
    description: 'Daftar semua akun petugas, aktif dan nonaktif, dengan waktu terakhir dipakai.',
    input: emptyInput,
    handler: (_input, _call, deps) => ({ users: listUsers(deps.db) }),
  },
  'users.disable': {
    description: 'Menonaktifkan akun petugas dan mengakhiri semua sesinya.',
    input: z.strictObject({ id: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      return deps.db.transaction(() => {
        const target = findUserById(deps.db, input.id);
        if (!target) throw new AppError('NOT_FOUND', NOT_FOUND);
        const blocked = disableBlocker(deps.db, actor.id, target);
        if (blocked) throw new AppError('CONFLICT', blocked);
        const now = deps.clock.now();
        deps.db.prepare('UPDATE users SET active = 0, updated_at = ? WHERE id = ?').run(iso(now), target.id);
        const ended = revokeUserSessions(deps.db, target.id, now);
        if (target.active === 1) audit(deps, actor, 'account_disable', target.id, { sessionsEnded: ended });
        return { user: getUserSummary(deps.db, target.id)!, sessionsEnded: ended };
      })();
    },
  },
  'users.enable': {
    description: 'Mengaktifkan kembali akun petugas yang dinonaktifkan.',
    input: z.strictObject({ id: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      return deps.db.transaction(() => {
        const target = findUserById(deps.db, input.id);
        if (!target) throw new AppError('NOT_FOUND', NOT_FOUND);
        if (target.active === 0) {
          deps.db
            .prepare('UPDATE users SET active = 1, updated_at = ? WHERE id = ?')
            .run(iso(deps.clock.now()), target.id);
          audit(deps, actor, 'account_enable', target.id, {});
        }
        return { user: getUserSummary(deps.db, target.id)! };
      })();
    },
  },
  'users.resetPassword': {
    description: 'Admin mengatur kata sandi sementara; petugas wajib menggantinya saat masuk berikutnya.',
    input: z.strictObject({ id: idField, temporaryPassword: passwordField }),
    handler: async (input, call, deps) => {
      const actor = signedInUser(call);
      const target = findUserById(deps.db, input.id);
      if (!target) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (target.id === actor.id) {
        throw new AppError('CONFLICT', 'Untuk akun Anda sendiri, gunakan menu Ganti Kata Sandi.');
      }
      const issues = passwordIssues(
        deps,
        input.temporaryPassword,
        [target.username, target.display_name],
        'temporaryPassword',
      );
      if (issues.length > 0) throw validationError(issues);
      const hash = await hashPassword(input.temporaryPassword, deps.random);
      return deps.db.transaction(() => {
        const now = deps.clock.now();
        const changed = deps.db
          .prepare('UPDATE users SET password_hash = ?, must_change_password = 1, updated_at = ? WHERE id = ?')
          .run(hash, iso(now), target.id).changes;
        if (changed === 0) throw new AppError('NOT_FOUND', NOT_FOUND);
        const ended = revokeUserSessions(deps.db, target.id, now);
        // A reset is how a locked-out colleague gets back in: clear their failed-login counter too.
        recordSuccess(deps.db, target.username);
        // Never the password itself; only that it was reset and what it ended.
        audit(deps, actor, 'password_reset', target.id, { sessionsEnded: ended });
        return { user: getUserSummary(deps.db, target.id)!, sessionsEnded: ended };
      })();
    },
  },
};
