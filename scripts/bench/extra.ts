import type { createCore } from '../../electron/core';
import type { Row } from './stats';

/** Feature benchmarks added by later issues; each returns table rows. */
export const EXTRA_BENCHES: ((core: ReturnType<typeof createCore>, base: string, token: string, n: number) => Promise<Row[]>)[] =
  [];
