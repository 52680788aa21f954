import { expect } from 'vitest';
import type { Core } from '../../../electron/core';
import { deskMethods } from '../../../electron/core/desk/methods';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../../electron/shared/contract';
import type { ApiError } from '../../../electron/shared/errors';
import type { ConsentPurpose } from '../../../electron/shared/people';
import { addUser, completeSetup, type FakeClock, login, memoryCore, VALID_SETUP } from '../../support/core';

/** The desk's methods (issue 4 records half), as registered. */
export const DESK_METHODS = Object.keys(deskMethods) as (keyof typeof deskMethods)[];

export type DeskRole = 'admin' | 'desk' | 'desk2' | 'educator' | 'viewer';

/** A set-up village with one account per role (two desk officers, for conflicts). */
export async function deskCore(clock?: FakeClock) {
  const core = memoryCore(clock);
  await completeSetup(core);
  const accounts = [
    await addUser(core, 'petugas', 'desk_officer'),
    await addUser(core, 'petugas2', 'desk_officer'),
    await addUser(core, 'pendamping', 'educator'),
    await addUser(core, 'kuwu', 'viewer'),
  ];
  const tokens: Record<DeskRole, string> = {
    admin: await login(core, VALID_SETUP.admin.username, VALID_SETUP.admin.password),
    desk: await login(core, accounts[0].username, accounts[0].password),
    desk2: await login(core, accounts[1].username, accounts[1].password),
    educator: await login(core, accounts[2].username, accounts[2].password),
    viewer: await login(core, accounts[3].username, accounts[3].password),
  };
  const credentials: Record<DeskRole, { username: string; password: string }> = {
    admin: VALID_SETUP.admin,
    desk: accounts[0],
    desk2: accounts[1],
    educator: accounts[2],
    viewer: accounts[3],
  };
  /** New sessions after the clock moved past the idle limit (10 minutes). */
  const relogin = async (roles: DeskRole[] = ['desk', 'desk2']) => {
    for (const role of roles) tokens[role] = await login(core, credentials[role].username, credentials[role].password);
  };
  return { core, clock: core.clock, tokens, relogin };
}

export type DeskCore = Awaited<ReturnType<typeof deskCore>>;

/** Dispatches and returns the value, failing the test with the error when the call failed. */
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

/** Dispatches input that must fail, and returns the error. */
export async function fails(core: Core, method: MethodName, input: unknown, token?: string): Promise<ApiError> {
  const r: Result<unknown> = await core.dispatch(method, input, { token });
  if (r.ok) expect.fail(`${method} should have failed but returned ${JSON.stringify(r.value)}`);
  return r.error;
}

/** A person registered through the real people API, with a consent for the given purposes. */
export async function addPerson(
  core: Core,
  token: string,
  fullName: string,
  purposes: ConsentPurpose[] = ['consultation', 'migrant_register'],
) {
  const r = await ok(
    core,
    'people.create',
    {
      fullName,
      sex: 'P',
      consent: { givenBy: 'self', purposes, method: 'written', textVersion: '2026-01' },
    },
    token,
  );
  return { personId: r.person.id, consentId: r.consent.id };
}

/** A P3MI row as the registry import would leave it (the import itself is tested by the kiosk). */
export function addAgency(core: Core, id: string, name: string, licence: string) {
  core.db
    .prepare(
      `INSERT INTO agencies (id, name, name_normalized, licence_number, status, valid_until, address, source, data_as_of,
         imported_at, import_batch)
       VALUES (?, ?, lower(?), ?, 'active', '2028-12-31', NULL, 'Uji', '2026-11-01', '2026-11-01T00:00:00.000Z', 'uji')`,
    )
    .run(id, name, name, licence);
  return id;
}

/** A ticket taken at the kiosk, through the public method. */
export async function takeTicket(core: Core, service: 'konsultasi' | 'pengaduan' | 'edukasi' = 'konsultasi') {
  const r = await core.dispatch('queue.take', { service });
  if (!r.ok) expect.fail(JSON.stringify(r.error));
  const ticket = (r.value as { ticket: string }).ticket;
  const row = core.db
    .prepare('SELECT id FROM queue_tickets WHERE prefix = ? AND number = ? ORDER BY taken_at DESC LIMIT 1')
    .get(ticket.slice(0, 1), Number(ticket.slice(2))) as { id: string };
  return { id: row.id, ticket };
}

export function auditRows(core: Core, entity: string) {
  return core.db
    .prepare(
      'SELECT action, entity, entity_id, subject_person_id, details FROM audit_log WHERE entity = ? ORDER BY seq',
    )
    .all(entity) as {
    action: string;
    entity: string;
    entity_id: string | null;
    subject_person_id: string | null;
    details: string;
  }[];
}

export const ANON = { kind: 'anonymous' as const, label: 'Ibu dari Dusun 2' };

export const MINIMAL_CONSULTATION: MethodInput<'consultations.create'> = {
  channel: 'walk_in',
  visitor: ANON,
  relation: 'parent',
  topics: ['costs'],
};
