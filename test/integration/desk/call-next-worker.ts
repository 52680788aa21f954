/**
 * Child process for the "two officers call next at once" test: opens its own core on a shared
 * database file, logs in, says "ready", waits for "go" on stdin (so both start together), then
 * calls the next ticket as fast as it can and prints the ticket ids it got as JSON.
 * Usage: node --import tsx call-next-worker.ts <dbFile> <username> <password> <count> <counter>
 */
import { createCore } from '../../../electron/core';

const [dbPath, username, password, count, counter] = process.argv.slice(2);
const core = createCore({ dbPath, log: { error: (m, e) => console.error(m, e), info: () => {} } });

async function main() {
  const login = await core.dispatch('auth.login', { username, password });
  if (!login.ok) throw new Error(JSON.stringify(login.error));
  const token = (login.value as { token: string }).token;
  process.stdin.once('data', async () => {
    process.stdin.pause();
    const ids: string[] = [];
    const errors: string[] = [];
    for (let i = 0; i < Number(count); i++) {
      const r = await core.dispatch('queue.callNext', { counter }, { token });
      if (!r.ok) errors.push(r.error.code);
      else {
        const ticket = (r.value as { ticket: { id: string } | null }).ticket;
        if (ticket) ids.push(ticket.id);
      }
    }
    core.close();
    process.stdout.write(`${JSON.stringify({ ids, errors })}\n`);
  });
  process.stdout.write('ready\n');
}

void main();
