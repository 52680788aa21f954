/**
 * Child process for the queue concurrency test: opens its own core on a shared database file,
 * says "ready", waits for "go" on stdin (so both processes start together, whatever their
 * start-up time), then takes tickets as fast as it can and prints them as JSON.
 * Usage: node --import tsx queue-worker.ts <dbFile> <resourcesDir> <count> <service>
 */
import { createCore } from '../../../electron/core';

const [dbPath, resourcesDir, count, service] = process.argv.slice(2);
const core = createCore({ dbPath, resourcesDir, log: { error: (m, e) => console.error(m, e), info: () => {} } });

async function takeAll() {
  const tickets: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < Number(count); i++) {
    const r = await core.dispatch('queue.take', { service });
    if (r.ok) tickets.push((r.value as { ticket: string }).ticket);
    else errors.push(r.error.code);
  }
  core.close();
  process.stdout.write(`${JSON.stringify({ tickets, errors })}\n`);
}

process.stdin.once('data', () => {
  process.stdin.pause();
  void takeAll();
});
process.stdout.write('ready\n');
