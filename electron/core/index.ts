/**
 * The core of Balai Migran: all domain logic and all SQLite access, as a plain Node library.
 * Layer rule: never import `electron`, main, preload, server or renderer (enforced by lint).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createDispatch, type Dispatch } from './api/dispatch';
import type { Deps, Logger } from './api/types';
import { installIndonesianMessages } from './api/zod-messages';
import { loadCommonPasswords } from './auth/password-policy';
import { type Clock, type RandomBytes, systemClock } from './clock';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { type Db, openDatabase } from './db/open';
import { createIdGenerator } from './ids';

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
  try {
    migrate(db, MIGRATIONS);
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new Error(`Basis data rusak (quick_check: ${String(quick)}). Pulihkan dari cadangan.`);
  } catch (err) {
    db.close();
    throw err;
  }
  const clock = options.clock ?? systemClock;
  const random = options.random ?? ((n: number) => randomBytes(n));
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
  return {
    dispatch: createDispatch(deps),
    db,
    close: () => db.close(),
  };
}

export type { Dispatch } from './api/dispatch';
