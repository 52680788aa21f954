import type { IdleClock } from '../../../renderer/src/kiosk/session/idle-timer';

/** A hand-driven clock: timers fire only when the test advances time, in due order. */
export function createFakeClock(start = 0) {
  let now = start;
  let nextId = 1;
  let timers: { id: number; at: number; callback: () => void }[] = [];
  const clock: IdleClock = {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.push({ id, at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
  };
  return {
    clock,
    pending: () => timers.length,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.callback();
      }
      now = end;
    },
  };
}
