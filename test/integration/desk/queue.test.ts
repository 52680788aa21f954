import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import type { QueueDisplay } from '../../../electron/shared/desk';
import { addUser, completeSetup, login, quietLog, tableCounts, tempDir } from '../../support/core';
import { addPerson, type DeskCore, deskCore, fails, ok, takeTicket } from './fixture';

describe('queue, staff side', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
  });

  it('calls the oldest waiting ticket first, across services, and says when nobody waits', async () => {
    const a1 = await takeTicket(d.core, 'konsultasi');
    d.clock.advance(1000);
    const b1 = await takeTicket(d.core, 'pengaduan');
    d.clock.advance(1000);
    const a2 = await takeTicket(d.core, 'konsultasi');
    d.clock.advance(1000);
    const first = await ok(d.core, 'queue.callNext', { counter: 'Meja 1' }, d.tokens.desk);
    expect(first.ticket).toMatchObject({ id: a1.id, ticket: 'A-001', status: 'called', counter: 'Meja 1' });
    expect(first.waiting).toBe(2);
    // A service filter skips the older ticket of another service.
    d.clock.advance(1000);
    const onlyA = await ok(d.core, 'queue.callNext', { counter: 'Meja 2', service: 'konsultasi' }, d.tokens.desk2);
    expect(onlyA.ticket?.id).toBe(a2.id);
    d.clock.advance(1000);
    const next = await ok(d.core, 'queue.callNext', { counter: 'Meja 1' }, d.tokens.desk);
    expect(next.ticket).toMatchObject({ id: b1.id, ticket: 'B-001', serviceLabel: expect.stringMatching(/Pengaduan/) });
    const none = await ok(d.core, 'queue.callNext', { counter: 'Meja 1' }, d.tokens.desk);
    expect(none).toEqual({ ticket: null, waiting: 0 });

    const today = await ok(d.core, 'queue.today', {}, d.tokens.viewer);
    expect(today.day).toBe('2026-11-29');
    expect(today.waiting).toEqual([]);
    expect(today.called.map((t) => t.ticket)).toEqual(['B-001', 'A-002', 'A-001']);
  });

  it('skip, recall and serve follow the ticket states; serving prefills a consultation', async () => {
    const t = await takeTicket(d.core, 'pengaduan');
    const called = await ok(d.core, 'queue.callNext', { counter: 'Meja 3' }, d.tokens.desk);
    expect(called.ticket?.id).toBe(t.id);
    const skipped = await ok(d.core, 'queue.skip', { id: t.id }, d.tokens.desk);
    expect(skipped.status).toBe('skipped');
    d.clock.advance(60_000);
    const recalled = await ok(d.core, 'queue.recall', { id: t.id }, d.tokens.desk);
    expect(recalled).toMatchObject({ status: 'called', counter: 'Meja 3' });
    expect(recalled.calledAt).not.toBe(called.ticket?.calledAt);

    const served = await ok(d.core, 'queue.serve', { id: t.id }, d.tokens.desk);
    expect(served.ticket.status).toBe('served');
    expect(served.prefill).toEqual({ channel: 'walk_in', queueTicketId: t.id, topics: ['problem_abroad'] });
    expect(served.suggestCase).toBe(true);
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Rasinah');
    const c = await ok(
      d.core,
      'consultations.create',
      { ...served.prefill, visitor: { kind: 'person', personId }, relation: 'parent' },
      d.tokens.desk,
    );
    expect(c.queueTicket).toBe(t.ticket);
    const today = await ok(d.core, 'queue.today', {}, d.tokens.desk);
    expect(today.served.find((x) => x.id === t.id)?.consultationId).toBe(c.id);

    const before = tableCounts(d.core);
    const again = await fails(d.core, 'queue.serve', { id: t.id }, d.tokens.desk);
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Nomor ini sudah tercatat pada sebuah konsultasi.' });
    const skipServed = await fails(d.core, 'queue.skip', { id: t.id }, d.tokens.desk);
    expect(skipServed.message).toBe('Nomor ini sudah dilayani, jadi tidak bisa dilewati. Muat ulang daftar antrian.');
    const recallServed = await fails(d.core, 'queue.recall', { id: t.id }, d.tokens.desk);
    expect(recallServed.code).toBe('CONFLICT');
    expect(tableCounts(d.core)).toEqual(before);
  });

  it('a waiting ticket can be served straight away; the consultation service gives no topic hint', async () => {
    const t = await takeTicket(d.core, 'konsultasi');
    const served = await ok(d.core, 'queue.serve', { id: t.id }, d.tokens.desk);
    expect(served.prefill.topics).toEqual([]);
    expect(served.suggestCase).toBe(false);
  });

  it('refuses unknown tickets, yesterday tickets and bad counters in Indonesian', async () => {
    expect((await fails(d.core, 'queue.skip', { id: 'nope' }, d.tokens.desk)).code).toBe('NOT_FOUND');
    const old = await takeTicket(d.core, 'edukasi');
    d.clock.advance(86_400_000);
    await d.relogin();
    const e = await fails(d.core, 'queue.serve', { id: old.id }, d.tokens.desk);
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: 'Nomor antrian ini dari hari lain dan tidak bisa dipakai lagi.',
    });
    const counter = await fails(d.core, 'queue.callNext', { counter: '<script>' }, d.tokens.desk);
    expect(counter.issues).toEqual([
      { path: 'counter', message: 'Nama meja hanya huruf, angka dan spasi, misalnya "Meja 1".' },
    ]);
    const empty = await fails(d.core, 'queue.callNext', { counter: '' }, d.tokens.desk);
    expect(empty.issues).toEqual([{ path: 'counter', message: 'Wajib diisi.' }]);
    const service = await fails(d.core, 'queue.callNext', { counter: 'Meja 1', service: 'x' }, d.tokens.desk);
    expect(service.issues?.[0].path).toBe('service');
  });
});

describe('queue.display (the TV screen, public)', () => {
  it('shows the number each counter serves and the last five calls, never a name', async () => {
    const d = await deskCore();
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Nama Rahasia Sekali');
    const tickets = [];
    for (let i = 0; i < 7; i++) tickets.push(await takeTicket(d.core, 'konsultasi'));
    const empty = await d.core.dispatch('queue.display', {});
    expect(empty.ok && (empty.value as QueueDisplay)).toMatchObject({ nowServing: [], waiting: 7, announcement: null });

    for (let i = 0; i < 6; i++) {
      d.clock.advance(1000);
      await ok(d.core, 'queue.callNext', { counter: i % 2 === 0 ? 'Meja 1' : 'Meja 2' }, d.tokens.desk);
    }
    // The ticket at Meja 2 is served with a named visitor: the TV still shows numbers only.
    const served = await ok(d.core, 'queue.serve', { id: tickets[5].id }, d.tokens.desk);
    await ok(
      d.core,
      'consultations.create',
      { ...served.prefill, topics: ['costs'], visitor: { kind: 'person', personId }, relation: 'self' },
      d.tokens.desk,
    );
    const r = await d.core.dispatch('queue.display', {});
    expect(r.ok).toBe(true);
    const view = (r as { value: QueueDisplay }).value;
    expect(view.nowServing).toEqual([{ ticket: 'A-005', counter: 'Meja 1', calledAt: expect.any(String) }]);
    expect(view.recent.map((c) => c.ticket)).toEqual(['A-006', 'A-005', 'A-004', 'A-003', 'A-002']);
    expect(view.waiting).toBe(1);
    expect(view.announcement).toBeNull();
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/Rahasia|person|visitor|consultation/i);
    expect(Object.keys(view).sort()).toEqual(['announcement', 'day', 'nowServing', 'recent', 'waiting']);

    d.clock.advance(1000);
    await ok(d.core, 'queue.callNext', { counter: 'Meja 2' }, d.tokens.desk);
    const latest = await d.core.dispatch('queue.display', {});
    expect((latest as { value: QueueDisplay }).value.announcement).toBe(
      'Nomor antrian A nol nol tujuh, silakan ke Meja 2.',
    );
  });
});

describe('two officers calling next at the same time', () => {
  const tmp = tempDir('balai-desk-queue-');
  const file = path.join(tmp.dir, 'queue.db');
  afterAll(() => tmp.cleanup());

  async function prepareFile(tickets: number) {
    const core = createCore({ dbPath: file, log: quietLog });
    if ((core.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n === 0) {
      await completeSetup(core);
      await addUser(core, 'meja1', 'desk_officer');
      await addUser(core, 'meja2', 'desk_officer');
    }
    core.db.prepare('DELETE FROM queue_tickets').run();
    for (let i = 0; i < tickets; i++) {
      const r = await core.dispatch('queue.take', { service: i % 3 === 0 ? 'pengaduan' : 'konsultasi' });
      expect(r.ok).toBe(true);
    }
    core.close();
  }

  it('two core instances on one file never get the same ticket', async () => {
    await prepareFile(60);
    const one = createCore({ dbPath: file, log: quietLog });
    const two = createCore({ dbPath: file, log: quietLog });
    try {
      const t1 = await login(one, 'meja1', 'Padi-Menguning-2026');
      const t2 = await login(two, 'meja2', 'Padi-Menguning-2026');
      const calls = Array.from({ length: 70 }, (_, i) =>
        i % 2 === 0
          ? one.dispatch('queue.callNext', { counter: 'Meja 1' }, { token: t1 })
          : two.dispatch('queue.callNext', { counter: 'Meja 2' }, { token: t2 }),
      );
      const results = await Promise.all(calls);
      const ids = results.flatMap((r) => {
        expect(r.ok).toBe(true);
        const t = (r as { value: { ticket: { id: string } | null } }).value.ticket;
        return t ? [t.id] : [];
      });
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
    } finally {
      one.close();
      two.close();
    }
  });

  it('two processes calling at the same moment get distinct tickets, and every ticket once', async () => {
    await prepareFile(120);
    const worker = path.join(__dirname, 'call-next-worker.ts');
    const children = ['meja1', 'meja2'].map((user, i) =>
      spawn(process.execPath, ['--import', 'tsx', worker, file, user, 'Padi-Menguning-2026', '80', `Meja ${i + 1}`], {
        cwd: path.resolve(__dirname, '../../..'),
      }),
    );
    const outputs = children.map((child) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk) => {
        err += chunk;
      });
      const ready = new Promise<void>((resolve) =>
        child.stdout.on('data', (chunk) => {
          out += chunk;
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
      (text) => JSON.parse(text) as { ids: string[]; errors: string[] },
    );
    expect(parsed.map((p) => p.errors)).toEqual([[], []]);
    const all = parsed.flatMap((p) => p.ids);
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    const check = createCore({ dbPath: file, log: quietLog });
    const rows = check.db.prepare('SELECT status, counter FROM queue_tickets').all() as {
      status: string;
      counter: string;
    }[];
    check.close();
    expect(rows.every((r) => r.status === 'called' && (r.counter === 'Meja 1' || r.counter === 'Meja 2'))).toBe(true);
  }, 60_000);
});
