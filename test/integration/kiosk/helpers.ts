import path from 'node:path';
import { type Core, createCore } from '../../../electron/core';
import { hashPassword } from '../../../electron/core/auth/password-hash';
import type { Db } from '../../../electron/core/db/open';
import { putSetting, SETTING_DEFAULTS } from '../../../electron/core/settings/repository';
import type { Result } from '../../../electron/shared/contract';
import type { StaffRole } from '../../../electron/shared/domain';

export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/kiosk');
export const FIXTURE_RESOURCES = path.join(FIXTURE_DIR, 'resources');

/** 2026-03-10 10:00 in Asia/Jakarta. */
export const T0 = Date.parse('2026-03-10T03:00:00.000Z');

export interface TestClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export function testClock(start = T0): TestClock {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms), advance: (ms) => (t += ms) };
}

export interface TestLog {
  errors: { message: string; err: unknown }[];
  infos: string[];
  error(message: string, err?: unknown): void;
  info(message: string): void;
}

export function testLog(): TestLog {
  const log: TestLog = {
    errors: [],
    infos: [],
    error: (message, err) => log.errors.push({ message, err }),
    info: (message) => log.infos.push(message),
  };
  return log;
}

export interface Harness {
  core: Core;
  clock: TestClock;
  log: TestLog;
  call<T = unknown>(method: string, input: unknown, token?: string): Promise<Result<T>>;
  /** Unwraps an ok result, failing the test with the error otherwise. */
  ok<T = unknown>(method: string, input: unknown, token?: string): Promise<T>;
}

export function harness(options: { dbPath?: string; resourcesDir?: string; clock?: TestClock } = {}): Harness {
  const clock = options.clock ?? testClock();
  const log = testLog();
  const core = createCore({
    dbPath: options.dbPath ?? ':memory:',
    clock,
    resourcesDir: options.resourcesDir ?? FIXTURE_RESOURCES,
    log,
  });
  const call = <T>(method: string, input: unknown, token?: string) =>
    core.dispatch(method, input, { token }) as Promise<Result<T>>;
  return {
    core,
    clock,
    log,
    call,
    ok: async <T>(method: string, input: unknown, token?: string) => {
      const r = await call<T>(method, input, token);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.value;
    },
  };
}

export const VILLAGE = { name: 'Desa Kenanga', regionCode: '32.12.16.2004', address: 'Jl. Balai Desa No. 1' };
export const PASSWORD = 'Uji-Sandi-Panjang-Sekali-2026';

/** What setup.complete stores, written directly so tests need not load the region lists. */
export function setUpVillage(db: Db, at = new Date(T0).toISOString()): void {
  putSetting(db, 'village', VILLAGE, at);
  for (const [key, value] of Object.entries(SETTING_DEFAULTS)) putSetting(db, key, value, at);
}

/** Creates a staff account with a real scrypt hash, then logs in through dispatch. Returns the token. */
let cachedHash: Promise<string> | undefined;

export async function staffToken(h: Harness, role: StaffRole, username = `uji.${role}`): Promise<string> {
  // One real scrypt hash per test file: hashing costs ~0.2 s, logging in verifies it for real.
  cachedHash ??= hashPassword(PASSWORD);
  const hash = await cachedHash;
  const at = new Date(h.clock.now()).toISOString();
  h.core.db
    .prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)`,
    )
    .run(`user-${username}`, username, `Petugas ${role}`, role, hash, at, at);
  const r = await h.ok<{ token: string }>('auth.login', { username, password: PASSWORD });
  return r.token;
}

export const TABLES = ['agencies', 'hotlines', 'queue_tickets', 'audit_log', 'settings', 'users'] as const;

export function tableCounts(db: Db): Record<(typeof TABLES)[number], number> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const t of TABLES) out[t] = (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return out;
}
