/**
 * The core of Balai Migran: all domain logic and all SQLite access, as a plain Node library.
 * Layer rule: never import `electron`, main, preload, server or renderer (enforced by lint).
 */
import path from 'node:path';
import { createDispatch, type Dispatch } from './api/dispatch';
import type { Deps, Logger } from './api/types';
import { installIndonesianMessages } from './api/zod-messages';
import { loadCommonPasswords } from './auth/password-policy';
import { type Clock, iso, type RandomBytes, systemClock } from './clock';
import { syncSeedContent } from './content/seed-sync';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { type Db, openDatabase } from './db/open';
import { createIdGenerator } from './ids';
import { seedKioskContent } from './kiosk/seed';
import { pooledRandomBytes } from './random-pool';
import { getSetting, putSetting } from './settings/repository';

export interface CoreOptions {
  /** SQLite file path, or ':memory:' in tests. */
  dbPath: string;
  clock?: Clock;
  random?: RandomBytes;
  version?: string;
  /** Folder holding regions/, security/ and content/; defaults to the repository's resources/. */
  resourcesDir?: string;
  log?: Logger;
}

export interface Core {
  dispatch: Dispatch;
  /** Exposed for tests, backups and benchmarks; hosts use dispatch only. */
  db: Db;
  /** Whether this open ran quick_check (after an unclean shutdown) and how long it took. */
  startup: { quickCheck: 'ok' | 'skipped'; ms: number };
  /** Marks a clean shutdown, checkpoints the WAL and closes. Safe to call twice. */
  close(): void;
}

export const DEFAULT_RESOURCES_DIR = path.resolve(__dirname, '..', '..', 'resources');
export const APP_VERSION = '0.1.0';

const consoleLogger: Logger = {
  error: (message, err) => console.error(`[core] ${message}`, err),
  info: (message) => console.info(`[core] ${message}`),
};

export function createCore(options: CoreOptions): Core {
  installIndonesianMessages();
  const db = openDatabase(options.dbPath);
  let startup: Core['startup'];
  try {
    migrate(db, MIGRATIONS);
    startup = checkAfterUncleanShutdown(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const clock = options.clock ?? systemClock;
  const random = options.random ?? pooledRandomBytes();
  const resourcesDir = options.resourcesDir ?? DEFAULT_RESOURCES_DIR;
  let common: Set<string> | undefined;
  const deps: Deps = {
    db,
    clock,
    random,
    newId: createIdGenerator(clock, random),
    version: options.version ?? APP_VERSION,
    resourcesDir,
    log: options.log ?? consoleLogger,
    commonPasswords: () => {
      common ??= loadCommonPasswords(resourcesDir);
      return common;
    },
  };
  seedKioskContent(deps);
  syncSeedContent(db, resourcesDir, iso(clock.now()), { log: deps.log, newId: deps.newId });
  return {
    dispatch: createDispatch(deps),
    db,
    startup,
    close: () => {
      if (!db.open) return;
      putSetting(db, CLEAN_SHUTDOWN, true, iso(clock.now()));
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

const CLEAN_SHUTDOWN = 'db.cleanShutdown';

/**
 * `quick_check` reads every page (seconds on a large file and an old disk), so it runs when the
 * last session did not end cleanly — a power cut, a crash, a killed process — or on a new file.
 * A clean close sets a marker; opening clears it, so the next crash is always detected.
 */
function checkAfterUncleanShutdown(db: Db): { quickCheck: 'ok' | 'skipped'; ms: number } {
  const t0 = performance.now();
  const clean = getSetting<boolean>(db, CLEAN_SHUTDOWN, false);
  if (!clean) {
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new Error(`Basis data rusak (quick_check: ${String(quick)}). Pulihkan dari cadangan.`);
  }
  putSetting(db, CLEAN_SHUTDOWN, false, new Date().toISOString());
  return { quickCheck: clean ? 'skipped' : 'ok', ms: performance.now() - t0 };
}

export type { Dispatch } from './api/dispatch';
