import type { z } from 'zod';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Role, User } from '../../shared/domain';
import type { Clock, RandomBytes } from '../clock';
import type { Db } from '../db/open';

/** What every handler may use. Built once by createCore; no module-global state. */
export interface Deps {
  db: Db;
  clock: Clock;
  random: RandomBytes;
  newId: () => string;
  version: string;
  resourcesDir: string;
  log: Logger;
  /** Loaded lazily: files under resources/ read once. */
  commonPasswords: () => Set<string>;
}

export interface Logger {
  error(message: string, err?: unknown): void;
  info(message: string): void;
}

/** Who is calling. Anonymous callers (the kiosk) have role `public` and no user. */
export interface CallContext {
  role: Role;
  user: User | null;
  sessionTokenHash: string | null;
}

export interface MethodSpec<M extends MethodName> {
  /** One line, shown by system.describe. */
  description: string;
  input: z.ZodType<MethodInput<M>, unknown>;
  handler(input: MethodInput<M>, call: CallContext, deps: Deps): MethodOutput<M> | Promise<MethodOutput<M>>;
}

export type MethodTable<K extends MethodName = MethodName> = { [M in K]: MethodSpec<M> };
