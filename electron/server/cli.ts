/**
 * `npm run serve -- --db <file> --port <n> --host <addr>`: browser mode of Balai Migran.
 * Prints exactly one ready line: `Balai Migran listening on http://<host>:<port>`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { createHttpHost } from './http-host';

export const DEFAULTS = { port: 4780, host: '127.0.0.1', db: path.join('data', 'balai-migran.db') };

function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: DEFAULTS.db },
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
  const dbPath = path.resolve(values.db);
  mkdirSync(path.dirname(dbPath), { recursive: true });
  const core = createCore({ dbPath });
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
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
