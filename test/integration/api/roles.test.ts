import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { createSession } from '../../../electron/core/auth/sessions';
import { METHOD_NAMES, type MethodName } from '../../../electron/shared/contract';
import { ROLES, type Role, STAFF_ROLES } from '../../../electron/shared/domain';
import { addUser, completeSetup, memoryCore } from '../../support/core';
import { SAMPLE_INPUTS } from '../../support/sample-inputs';

const DENIED_PUBLIC = { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' };
const DENIED_STAFF = { code: 'FORBIDDEN', message: 'Akun Anda tidak berhak membuka bagian ini.' };

/**
 * The anonymous kiosk may call only these. Adding a method here is a privacy decision: it must
 * never read a stored person. Review before extending.
 */
const PUBLIC_METHODS = new Set<string>([
  'system.health',
  'system.describe',
  'setup.status',
  'setup.regions',
  'setup.complete',
  'auth.login',
  'auth.logout',
  'kiosk.profile',
  'content.search',
  'content.get',
  'content.list',
  'agencies.search',
  'hotlines.list',
  'destinations.list',
  'destinations.get',
  'calo.questions',
  'calo.evaluate',
  'checklist.get',
  'queue.take',
  'queue.display',
]);

describe('permission matrix: every role × method pair', () => {
  it('gives the public role only the reviewed public methods', () => {
    const publicNow = METHOD_NAMES.filter((m) => PERMISSIONS[m].includes('public'));
    for (const m of publicNow) expect(PUBLIC_METHODS, `${m} became public`).toContain(m);
  });

  it('enforces the matrix in dispatch for every pair', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const ids: Partial<Record<Role, string>> = {};
    for (const role of STAFF_ROLES) {
      await addUser(core, `uji_${role}`, role);
      ids[role] = `test-uji_${role}`;
    }
    let n = 0;
    // Each call gets a fresh session, so methods that end sessions (logout) cannot disturb others.
    const tokenFor = (role: Role) => {
      if (role === 'public') return undefined;
      const token = `role-walk-token-${role}-${n++}`;
      createSession(core.db, ids[role]!, token, core.clock.now());
      return token;
    };
    const checked: string[] = [];
    for (const method of METHOD_NAMES as readonly MethodName[]) {
      for (const role of ROLES) {
        const r = await core.dispatch(method, SAMPLE_INPUTS[method] ?? {}, { token: tokenFor(role) });
        const allowed = PERMISSIONS[method].includes(role);
        const denial = role === 'public' ? DENIED_PUBLIC : DENIED_STAFF;
        if (allowed) {
          if (!r.ok) expect({ method, role, ...r.error }).not.toMatchObject(denial);
        } else {
          expect(
            r.ok ? { method, role, ok: true } : { method, role, code: r.error.code, message: r.error.message },
          ).toEqual({
            method,
            role,
            ...denial,
          });
        }
        checked.push(`${method}:${role}`);
      }
    }
    expect(checked.length).toBe(METHOD_NAMES.length * ROLES.length);
  }, 120_000);
});
