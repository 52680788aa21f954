import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import type { MethodName } from '../../../electron/shared/contract';
import type { Role } from '../../../electron/shared/domain';
import { ROLES } from '../../../electron/shared/domain';
import { SAMPLE_INPUTS } from '../../support/sample-inputs';
import { ADMIN, setUp, signIn } from '../people/support';

const PASSWORD = 'Padi-Menguning-2026'; // addUser's password for the non-admin roles

/**
 * The decisions of issue 4 (core), written out so a change to permissions.ts shows up here:
 * educators read and register people (children and caregivers are people), viewers never see a
 * person, only admin and desk officers delete, only the admin manages accounts and reads the log.
 */
const EXPECTED: Record<string, readonly Role[]> = {
  'auth.confirmPassword': ['admin', 'desk_officer', 'educator', 'viewer'],
  'auth.changePassword': ['admin', 'desk_officer', 'educator', 'viewer'],
  'users.create': ['admin'],
  'users.list': ['admin'],
  'users.disable': ['admin'],
  'users.enable': ['admin'],
  'users.resetPassword': ['admin'],
  'people.search': ['admin', 'desk_officer', 'educator'],
  'people.checkDuplicates': ['admin', 'desk_officer', 'educator'],
  'people.create': ['admin', 'desk_officer', 'educator'],
  'people.get': ['admin', 'desk_officer', 'educator'],
  'people.update': ['admin', 'desk_officer', 'educator'],
  'people.addConsent': ['admin', 'desk_officer', 'educator'],
  'people.withdrawConsent': ['admin', 'desk_officer', 'educator'],
  'people.delete': ['admin', 'desk_officer'],
  'people.trail': ['admin'],
  'audit.list': ['admin'],
  'audit.verify': ['admin'],
  // Last: it ends the session used for the rest of the walk.
  'auth.logoutEverywhere': ['admin', 'desk_officer', 'educator', 'viewer'],
};
const METHODS = Object.keys(EXPECTED) as MethodName[];

const DENIED_STAFF = 'Akun Anda tidak berhak membuka bagian ini.';

function inputFor(method: MethodName, role: Role): unknown {
  const password = role === 'admin' ? ADMIN.password : PASSWORD;
  if (method === 'auth.confirmPassword') return { password };
  if (method === 'auth.changePassword') return { currentPassword: password, newPassword: 'Jembatan-Merah-88' };
  if (method === 'people.create')
    return { ...SAMPLE_INPUTS['people.create'], nik: undefined, fullName: `Warga ${role}` };
  return SAMPLE_INPUTS[method];
}

describe('role × method walk for accounts, people and audit', () => {
  it('the permission matrix holds exactly the decisions above', () => {
    for (const method of METHODS) expect([...PERMISSIONS[method]].sort(), method).toEqual([...EXPECTED[method]].sort());
  });

  it('every role, the public kiosk included, is allowed or refused with the exact code', async () => {
    const { core, admin } = await setUp();
    const tokens: Record<Role, string | undefined> = {
      public: undefined,
      admin,
      desk_officer: await signIn(core, 'desk_officer'),
      educator: await signIn(core, 'educator'),
      viewer: await signIn(core, 'viewer'),
    };
    const seen: string[] = [];
    for (const role of ROLES) {
      for (const method of METHODS) {
        const r = await core.dispatch(method, inputFor(method, role), { token: tokens[role] });
        const allowed = EXPECTED[method].includes(role);
        const label = `${role} → ${method}: ${JSON.stringify(r)}`;
        if (allowed) {
          // Allowed: whatever the answer (ok, NOT_FOUND for a placeholder id…), never a refusal.
          expect(r.ok || (r.error.code !== 'UNAUTHENTICATED' && r.error.message !== DENIED_STAFF), label).toBe(true);
          expect(r.ok || r.error.code !== 'INTERNAL', label).toBe(true);
        } else if (role === 'public') {
          expect(r, label).toEqual({
            ok: false,
            error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
          });
        } else {
          expect(r, label).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: DENIED_STAFF } });
        }
        seen.push(`${role}:${method}:${allowed ? 'allowed' : 'refused'}`);
      }
    }
    expect(seen).toHaveLength(ROLES.length * METHODS.length);
  });

  it('the public kiosk reaches no method that reads or changes a person, an account or the log', () => {
    for (const [method, roles] of Object.entries(PERMISSIONS)) {
      if (/^(people|users|audit)\./.test(method)) expect(roles, method).not.toContain('public');
    }
  });
});
