import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { Result } from '../../../electron/shared/contract';
import { StepUpDialog } from './StepUpDialog';
import { needsStepUp } from './step-up';

export interface StepUp {
  /**
   * Runs `call`; when the core asks for the password again, shows the dialog and, once the
   * password is confirmed, runs `call` once more. Resolves to null when the person cancels.
   */
  run<T>(call: () => Promise<Result<T>>): Promise<Result<T> | null>;
  /** Render this somewhere in the screen that uses the hook. */
  dialog: ReactNode;
}

export function useStepUp(): StepUp {
  const [open, setOpen] = useState(false);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        settle.current = resolve;
        setOpen(true);
      }),
    [],
  );

  const finish = useCallback((confirmed: boolean) => {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = null;
  }, []);

  const run = useCallback(
    async <T,>(call: () => Promise<Result<T>>): Promise<Result<T> | null> => {
      const first = await call();
      if (!needsStepUp(first)) return first;
      if (!(await ask())) return null;
      return call();
    },
    [ask],
  );

  const dialog = open ? <StepUpDialog onConfirmed={() => finish(true)} onCancel={() => finish(false)} /> : null;
  return { run, dialog };
}
