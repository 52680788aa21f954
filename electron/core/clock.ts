/** Injected everywhere time matters, so tests can move it (also backwards). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Random bytes source; injected so tests are reproducible. */
export type RandomBytes = (size: number) => Uint8Array;

export const iso = (ms: number) => new Date(ms).toISOString();

/** `YYYY-MM-DD` in Asia/Jakarta (UTC+7, no daylight saving). */
export function jakartaDate(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}
