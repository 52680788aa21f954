import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Screens that refresh themselves (today's queue). Every call touches the session in the core,
 * so polling without pause would keep a session alive with nobody at the desk and defeat the
 * idle lock. Polling therefore stops when nobody has used the keyboard or mouse for a while,
 * and resumes (with an immediate refresh) at the next key press or mouse move.
 */
export type PollDecision = 'load' | 'idle' | 'hidden';

export function pollDecision(state: {
  now: number;
  lastActivity: number;
  hidden: boolean;
  idleAfterMs: number;
}): PollDecision {
  if (state.hidden) return 'hidden';
  if (state.now - state.lastActivity >= state.idleAfterMs) return 'idle';
  return 'load';
}

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

export function usePolling(
  load: () => Promise<unknown>,
  everyMs: number,
  idleAfterMs = 2 * 60_000,
): { paused: boolean; lastLoadedAt: Date | null; refresh: () => void } {
  const [paused, setPaused] = useState(false);
  const [lastLoadedAt, setLastLoadedAt] = useState<Date | null>(null);
  const lastActivity = useRef(Date.now());
  const pausedRef = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async () => {
    await loadRef.current();
    setLastLoadedAt(new Date());
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    const schedule = () => {
      timer = window.setTimeout(tick, everyMs);
    };
    // Sequential: the next poll is planned after this one answered, so slow answers never pile up.
    const tick = async () => {
      if (stopped) return;
      const decision = pollDecision({
        now: Date.now(),
        lastActivity: lastActivity.current,
        hidden: document.visibilityState === 'hidden',
        idleAfterMs,
      });
      if (decision === 'idle' && !pausedRef.current) {
        pausedRef.current = true;
        setPaused(true);
      }
      if (decision === 'load') await run();
      if (!stopped) schedule();
    };
    const onActivity = () => {
      lastActivity.current = Date.now();
      if (pausedRef.current) {
        pausedRef.current = false;
        setPaused(false);
        void run();
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    void run().then(() => {
      if (!stopped) schedule();
    });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
    };
  }, [everyMs, idleAfterMs, run]);

  return { paused, lastLoadedAt, refresh: () => void run() };
}
