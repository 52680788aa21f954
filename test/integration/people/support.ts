import { expect } from 'vitest';
import type { Core } from '../../../electron/core';
import type { MethodInput, MethodName, MethodOutput } from '../../../electron/shared/contract';
import type { StaffRole } from '../../../electron/shared/domain';
import type { ApiError } from '../../../electron/shared/errors';
import { addUser, completeSetup, type FakeClock, login, memoryCore, VALID_SETUP } from '../../support/core';
import { SAMPLE_PERSON } from '../../support/sample-inputs';

/** Helpers shared by the people, users and audit integration tests (not a test file itself). */
export type TestCore = Core & { clock: FakeClock };

export const ADMIN = VALID_SETUP.admin;

export async function setUp(): Promise<{ core: TestCore; admin: string }> {
  const core = memoryCore();
  await completeSetup(core);
  return { core, admin: await login(core, ADMIN.username, ADMIN.password) };
}

/** A signed-in account of the role (created straight in the db, then logged in for real). */
export async function signIn(core: Core, role: StaffRole, username: string = role.replace('_', '')): Promise<string> {
  const user = await addUser(core, username, role);
  return login(core, user.username, user.password);
}

export async function ok<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
  token?: string,
): Promise<MethodOutput<M>> {
  const r = await core.dispatch(method, input, { token });
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as MethodOutput<M>;
}

export async function fail(core: Core, method: MethodName, input: unknown, token?: string): Promise<ApiError> {
  const r = await core.dispatch(method, input, { token });
  expect(r.ok, `${method} should fail`).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

export const person = (overrides: Partial<MethodInput<'people.create'>> = {}): MethodInput<'people.create'> => ({
  ...structuredClone(SAMPLE_PERSON),
  ...overrides,
});

export const stepUp = (core: Core, token: string, password: string = ADMIN.password) =>
  ok(core, 'auth.confirmPassword', { password }, token);

export function auditRows(core: Core): Record<string, unknown>[] {
  return core.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
}
