import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../electron/shared/contract';

export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; code: string }
  | { kind: 'ready'; value: T };

/**
 * Loads data for a screen and reloads whenever `key` changes (e.g. the slug or the language).
 * An answer that arrives after the key moved on is dropped, so a slow reply never overwrites a
 * newer one.
 */
export function useLoad<T>(key: string, load: () => Promise<Result<T>>): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` and `attempt` are the triggers; the load itself is read through a ref.
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    loadRef.current().then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { kind: 'ready', value: result.value }
            : { kind: 'failed', message: result.error.message, code: result.error.code },
        );
      },
      (err: unknown) => {
        if (current) setState({ kind: 'failed', message: String(err), code: 'INTERNAL' });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
