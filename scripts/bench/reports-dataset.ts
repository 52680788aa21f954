/**
 * Laporan at bench scale (issue 6). `seedReports` fills the bench database with the demo
 * generator (the same one `npm run serve -- --demo` uses) at "desa-10y" or "10x". `benchReports`
 * times, through dispatch and through the HTTP host:
 * - each standard report for the last full month and quarter, against its SQL floor: the very
 *   statements the report runs, prepared once and executed bare (no session, no validation, no
 *   JavaScript aggregation, no JSON). "≤ 1.5x floor" is the cost of everything around the SQL;
 * - the dashboard, and the XLSX export of a standard report;
 * - the consultations named list as XLSX: one year through the API (start, progress, download in
 *   chunks, over HTTP), and every consultation in the database through the same job engine (the
 *   API refuses periods over 366 days), with the event loop's worst delay meanwhile.
 * Figures only — never pass/fail.
 */
import type { Core } from '../../electron/core';
import type { CallContext, Deps } from '../../electron/core/api/types';
import { hashToken, lookupSession } from '../../electron/core/auth/sessions';
import { systemClock } from '../../electron/core/clock';
import { type DemoScale, generateDemo } from '../../electron/core/demo/generate';
import { createIdGenerator } from '../../electron/core/ids';
import { launchJob } from '../../electron/core/reports/exports/jobs';
import { reportHeader } from '../../electron/core/reports/header';
import { boundsOf, resolvePeriod } from '../../electron/core/reports/periods';
import { DESK_SQL, deskParams } from '../../electron/core/reports/standard/desk-queries';
import { EDUKASI_SQL, edukasiParams } from '../../electron/core/reports/standard/edukasi-queries';
import type { ExportChunk, ExportJobStatus, PeriodInput } from '../../electron/shared/reports';
import { type Row, summarise, time } from './stats';

export async function seedReports(core: Core, scale: DemoScale) {
  const r = await generateDemo(core, { scale });
  console.log(`reports dataset (${scale}): ${JSON.stringify(r.counts)} in ${(r.ms / 1000).toFixed(1)} s`);
  return r;
}

const quiet = { error: () => {}, info: () => {} };

/** The last full month and the last full quarter before today (Asia/Jakarta). */
function periods(): { month: PeriodInput; quarter: PeriodInput } {
  const today = new Date(Date.now() + 7 * 3600_000);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth(); // 0-based: the previous month, 1-based
  const month = m === 0 ? { y: y - 1, m: 12 } : { y, m };
  const q = Math.floor(m / 3); // quarters before the current one
  const quarter = q === 0 ? { year: y - 1, quarter: 4 } : { year: y, quarter: q };
  return {
    month: { kind: 'month', month: `${month.y}-${String(month.m).padStart(2, '0')}` },
    quarter: { kind: 'quarter', year: quarter.year, quarter: quarter.quarter as 1 | 2 | 3 | 4 },
  };
}

export async function benchReports(core: Core, base: string, token: string, n: number): Promise<Row[]> {
  const rows: Row[] = [];
  const db = core.db;
  const children = (db.prepare('SELECT COUNT(*) AS n FROM children').get() as { n: number }).n;
  if (children === 0) {
    // The run seeded no Rumah Edukasi data: add the demo generator's at the run's scale.
    const scale = process.env.BENCH_SCALE === 'small' ? 'demo' : ((process.env.BENCH_SCALE ?? 'desa-10y') as DemoScale);
    await seedReports(core, scale);
  }
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const http = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(`${base}/rpc/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value as T;
  };
  const direct = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(method, input, { token });
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const few = Math.max(5, Math.min(n, 40));
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

  // ---- The standard reports and their SQL floor.
  const deskStatements = Object.values(DESK_SQL).map((sql) => db.prepare(sql));
  const eduStatements = Object.values(EDUKASI_SQL).map((sql) => db.prepare(sql));
  for (const [label, period] of Object.entries(periods())) {
    const bounds = boundsOf(resolvePeriod(period, today));
    const reports: [string, () => void][] = [
      [
        'reports.migrationService',
        () => {
          for (const s of deskStatements) s.all(deskParams(bounds));
        },
      ],
      [
        'reports.rumahEdukasi',
        () => {
          for (const s of eduStatements) s.all(edukasiParams(bounds));
        },
      ],
    ];
    for (const [method, floorFn] of reports) {
      const floor = await time(floorFn, few, 3);
      const viaDispatch = await time(() => direct(method, { period }), few, 3);
      const viaHttp = await time(() => http(method, { period }), few, 3);
      const ratio = (s: number[]) => (summarise('', '', s).p50 / summarise('', '', floor).p50).toFixed(2);
      rows.push(
        summarise(`${method} (${label}): SQL floor`, 'direct', floor),
        summarise(
          `${method} (${label}), ${ratio(viaDispatch)}x floor`,
          'direct',
          viaDispatch,
          '≤ 100 ms, ≤ 1.5x floor',
        ),
        summarise(`${method} (${label}), ${ratio(viaHttp)}x floor`, 'http', viaHttp, '≤ 100 ms'),
      );
    }
  }
  const { month, quarter } = periods();
  rows.push(
    summarise(
      'reports.dashboard (month, 6 months back)',
      'direct',
      await time(() => direct('reports.dashboard', { period: month }), few, 3),
    ),
    summarise(
      'reports.dashboard (month, 6 months back)',
      'http',
      await time(() => http('reports.dashboard', { period: month }), few, 3),
    ),
    summarise(
      'reports.export XLSX Layanan Migrasi (quarter)',
      'http',
      await time(
        () => http('reports.export', { report: 'migrationService', period: quarter, format: 'xlsx' }),
        Math.min(few, 10),
        2,
      ),
    ),
  );

  // ---- Named list, one year, through the HTTP host: start, poll, download in chunks.
  // The bench account is an admin; the step-up is stamped on its session instead of typing the password.
  const stamp = () =>
    db
      .prepare('UPDATE auth_sessions SET reauth_at = ? WHERE token_hash = ?')
      .run(new Date().toISOString(), hashToken(token));
  const year = {
    kind: 'custom',
    from: new Date(Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10),
    to: today,
  };
  const apiRuns: number[] = [];
  let apiRows = 0;
  for (let i = 0; i < 2; i++) {
    stamp();
    const t0 = performance.now();
    const job = await http<ExportJobStatus>('reports.exportNamedList', {
      list: 'consultations',
      period: year,
      format: 'xlsx',
    });
    let s = job;
    while (s.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      s = await http<ExportJobStatus>('exports.status', { jobId: job.jobId });
    }
    for (let offset = 0; ; ) {
      const c = await http<ExportChunk>('exports.download', { jobId: job.jobId, offset, length: 4 * 1024 * 1024 });
      offset += c.length;
      if (c.eof) break;
    }
    apiRuns.push(performance.now() - t0);
    apiRows = s.rows;
    await http('exports.cancel', { jobId: job.jobId });
  }
  rows.push(summarise(`named list XLSX, one year (${apiRows} rows), start→download`, 'http', apiRuns, '≤ 10 s'));

  // ---- Every consultation through the same job engine, in this process, with the event loop watched.
  const session = lookupSession(db, token, Date.now());
  if (session.kind !== 'active') throw new Error('bench session expired');
  const deps = {
    db,
    clock: systemClock,
    newId: createIdGenerator(systemClock, (k: number) => crypto.getRandomValues(new Uint8Array(k))),
    log: quiet,
  } as unknown as Deps;
  const call: CallContext = { role: session.user.role, user: session.user, sessionTokenHash: hashToken(token) };
  const span = db.prepare('SELECT MIN(at) AS first, MAX(at) AS last FROM consultations').get() as {
    first: string;
    last: string;
  };
  const from = new Date(Date.parse(span.first) + 7 * 3600_000).toISOString().slice(0, 10);
  const allBounds = boundsOf({ from, to: today });
  const days = Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000) + 1;
  const header = reportHeader(deps, call, 'Daftar Konsultasi (dengan nama)', 'bench', {
    kind: 'custom',
    from,
    to: today,
    end: today,
    label: `${from} – ${today}`,
    partial: false,
    days,
  });
  let worstLag = 0;
  let last = performance.now();
  const watch = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - last - 10);
    last = now;
  }, 10);
  const t0 = performance.now();
  const started = launchJob(deps, call, {
    list: 'consultations',
    format: 'xlsx',
    delimiter: ';',
    bounds: allBounds,
    header,
  });
  const progress: number[] = [];
  let s: ExportJobStatus = started;
  while (s.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    s = await direct<ExportJobStatus>('exports.status', { jobId: started.jobId });
    progress.push(s.progress);
  }
  const elapsed = performance.now() - t0;
  clearInterval(watch);
  if (s.state !== 'done') throw new Error(`export ${s.state}: ${s.error}`);
  await direct('exports.cancel', { jobId: started.jobId });
  rows.push(
    summarise(
      `named list XLSX, all ${s.rows} consultations (${((s.bytes ?? 0) / 1e6).toFixed(1)} MB, ${progress.length} progress reads)`,
      'direct',
      [elapsed],
      '≤ 10 s with progress',
    ),
    summarise('event-loop delay while that export ran (worst)', 'direct', [worstLag]),
  );
  return rows;
}
