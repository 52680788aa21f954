import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Core, createCore } from '../../electron/core';
import { hashPassword } from '../../electron/core/auth/password-hash';
import type { MethodInput, MethodName, Result } from '../../electron/shared/contract';
import type { StaffRole } from '../../electron/shared/domain';

/** A clock tests can move, also backwards. Starts at 2026-11-29 09:00 Asia/Jakarta. */
export function fakeClock(start = Date.parse('2026-11-29T02:00:00.000Z')) {
  return {
    t: start,
    now() {
      return this.t;
    },
    advance(ms: number) {
      this.t += ms;
    },
  };
}

export type FakeClock = ReturnType<typeof fakeClock>;

/** A temp folder removed by the returned cleanup. */
export function tempDir(prefix = 'balai-test-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function memoryCore(clock: FakeClock = fakeClock()): Core & { clock: FakeClock } {
  return Object.assign(createCore({ dbPath: ':memory:', clock, log: quietLog }), { clock });
}

export const quietLog = { error: () => {}, info: () => {} };

export const VALID_SETUP: MethodInput<'setup.complete'> = {
  village: { name: 'Kenanga', regionCode: '32.12.16.2004', address: 'Jl. Raya Kenanga No. 1, Sindang' },
  admin: { username: 'sekdes', displayName: 'Ibu Sekdes', password: 'Sungai-Cimanuk-77' },
};

export async function call<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M> | unknown,
  token?: string,
): Promise<Result<unknown>> {
  return core.dispatch(method, input, { token });
}

export async function completeSetup(core: Core) {
  const r = await core.dispatch('setup.complete', VALID_SETUP);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

export async function login(core: Core, username: string, password: string): Promise<string> {
  const r = await core.dispatch('auth.login', { username, password });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return (r.value as { token: string }).token;
}

/**
 * A set-up village with a signed-in admin, made once and copied for every test that needs a fresh
 * one: setup and login each run scrypt (~0.2 s), and the contract and fuzz suites want a fresh
 * village for every one of 140+ methods. Each copy is its own database file with the admin's
 * session already in it (valid: every copy's fake clock starts where the template's did).
 */
export async function setUpVillageTemplate() {
  const { dir, cleanup } = tempDir('balai-template-');
  const file = path.join(dir, 'template.db');
  const template = createCore({ dbPath: file, clock: fakeClock(), log: quietLog });
  await completeSetup(template);
  const admin = await login(template, VALID_SETUP.admin.username, VALID_SETUP.admin.password);
  template.close();
  let copies = 0;
  return {
    admin,
    open(): Core & { clock: FakeClock } {
      const copy = path.join(dir, `village-${++copies}.db`);
      copyFileSync(file, copy);
      const clock = fakeClock();
      return Object.assign(createCore({ dbPath: copy, clock, log: quietLog }), { clock });
    },
    cleanup,
  };
}

/** Adds a staff account straight into the db (the users.* methods come with the desk issue). */
export async function addUser(core: Core, username: string, role: StaffRole, password = 'Padi-Menguning-2026') {
  const hash = await hashPassword(password);
  const at = new Date().toISOString();
  core.db
    .prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
    )
    .run(`test-${username}`, username, `Petugas ${username}`, role, hash, at, at);
  return { username, password };
}

/** Row counts of every table: equal before and after proves a rejected call wrote nothing. */
export function tableCounts(core: Core): Record<string, number> {
  const tables = core.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (core.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}
