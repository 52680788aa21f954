/**
 * `npm run bench`: generates a database, starts the real Node host on it, and prints p50/p95 per
 * call through HTTP and through direct dispatch side by side, plus open+migrate+quick_check time
 * and the host's memory. Figures only — never pass/fail. Scale: BENCH_SCALE=small|desa-10y|10x.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { seedDesk } from './desk-dataset';
import { seedEdukasi } from './edukasi-dataset';
import { EXTRA_BENCHES } from './extra';
import { BENCH_ADMIN, seedFoundation } from './foundation-dataset';
import { printTable, type Row, summarise, time } from './stats';

/** DESIGN.md scales: "desa-10y" = ten years of one busy village; "10x" = district headroom. */
const SCALES = {
  small: { auditRows: 20_000, users: 10, people: 400, consultations: 4_000, children: 120, activitiesPerGroup: 20 },
  'desa-10y': {
    auditRows: 400_000,
    users: 20,
    people: 4_000,
    consultations: 40_000,
    children: 1_200,
    activitiesPerGroup: 167,
  },
  '10x': {
    auditRows: 4_000_000,
    users: 200,
    people: 40_000,
    consultations: 400_000,
    children: 12_000,
    activitiesPerGroup: 167,
  },
} as const;
const scaleName = (process.env.BENCH_SCALE ?? 'desa-10y') as keyof typeof SCALES;
const N = Number(process.env.BENCH_N ?? 300);
const quiet = { error: () => {}, info: () => {} };

async function startHost(dbFile: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/server/cli.ts', '--db', dbFile, '--port', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Balai Migran listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
  return { base, child };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'balai-bench-'));
  const dbFile = path.join(dir, 'bench.db');
  const rows: Row[] = [];
  try {
    console.log(`Balai Migran bench — scale ${scaleName}, ${N} samples per call`);
    const t0 = performance.now();
    const seedCore = createCore({ dbPath: dbFile, log: quiet });
    await seedFoundation(seedCore, SCALES[scaleName]);
    seedDesk(seedCore, SCALES[scaleName]);
    await seedEdukasi(seedCore, SCALES[scaleName]);
    seedCore.db.pragma('wal_checkpoint(TRUNCATE)');
    seedCore.close();
    console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // A clean close lets the next open skip quick_check; after a crash or power cut it runs.
    const cleanOpens = await time(() => createCore({ dbPath: dbFile, log: quiet }).close(), 10, 1);
    rows.push(summarise('open + migrate (after clean shutdown)', 'direct', cleanOpens, '≤ 500 ms at 10x'));
    const uncleanOpens: number[] = [];
    for (let i = 0; i < 5; i++) {
      createCore({ dbPath: dbFile, log: quiet }).db.close(); // dies without close(): unclean
      const t = performance.now();
      createCore({ dbPath: dbFile, log: quiet }).close();
      uncleanOpens.push(performance.now() - t);
    }
    rows.push(summarise('open + migrate + quick_check (after power cut)', 'direct', uncleanOpens, '≤ 500 ms at 10x'));

    const core = createCore({ dbPath: dbFile, log: quiet });
    const { base, child } = await startHost(dbFile);
    const login = await core.dispatch('auth.login', BENCH_ADMIN);
    if (!login.ok) throw new Error('bench login failed');
    const token = (login.value as { token: string }).token;

    const calls: [string, unknown, string | undefined][] = [
      ['system.health', {}, undefined],
      ['setup.status', {}, undefined],
      ['auth.me', {}, token],
      ['setup.regions', { regencyCode: '32.12' }, undefined],
    ];
    for (const [method, input, tok] of calls) {
      const direct = await time(() => core.dispatch(method, input, { token: tok }), N);
      const http = await time(async () => {
        const res = await fetch(`${base}/rpc/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(tok ? { Authorization: `Bearer ${tok}` } : {}) },
          body: JSON.stringify(input),
        });
        await res.arrayBuffer();
      }, N);
      rows.push(summarise(method, 'direct', direct), summarise(method, 'http', http, '≤ 20 ms p95'));
    }
    // Later issues register their calls here (content search, roll call, reports).
    for (const extra of EXTRA_BENCHES) rows.push(...(await extra(core, base, token, N)));

    const rss = child.pid ? rssMb(child.pid) : Number.NaN;
    child.kill('SIGTERM');
    core.close();
    printTable(rows);
    console.log(`Node host RSS after the run: ${rss.toFixed(0)} MB (target ≤ 250 MB at 10x)`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/bench.json', JSON.stringify({ scale: scaleName, n: N, rows, hostRssMb: rss }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
