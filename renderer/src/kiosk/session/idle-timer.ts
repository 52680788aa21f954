/**
 * The kiosk's idle logic, free of React and the DOM so it can be tested with a fake clock.
 *
 * A visitor who walks away must not leave their screen to the next person (anchors.md §0 lesson
 * 5). After `idleMs` without a touch everything resets; for the last `warnMs` of that time the
 * kiosk asks "Apakah Anda masih di sini?" and counts down, so a slow reader is not cut off.
 */

export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type IdlePhase = { kind: 'active' } | { kind: 'warning'; secondsLeft: number };

export interface IdleTimerOptions {
  /** Time without activity after which the visitor's session is reset. */
  idleMs: number;
  /** How long before the reset the countdown is shown. */
  warnMs: number;
  clock: IdleClock;
  onPhase(phase: IdlePhase): void;
  onExpire(): void;
  /**
   * Asked when the warning is due. False (nothing to forget, e.g. an untouched home screen)
   * skips the dialog and starts a new idle period quietly.
   */
  shouldWarn?(): boolean;
}

export interface IdleTimer {
  start(): void;
  /** A touch, a key or a scroll by the visitor. During the countdown it counts as "still here". */
  activity(): void;
  /** The "Ya, saya masih di sini" button. */
  stillHere(): void;
  stop(): void;
  phase(): IdlePhase;
}

/** The countdown: a third of the idle time, at least 10 s to read the question, at most 20 s. */
export function countdownSeconds(idleSeconds: number): number {
  return Math.min(idleSeconds, Math.max(10, Math.min(20, Math.round(idleSeconds / 3))));
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const { clock, idleMs } = options;
  const warnMs = Math.min(options.warnMs, idleMs);
  const warnAfterMs = idleMs - warnMs;
  let lastActivity = 0;
  let handle: unknown = null;
  let running = false;
  let current: IdlePhase = { kind: 'active' };

  const setPhase = (next: IdlePhase) => {
    const same =
      next.kind === current.kind &&
      (next.kind === 'active' || next.secondsLeft === (current as typeof next).secondsLeft);
    current = next;
    if (!same) options.onPhase(next);
  };

  const schedule = (callback: () => void, ms: number) => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = clock.setTimeout(
      () => {
        handle = null;
        if (running) callback();
      },
      Math.max(0, ms),
    );
  };

  const restart = () => {
    lastActivity = clock.now();
    setPhase({ kind: 'active' });
    schedule(check, warnAfterMs);
  };

  // Activity only moves `lastActivity`; the one pending timeout re-checks when it fires, so a
  // stream of key presses costs no timer churn.
  function check() {
    const elapsed = clock.now() - lastActivity;
    if (elapsed < warnAfterMs) {
      schedule(check, warnAfterMs - elapsed);
      return;
    }
    if (options.shouldWarn && !options.shouldWarn()) {
      restart();
      return;
    }
    tick();
  }

  function tick() {
    const left = lastActivity + idleMs - clock.now();
    if (left <= 0) {
      setPhase({ kind: 'active' });
      options.onExpire();
      if (running) restart();
      return;
    }
    setPhase({ kind: 'warning', secondsLeft: Math.ceil(left / 1000) });
    // Wake at the next whole-second boundary of the remaining time, so the number on screen
    // changes once per second and reaches 0 exactly at the deadline.
    schedule(tick, left % 1000 || 1000);
  }

  return {
    start() {
      running = true;
      restart();
    },
    activity() {
      if (!running) return;
      if (current.kind === 'warning') restart();
      else lastActivity = clock.now();
    },
    stillHere() {
      if (running) restart();
    },
    stop() {
      running = false;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
    },
    phase: () => current,
  };
}
