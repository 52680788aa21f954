import type { MethodName, Result } from '../shared/contract';

/**
 * Staff session tokens, kept in the main process, one per webContents.
 *
 * Why in main: the HTTP host keeps the token in an HttpOnly cookie the page cannot read; this is
 * the desktop equivalent. The renderer calls `auth.login` and from then on main adds the token to
 * every call from that webContents, so the renderer never has to store or send it. The login
 * result still reaches the renderer unchanged (token included), so both hosts return exactly what
 * the contract says; the renderer simply does not need it.
 */
export class SessionTokens {
  private readonly byContents = new Map<number, string>();
  private readonly watched = new Set<number>();

  get(contentsId: number): string | undefined {
    return this.byContents.get(contentsId);
  }

  /** Applies `tokenAfterCall`; returns the token now held. */
  record(contentsId: number, method: MethodName, result: Result<unknown>): string | undefined {
    const next = tokenAfterCall(method, result, this.get(contentsId));
    if (next === undefined) this.byContents.delete(contentsId);
    else this.byContents.set(contentsId, next);
    return next;
  }

  /** True the first time it is asked for a webContents: the caller then watches it close. */
  startWatching(contentsId: number): boolean {
    if (this.watched.has(contentsId)) return false;
    this.watched.add(contentsId);
    return true;
  }

  /** The webContents is gone: drop its token. */
  forget(contentsId: number): void {
    this.byContents.delete(contentsId);
    this.watched.delete(contentsId);
  }

  get size(): number {
    return this.byContents.size;
  }
}

/**
 * The token to hold after a call: a successful `auth.login` replaces it, `auth.logout` clears it
 * (whatever the outcome: after asking to log out, the window must be anonymous), anything else
 * leaves it as it was.
 */
export function tokenAfterCall(
  method: MethodName,
  result: Result<unknown>,
  current: string | undefined,
): string | undefined {
  if (method === 'auth.logout') return undefined;
  if (method === 'auth.login' && result.ok) {
    const token = (result.value as { token?: unknown } | null)?.token;
    return typeof token === 'string' && token.length > 0 ? token : current;
  }
  return current;
}
