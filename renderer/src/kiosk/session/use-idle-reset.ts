import { useEffect, useRef, useState } from 'react';
import { countdownSeconds, createIdleTimer, type IdlePhase, type IdleTimer } from './idle-timer';

/** What counts as "someone is using the screen". Not pointer moves: a mouse left alone can drift. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Wires the pure idle timer to the window: activity events, the browser clock, and the phase
 * React shows (the countdown dialog). `shouldWarn` and `onExpire` are read through a ref, so a
 * new callback never restarts the timer.
 */
export function useIdleReset(
  idleSeconds: number,
  handlers: { onExpire(): void; shouldWarn(): boolean },
): { phase: IdlePhase; stillHere(): void } {
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });
  const timerRef = useRef<IdleTimer | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const timer = createIdleTimer({
      idleMs: idleSeconds * 1000,
      warnMs: countdownSeconds(idleSeconds) * 1000,
      clock: {
        now: () => Date.now(),
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
      onPhase: setPhase,
      onExpire: () => handlersRef.current.onExpire(),
      shouldWarn: () => handlersRef.current.shouldWarn(),
    });
    timerRef.current = timer;
    const onActivity = () => timer.activity();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    timer.start();
    return () => {
      timer.stop();
      timerRef.current = null;
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [idleSeconds]);

  return { phase, stillHere: () => timerRef.current?.stillHere() };
}
