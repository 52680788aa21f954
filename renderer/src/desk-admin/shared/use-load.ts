import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../electron/shared/contract';
import type { ApiError } from '../../../../electron/shared/errors';

export interface Loaded<T> {
  status: 'loading' | 'ready' | 'failed';
  /** The last good value, kept while a reload runs so a table does not flicker away. */
  value: T | null;
  error: ApiError | null;
}

/**
 * Loads with `fetcher` whenever it changes (memoise it with useCallback on its inputs), and on
 * reload(). An answer that arrives after a newer request started is dropped.
 */
export function useLoad<T>(fetcher: () => Promise<Result<T>>) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', value: null, error: null });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    // `round` is read so that reload() runs the effect again.
    void round;
    setState((s) => ({ ...s, status: 'loading' }));
    void fetcher().then((result) => {
      if (!live) return;
      setState((s) =>
        result.ok
          ? { status: 'ready', value: result.value, error: null }
          : { status: 'failed', value: s.value, error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [fetcher, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((value: T) => setState({ status: 'ready', value, error: null }), []);
  return { ...state, reload, replace };
}
