import { expect } from 'vitest';
import type { Core } from '../../../electron/core';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../electron/shared/contract';
import type { ApiError } from '../../../electron/shared/errors';
import { addUser, completeSetup, type FakeClock, login, memoryCore, VALID_SETUP } from '../../support/core';
import { SAMPLE_ACTIVITY, SAMPLE_CHILD } from '../../support/sample-inputs';

/** Helpers for the Rumah Edukasi integration tests (not a test file itself). */
export type Role = 'admin' | 'educator' | 'desk' | 'viewer';

/** A set-up village with one account per role. The fake clock starts Sunday 2026-11-29, 09:00 WIB. */
export async function edukasiCore(clock?: FakeClock) {
  const core = memoryCore(clock);
  await completeSetup(core);
  const educator = await addUser(core, 'pendamping', 'educator');
  const desk = await addUser(core, 'petugas', 'desk_officer');
  const viewer = await addUser(core, 'kuwu', 'viewer');
  const tokens: Record<Role, string> = {
    admin: await login(core, VALID_SETUP.admin.username, VALID_SETUP.admin.password),
    educator: await login(core, educator.username, educator.password),
    desk: await login(core, desk.username, desk.password),
    viewer: await login(core, viewer.username, viewer.password),
  };
  return { core, clock: core.clock, tokens, edu: tokens.educator };
}

export type EdukasiCore = Awaited<ReturnType<typeof edukasiCore>>;

export async function ok<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
  token: string,
): Promise<MethodOutput<M>> {
  const r = await core.dispatch(method, input, { token });
  if (!r.ok) expect.fail(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as MethodOutput<M>;
}

export async function fails(core: Core, method: MethodName, input: unknown, token?: string): Promise<ApiError> {
  const r: Result<unknown> = await core.dispatch(method, input, { token });
  if (r.ok) expect.fail(`${method} should have failed but returned ${JSON.stringify(r.value).slice(0, 500)}`);
  return r.error;
}

/** Enrols a fictional child (new person) with a parent's recorded consent. */
export async function enrol(
  core: Core,
  token: string,
  fullName: string,
  overrides: Partial<MethodInput<'children.enrol'>> & { birthDate?: string; sex?: 'L' | 'P' } = {},
) {
  const { birthDate = '2016-06-01', sex = 'L', ...rest } = overrides;
  const r = await ok(
    core,
    'children.enrol',
    { ...structuredClone(SAMPLE_CHILD), person: { kind: 'new', fullName, sex, birthDate }, ...rest },
    token,
  );
  return r.child;
}

/** A children's group with `n` enrolled children; names are fictional and sort in creation order. */
export async function groupOf(core: Core, token: string, n: number, name = 'Kelas Melati') {
  const group = await ok(core, 'groups.create', { name, audience: 'children', ageMin: 6, ageMax: 12 }, token);
  const children = [];
  for (let i = 0; i < n; i++) {
    children.push(
      await enrol(core, token, `Anak Fiktif ${String.fromCharCode(65 + (i % 26))}${String(i).padStart(2, '0')}`),
    );
  }
  await ok(core, 'groups.addMembers', { groupId: group.id, personIds: children.map((c) => c.personId) }, token);
  return { group, children };
}

export async function activity(core: Core, token: string, groupId: string | undefined, date?: string) {
  return ok(core, 'activities.create', { ...SAMPLE_ACTIVITY, groupId, date }, token);
}

/** A new session for a test account (sessions end after 10 hours, e.g. when the clock moved a day). */
export const relogin = (core: Core, username: string) => login(core, username, 'Padi-Menguning-2026');

export function count(core: Core, table: string): number {
  return (core.db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

export function auditOf(
  core: Core,
  entity: string,
): { action: string; subject_person_id: string | null; details: string }[] {
  return core.db
    .prepare('SELECT action, subject_person_id, details FROM audit_log WHERE entity = ? ORDER BY seq')
    .all(entity) as { action: string; subject_person_id: string | null; details: string }[];
}
