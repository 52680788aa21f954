import { createContext, use, useSyncExternalStore } from 'react';
import type { MethodName, MethodOutput } from '../../../electron/shared/contract';
import type { Region } from '../../../electron/shared/domain';
import type { ApiError } from '../../../electron/shared/errors';
import { MUST_CHANGE_PASSWORD_MESSAGE } from '../../../electron/shared/users';
import { api } from '../platform/api';
import { ApiCallError, type Client } from '../platform/client';

/** What every staff screen may read: who is signed in, the village, and the app's own health. */
export interface StaffSession {
  user: MethodOutput<'auth.me'>['user'];
  village: MethodOutput<'auth.me'>['village'];
  health: MethodOutput<'system.health'>;
  /** The village's Kemendagri entry and regency, when the region list knows the code. */
  region: { village: Region; regencyName: string } | null;
}

export const StaffSessionContext = createContext<StaffSession | null>(null);

export function useStaffSession(): StaffSession {
  const session = use(StaffSessionContext);
  if (!session) throw new Error('useStaffSession outside StaffArea');
  return session;
}

// ---------------------------------------------------------------------------------------------
// Session interruptions (issue 4). The core ends an idle or too-long session and refuses every
// staff call of an account that still has a temporary password. Screens call the core through
// `staffApi`: such an answer opens the lock screen (mounted by StaffArea) over the page, which
// stays mounted, so nothing the officer typed is lost; once they are back, the call is sent
// again. Safe to resend: the core refused it before doing anything.

export type SessionInterruption = { kind: 'ended' | 'mustChangePassword'; message: string };

export interface SessionGate {
  subscribe(listener: () => void): () => void;
  current(): SessionInterruption | null;
  /** Resolves true when the officer is back (signed in again, password changed), false when they left. */
  interrupt(interruption: SessionInterruption): Promise<boolean>;
  resume(back: boolean): void;
}

export function createSessionGate(): SessionGate {
  let current: SessionInterruption | null = null;
  let waiters: ((back: boolean) => void)[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => current,
    interrupt(interruption) {
      // Several screens may be refused at once (a poll and a save): one lock screen for all.
      if (!current) {
        current = interruption;
        notify();
      }
      return new Promise((resolve) => waiters.push(resolve));
    },
    resume(back) {
      const due = waiters;
      waiters = [];
      current = null;
      notify();
      for (const resolve of due) resolve(back);
    },
  };
}

/** Which refusals mean "the officer must sign in again / change the password", not "this failed". */
export function interruptionOf(method: MethodName, error: ApiError): SessionInterruption | null {
  if (method === 'auth.login' || method === 'auth.logout') return null;
  if (error.code === 'UNAUTHENTICATED') return { kind: 'ended', message: error.message };
  if (error.code === 'FORBIDDEN' && error.message === MUST_CHANGE_PASSWORD_MESSAGE) {
    return { kind: 'mustChangePassword', message: error.message };
  }
  return null;
}

/** A client that waits behind the lock screen and resends the call once the officer is back. */
export function createGuardedClient(client: Client, gate: SessionGate): Client {
  const call: Client['call'] = async (method, ...args) => {
    let result = await client.call(method, ...args);
    // Bounded: a core that keeps refusing after a successful sign-in must not loop forever.
    for (let attempt = 0; attempt < 3 && !result.ok; attempt++) {
      const interruption = interruptionOf(method, result.error);
      if (!interruption || !(await gate.interrupt(interruption))) break;
      result = await client.call(method, ...args);
    }
    return result;
  };
  return {
    call,
    async request(method, ...args) {
      const result = await call(method, ...args);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    },
  };
}

export const sessionGate = createSessionGate();

/** The client for staff screens: the same calls as `api`, with the session lock in between. */
export const staffApi = createGuardedClient(api, sessionGate);

export function useSessionInterruption(): SessionInterruption | null {
  return useSyncExternalStore(sessionGate.subscribe, sessionGate.current);
}
