import type { Result } from '../../../electron/shared/contract';
import type { KioskProfile } from '../../../electron/shared/kiosk';

/** Whether this database is the generated demo village, learnt once per page load. */
export interface DemoFlag {
  /** The answer once known; undefined before (or after a failed ask). */
  current(): boolean | undefined;
  /** Asks at most once at a time; a failed ask is forgotten so a later screen asks again. */
  load(): Promise<boolean>;
}

export function createDemoFlag(ask: () => Promise<Result<KioskProfile>>): DemoFlag {
  let known: boolean | undefined;
  let pending: Promise<boolean> | null = null;
  return {
    current: () => known,
    load() {
      if (known !== undefined) return Promise.resolve(known);
      pending ??= ask()
        .then((result) => {
          if (!result.ok) return false;
          known = result.value.demo === true;
          return known;
        })
        .catch(() => false)
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}
