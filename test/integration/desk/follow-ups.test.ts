import { beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../support/core';
import { addPerson, auditRows, type DeskCore, deskCore, fails, MINIMAL_CONSULTATION, ok } from './fixture';

const DAY = 86_400_000;

describe('follow-ups', () => {
  let d: DeskCore;
  let personId = '';
  beforeAll(async () => {
    d = await deskCore();
    personId = (await addPerson(d.core, d.tokens.desk, 'Carini')).personId;
  });

  it('lists what is due today and what is overdue, with who to contact', async () => {
    // Today is 2026-11-29 (Jakarta). Schedule for the 29th, 30th and 1 December.
    const named = await ok(
      d.core,
      'consultations.create',
      {
        ...MINIMAL_CONSULTATION,
        visitor: { kind: 'person', personId },
        followUp: { dueOn: '2026-11-29', note: 'Tanya hasil medical check-up' },
      },
      d.tokens.desk,
    );
    const anon = await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, followUp: { dueOn: '2026-11-30' } },
      d.tokens.desk,
    );
    const kase = await ok(
      d.core,
      'cases.create',
      {
        kind: 'unpaid_wages',
        risk: 'medium',
        summary: 'Gaji tiga bulan belum dibayar.',
        people: [{ personId, role: 'reporter' }],
        followUp: { dueOn: '2026-12-01' },
      },
      d.tokens.desk,
    );

    const today = await ok(d.core, 'followups.due', {}, d.tokens.desk);
    expect(today.on).toBe('2026-11-29');
    expect(today.today.map((f) => [f.target.id, f.visitorLabel])).toEqual([[named.id, 'Carini']]);
    expect(today.overdue).toEqual([]);

    // Three days later: the first two are overdue, the case follow-up is due.
    d.clock.advance(2 * DAY);
    await d.relogin();
    const later = await ok(d.core, 'followups.due', {}, d.tokens.desk);
    expect(later.on).toBe('2026-12-01');
    expect(later.today).toEqual([
      expect.objectContaining({
        target: { kind: 'case', id: kase.id },
        caseReference: kase.referenceCode,
        visitorLabel: 'Carini',
        daysOverdue: 0,
      }),
    ]);
    expect(later.overdue.map((f) => [f.target.id, f.visitorLabel, f.daysOverdue])).toEqual([
      [named.id, 'Carini', 2],
      [anon.id, 'Ibu dari Dusun 2', 1],
    ]);
    expect(later.totals).toEqual({ today: 1, overdue: 2 });
    // Asking about a given day works too.
    expect((await ok(d.core, 'followups.due', { on: '2026-11-30' }, d.tokens.desk)).today[0].target.id).toBe(anon.id);
  });

  it('records the outcome, including a legal departure, and can book the next contact at once', async () => {
    const due = await ok(d.core, 'followups.due', {}, d.tokens.desk);
    const first = due.overdue[0];
    const done = await ok(
      d.core,
      'followups.complete',
      { id: first.id, outcome: 'migrated_legally', note: 'Berangkat lewat P3MI terdaftar, skema P to P.' },
      d.tokens.desk,
    );
    expect(done.followUp).toMatchObject({
      outcome: 'migrated_legally',
      outcomeNote: 'Berangkat lewat P3MI terdaftar, skema P to P.',
      doneBy: { displayName: 'Petugas petugas' },
    });
    expect(done.followUp.doneAt).not.toBeNull();
    expect(done.next).toBeNull();

    const second = due.overdue[1];
    const retry = await ok(
      d.core,
      'followups.complete',
      { id: second.id, outcome: 'not_reached', next: { dueOn: '2026-12-03', note: 'Coba telepon lagi' } },
      d.tokens.desk,
    );
    expect(retry.next).toMatchObject({ dueOn: '2026-12-03', target: second.target, doneAt: null });
    const after = await ok(d.core, 'followups.due', {}, d.tokens.desk);
    expect(after.overdue).toEqual([]);
    expect(auditRows(d.core, 'follow_ups').at(-1)).toMatchObject({ action: 'update', entity_id: second.id });
  });

  it('a follow-up is completed once; the second officer gets CONFLICT', async () => {
    const c = await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, followUp: { dueOn: '2026-12-05' } },
      d.tokens.desk,
    );
    const id = c.followUps[0].id;
    await ok(d.core, 'followups.complete', { id, outcome: 'reached' }, d.tokens.desk);
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'followups.complete', { id, outcome: 'withdrew' }, d.tokens.desk2);
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('Tindak lanjut ini sudah diselesaikan oleh Petugas petugas. Muat ulang daftar.');
    expect(tableCounts(d.core)).toEqual(before);
  });

  it('followups.create schedules for a consultation or a case', async () => {
    const c = await ok(d.core, 'consultations.create', MINIMAL_CONSULTATION, d.tokens.desk);
    const f = await ok(
      d.core,
      'followups.create',
      { target: { kind: 'consultation', id: c.id }, dueOn: '2026-12-10', note: 'Kunjungan rumah' },
      d.tokens.desk,
    );
    expect(f).toMatchObject({
      target: { kind: 'consultation', id: c.id },
      dueOn: '2026-12-10',
      note: 'Kunjungan rumah',
    });
    const e = await fails(
      d.core,
      'followups.create',
      { target: { kind: 'case', id: c.id }, dueOn: '2026-12-10' },
      d.tokens.desk,
    );
    expect(e.issues).toEqual([{ path: 'target.id', message: 'Pengaduan tidak ditemukan.' }]);
  });

  const bad: [string, string, Record<string, unknown>, string, RegExp][] = [
    [
      'followups.create',
      'target kind',
      { target: { kind: 'person', id: 'a' }, dueOn: '2026-12-10' },
      'target.kind',
      /Pilih/,
    ],
    ['followups.create', 'no target', { dueOn: '2026-12-10' }, 'target', /Pilih konsultasi atau pengaduan/],
    [
      'followups.create',
      'past date',
      { target: { kind: 'case', id: 'a' }, dueOn: '2026-11-01' },
      'dueOn',
      /sebelum hari ini/,
    ],
    ['followups.due', 'bad date', { on: 'besok' }, 'on', /TTTT-BB-HH/],
    ['followups.complete', 'outcome', { id: 'a', outcome: 'happy' }, 'outcome', /Pilih hasil/],
    ['followups.complete', 'other without note', { id: 'a', outcome: 'other' }, 'note', /Lainnya/],
    [
      'followups.complete',
      'next in the past',
      { id: 'a', outcome: 'reached', next: { dueOn: '2020-01-01' } },
      'next.dueOn',
      /sebelum hari ini/,
    ],
    ['followups.complete', 'NIK in the note', { id: 'a', outcome: 'reached', note: '3212345678900001' }, 'note', /NIK/],
  ];
  it.each(bad)('%s rejects %s in Indonesian and writes nothing', async (method, _n, input, path, message) => {
    const before = tableCounts(d.core);
    const e = await fails(d.core, method as 'followups.create', input, d.tokens.desk);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.find((i) => i.path === path)?.message, JSON.stringify(e.issues)).toMatch(message);
    expect(tableCounts(d.core)).toEqual(before);
  });

  it('an unknown follow-up is NOT_FOUND', async () => {
    expect((await fails(d.core, 'followups.complete', { id: 'nope', outcome: 'reached' }, d.tokens.desk)).code).toBe(
      'NOT_FOUND',
    );
  });
});
