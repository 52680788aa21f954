import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueTicket } from '../../../electron/shared/kiosk';
import { FIXTURE_RESOURCES, harness, staffToken, T0, testClock } from './helpers';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDb = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bm-queue-'));
  temps.push(dir);
  return path.join(dir, 'balai.db');
};
const numbers = (tickets: string[]) => tickets.map((t) => Number(t.slice(2))).sort((a, b) => a - b);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('queue.take', () => {
  it('gives numbered tickets per service, with label, Jakarta day and people waiting ahead', async () => {
    const h = harness();
    const a1 = await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' });
    expect(a1).toEqual({
      ticket: 'A-001',
      prefix: 'A',
      number: 1,
      service: 'konsultasi',
      serviceLabel: 'Konsultasi & informasi kerja ke luar negeri',
      day: '2026-03-10',
      takenAt: new Date(T0).toISOString(),
      waitingBefore: 0,
    });
    const a2 = await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' });
    expect([a2.ticket, a2.waitingBefore]).toEqual(['A-002', 1]);
    const b1 = await h.ok<QueueTicket>('queue.take', { service: 'pengaduan' });
    expect([b1.ticket, b1.serviceLabel, b1.waitingBefore]).toEqual([
      'B-001',
      'Pengaduan / masalah keluarga di luar negeri',
      0,
    ]);
    const c1 = await h.ok<QueueTicket>('queue.take', { service: 'edukasi' });
    expect([c1.ticket, c1.serviceLabel]).toEqual(['C-001', 'Rumah Edukasi & anak PMI']);

    // A ticket already called is no longer waiting ahead.
    h.core.db.prepare("UPDATE queue_tickets SET status = 'called' WHERE prefix = 'A' AND number = 1").run();
    const a3 = await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' });
    expect([a3.ticket, a3.waitingBefore]).toEqual(['A-003', 1]);
  });

  it('stores no name or other personal data with a ticket', async () => {
    const h = harness();
    await h.ok('queue.take', { service: 'pengaduan' });
    const columns = (h.core.db.prepare('PRAGMA table_info(queue_tickets)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual([
      'id',
      'day',
      'service',
      'prefix',
      'number',
      'taken_at',
      'called_at',
      'counter',
      'served_by',
      'status',
      'consultation_id',
    ]);
    const bad = await h.call('queue.take', { service: 'konsultasi', name: 'Siti' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });

  it('restarts numbering at midnight Asia/Jakarta, not at midnight UTC', async () => {
    const clock = testClock(Date.parse('2026-03-10T16:58:00Z')); // 23:58 WIB
    const h = harness({ clock });
    expect((await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' })).ticket).toBe('A-001');
    expect((await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' })).ticket).toBe('A-002');
    clock.set(Date.parse('2026-03-10T17:00:00Z')); // 00:00 WIB on 11 March; UTC is still the 10th
    const next = await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' });
    expect([next.ticket, next.day, next.waitingBefore]).toEqual(['A-001', '2026-03-11', 0]);
    // A clock set backwards into yesterday continues yesterday's numbers; never a repeat.
    clock.set(Date.parse('2026-03-10T16:59:00Z'));
    expect((await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' })).ticket).toBe('A-003');
    const rows = h.core.db.prepare('SELECT day, number FROM queue_tickets ORDER BY day, number').all();
    expect(rows).toEqual([
      { day: '2026-03-10', number: 1 },
      { day: '2026-03-10', number: 2 },
      { day: '2026-03-10', number: 3 },
      { day: '2026-03-11', number: 1 },
    ]);
  });

  it('stops at 999 per service per day with RATE_LIMITED in Indonesian, other services unaffected', async () => {
    const h = harness();
    const insert = h.core.db.prepare(
      "INSERT INTO queue_tickets (id, day, service, prefix, number, taken_at) VALUES (?, '2026-03-10', 'konsultasi', 'A', ?, 'x')",
    );
    h.core.db.transaction(() => {
      for (let n = 1; n <= 998; n++) insert.run(`t${n}`, n);
    })();
    expect((await h.ok<QueueTicket>('queue.take', { service: 'konsultasi' })).ticket).toBe('A-999');
    const full = await h.call('queue.take', { service: 'konsultasi' });
    expect(full.ok ? null : full.error).toEqual({
      code: 'RATE_LIMITED',
      message:
        'Nomor antrian untuk "Konsultasi & informasi kerja ke luar negeri" hari ini sudah habis. Silakan langsung ke meja petugas, atau datang lagi besok.',
      retryAfterSeconds: 14 * 3600,
    });
    expect((await h.ok<QueueTicket>('queue.take', { service: 'pengaduan' })).ticket).toBe('B-001');
    expect(
      (h.core.db.prepare("SELECT COUNT(*) AS n FROM queue_tickets WHERE prefix = 'A'").get() as { n: number }).n,
    ).toBe(999);
  });

  it('refuses unknown services; staff roles may also take tickets', async () => {
    const h = harness();
    for (const input of [{ service: 'calo' }, { service: '' }, {}, { service: ['konsultasi'] }]) {
      const r = await h.call('queue.take', input);
      expect(r.ok ? null : r.error.code).toBe('VALIDATION');
    }
    const r = await h.call('queue.take', { service: 'x' });
    expect(r.ok ? null : r.error.issues?.[0]).toEqual({
      path: 'service',
      message: 'Pilih layanan: konsultasi, pengaduan, atau edukasi.',
    });
    const token = await staffToken(h, 'desk_officer');
    expect((await h.ok<QueueTicket>('queue.take', { service: 'edukasi' }, token)).ticket).toBe('C-001');
  });
});

describe('queue.take under concurrent taps', () => {
  it('two core instances on one database file never repeat a number (interleaved Promise.all)', async () => {
    const file = tempDb();
    const clock = testClock();
    const one = harness({ dbPath: file, clock });
    const two = harness({ dbPath: file, clock });
    try {
      const calls = Array.from({ length: 120 }, (_, i) =>
        (i % 2 === 0 ? one : two).ok<QueueTicket>('queue.take', { service: i % 3 === 0 ? 'pengaduan' : 'konsultasi' }),
      );
      const tickets = await Promise.all(calls);
      const a = tickets.filter((t) => t.prefix === 'A').map((t) => t.ticket);
      const b = tickets.filter((t) => t.prefix === 'B').map((t) => t.ticket);
      expect(new Set(a).size).toBe(a.length);
      expect(numbers(a)).toEqual(oneTo(80));
      expect(numbers(b)).toEqual(oneTo(40));
    } finally {
      one.core.close();
      two.core.close();
    }
  });

  it('two processes taking tickets at the same moment get distinct, contiguous numbers', async () => {
    const file = tempDb();
    // Create and migrate the file first, as the app does before any kiosk opens it.
    harness({ dbPath: file, clock: testClock(Date.now()) }).core.close();
    const worker = path.join(__dirname, 'queue-worker.ts');
    const children = [0, 1].map(() =>
      spawn(process.execPath, ['--import', 'tsx', worker, file, FIXTURE_RESOURCES, '150', 'konsultasi'], {
        cwd: path.resolve(__dirname, '../../..'),
      }),
    );
    const outputs = children.map((child) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (d) => {
          out += d;
          if (out.startsWith('ready\n')) resolve();
        }),
      );
      const done = new Promise<string>((resolve, reject) =>
        child.on('exit', (code) => (code === 0 ? resolve(out.slice('ready\n'.length)) : reject(new Error(err)))),
      );
      return { ready, done };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const child of children) child.stdin.end('go\n');
    const parsed = (await Promise.all(outputs.map((o) => o.done))).map(
      (text) => JSON.parse(text) as { tickets: string[]; errors: string[] },
    );
    expect(parsed.map((p) => p.errors)).toEqual([[], []]);
    const all = parsed.flatMap((p) => p.tickets);
    expect(all).toHaveLength(300);
    expect(numbers(all)).toEqual(oneTo(300));
    // Each process's own numbers rise.
    for (const p of parsed) expect(numbers(p.tickets)).toEqual(p.tickets.map((t) => Number(t.slice(2))));
  }, 60_000);
});
