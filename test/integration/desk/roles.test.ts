import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import type { MethodName } from '../../../electron/shared/contract';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';
import { addPerson, DESK_METHODS, type DeskCore, type DeskRole, deskCore, ok } from './fixture';

/** What each role gets from each desk method: the role walk of issue 4. */
function expected(method: MethodName, role: DeskRole | 'public'): 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (method === 'queue.display') return 'ok'; // the TV screen: numbers only
  if (role === 'public') return 'UNAUTHENTICATED';
  if (role === 'admin' || role === 'desk' || role === 'desk2') return 'ok';
  if (role === 'viewer' && method === 'queue.today') return 'ok'; // numbers only, no names
  return 'FORBIDDEN';
}

describe('role walk over the desk methods', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
  });

  it('the permission matrix says the same as this table', () => {
    const roleName = { admin: 'admin', desk: 'desk_officer', educator: 'educator', viewer: 'viewer' } as const;
    for (const m of DESK_METHODS) {
      const allowed = PERMISSIONS[m];
      expect(allowed.includes('public'), m).toBe(expected(m, 'public') === 'ok');
      for (const [role, name] of Object.entries(roleName)) {
        expect(allowed.includes(name), `${m} ${name}`).toBe(expected(m, role as DeskRole) === 'ok');
      }
    }
  });

  let people = 0;
  /** The shared fixtures build one fixed person (one NIK) per core; here every call needs its own. */
  async function inputFor(method: MethodName): Promise<unknown> {
    if (method.startsWith('journeys.') && method !== 'journeys.lists') {
      const { personId } = await addPerson(d.core, d.tokens.admin, `Warga Uji ${String.fromCharCode(65 + people++)}`);
      if (method === 'journeys.create') return { personId, status: 'planned' };
      const j = await ok(d.core, 'journeys.create', { personId, status: 'planned' }, d.tokens.admin);
      if (method === 'journeys.listByPerson') return { personId };
      return method === 'journeys.update' ? { id: j.id, version: 1, status: 'registered' } : { id: j.id };
    }
    const fixture = SAMPLE_FIXTURES[method] as ((c: DeskCore['core'], t: string) => Promise<unknown>) | undefined;
    return fixture ? fixture(d.core, d.tokens.admin) : SAMPLE_INPUTS[method];
  }

  const pairs = DESK_METHODS.flatMap((m) =>
    (['public', 'admin', 'desk', 'educator', 'viewer'] as const).map((role) => [m, role] as const),
  );

  it.each(pairs)('%s as %s', async (method, role) => {
    const want = expected(method, role);
    const input = want === 'ok' ? await inputFor(method) : SAMPLE_INPUTS[method];
    const token = role === 'public' ? undefined : d.tokens[role];
    const r = await d.core.dispatch(method, input, { token });
    if (want === 'ok') expect(r.ok, JSON.stringify(r)).toBe(true);
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(want);
        expect(r.error.message).toMatch(want === 'FORBIDDEN' ? /tidak berhak/ : /masuk/);
      }
    }
  });

  it('nothing a public caller may use returns a stored person', async () => {
    const publicDesk = DESK_METHODS.filter((m) => PERMISSIONS[m].includes('public'));
    expect(publicDesk).toEqual(['queue.display']);
  });
});
