import type { createCore } from '../../electron/core';
import { benchContentSearch } from './content-search';
import { benchDesk } from './desk-dataset';
import { benchEdukasi } from './edukasi-dataset';
import { benchImports } from './imports';
import { benchReports } from './reports-dataset';
import { type Row, summarise } from './stats';

type Core = ReturnType<typeof createCore>;
export type ExtraBench = (core: Core, base: string, token: string, n: number) => Promise<Row[]>;

/** Kiosk search runs on its own generated database of 2,000 articles (issue 3's scale). */
const contentSearch: ExtraBench = async () => {
  const rows: Row[] = [];
  await benchContentSearch((name, samples) => {
    const target = /dispatch/.test(name) ? '≤ 10 ms p95, ≤ 2x bare FTS5' : undefined;
    rows.push(summarise(name, 'direct', samples, target));
  });
  return rows;
};

/** Feature benchmarks added by later issues; each returns table rows. */
export const EXTRA_BENCHES: ExtraBench[] = [contentSearch, benchDesk, benchEdukasi, benchImports, benchReports];
