/**
 * The single contract between every client and the core. Imported by the core, both hosts,
 * the preload and the renderer, so it stays isomorphic: no `electron`, no `node:*`, no DOM,
 * no runtime dependencies. Input validation (zod) lives in the core; these are the types.
 */
import type { MethodDescription, Region, Role, User, VillageProfile } from './domain';
import type { ApiError } from './errors';

/** Every method: one JSON-safe input object, one JSON-safe output. Names are `namespace.verb`. */
export interface Methods {
  'system.health': { input: Record<string, never>; output: { ok: true; version: string; schemaVersion: number } };
  'system.describe': { input: Record<string, never>; output: { methods: MethodDescription[] } };
  'setup.status': { input: Record<string, never>; output: { needsSetup: boolean } };
  'setup.regions': {
    input: { regencyCode?: string };
    output: { regency: Region; villages: Region[]; suggestedCode: string; source: string };
  };
  'setup.complete': {
    input: {
      village: VillageProfile;
      admin: { username: string; displayName: string; password: string };
    };
    output: { user: User };
  };
  'auth.login': { input: { username: string; password: string }; output: { token: string; user: User } };
  'auth.logout': { input: Record<string, never>; output: { loggedOut: true } };
  'auth.me': { input: Record<string, never>; output: { user: User; village: VillageProfile } };
}

export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = Methods[M]['input'];
export type MethodOutput<M extends MethodName> = Methods[M]['output'];

/** Runtime list of method names; the compile-time check below keeps it complete. */
export const METHOD_NAMES = [
  'system.health',
  'system.describe',
  'setup.status',
  'setup.regions',
  'setup.complete',
  'auth.login',
  'auth.logout',
  'auth.me',
] as const satisfies readonly MethodName[];

type MustBeEmpty<T extends never> = T;
export type MethodListIsComplete = MustBeEmpty<Exclude<MethodName, (typeof METHOD_NAMES)[number]>>;

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}

/** What crosses every transport: data, never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one IPC channel the preload may use. */
export const RPC_CHANNEL = 'balai:rpc';

/** What a host offers the renderer (Electron preload or HTTP). */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

/** The session cookie set by the HTTP host on `auth.login`. */
export const SESSION_COOKIE = 'bm_session';

export type { Role };
