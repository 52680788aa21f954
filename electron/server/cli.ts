/**
 * `npm run serve -- --db <file> --port <n> --host <addr>`: browser mode of Balai Migran.
 * Prints exactly one ready line: `Balai Migran listening on http://<host>:<port>`.
 * `--demo`: starts on a freshly generated demo village in a temporary file (deleted on exit),
 * prints the demo accounts' password once, and every screen shows "DATA CONTOH".
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { DEMO_ACCOUNTS, generateDemo } from '../core/demo/generate';
import { createHttpHost } from './http-host';

export const DEFAULTS = { port: 4780, host: '127.0.0.1', db: path.join('data', 'balai-migran.db') };

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
      port: { type: 'string', default: String(DEFAULTS.port) },
      host: { type: 'string', default: DEFAULTS.host },
      static: { type: 'string', default: path.resolve(__dirname, '..', '..', 'dist') },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port tidak sah: ${values.port}`);
    process.exit(2);
  }
  if (values.demo && values.db !== undefined) {
    console.error('--demo memakai basis data contoh sementara sendiri; jangan dipakai bersama --db.');
    process.exit(2);
  }
  const demoDir = values.demo ? mkdtempSync(path.join(tmpdir(), 'balai-migran-demo-')) : null;
  const dbPath = demoDir ? path.join(demoDir, 'demo.db') : path.resolve(values.db ?? DEFAULTS.db);
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const core = createCore({ dbPath });
  if (demoDir) {
    const demo = await generateDemo(core, { scale: 'demo' });
    console.log('=== MODE DATA CONTOH: Desa Contoh, semua nama dan angka fiktif ===');
    console.log(`Basis data sementara (dihapus saat berhenti): ${dbPath}`);
    console.log(
      `Akun contoh: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}; kata sandi (hanya ditampilkan sekali): ${demo.password}`,
    );
  }
  const server = createHttpHost({ dispatch: core.dispatch, staticDir: values.static });
  server.listen(port, values.host, () => {
    const address = server.address();
    const realPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = values.host.includes(':') ? `[${values.host}]` : values.host;
    console.log(`Balai Migran listening on http://${shownHost}:${realPort}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    core.close();
    if (demoDir) rmSync(demoDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
