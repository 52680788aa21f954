import { useSyncExternalStore } from 'react';

/**
 * The counter ("Meja 1") this officer calls tickets to. Chosen once and kept in memory for the
 * rest of the app session (not in storage: a shared PC may be used at another desk tomorrow).
 */
export const COUNTERS = ['Meja 1', 'Meja 2', 'Meja 3', 'Meja 4', 'Meja 5'] as const;

let counter: string | null = null;
const listeners = new Set<() => void>();

export function setCounter(next: string | null): void {
  counter = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCounter(): string | null {
  return useSyncExternalStore(subscribe, () => counter);
}
