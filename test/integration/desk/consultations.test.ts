import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../electron/shared/contract';
import { tableCounts } from '../../support/core';
import {
  ANON,
  addPerson,
  auditRows,
  type DeskCore,
  deskCore,
  fails,
  MINIMAL_CONSULTATION,
  ok,
  takeTicket,
} from './fixture';

describe('consultations.create', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
  });

  it('logs an anonymous walk-in with topics, referrals, flags and a follow-up in one transaction', async () => {
    const before = tableCounts(d.core);
    const c = await ok(
      d.core,
      'consultations.create',
      {
        channel: 'walk_in',
        visitor: ANON,
        relation: 'parent',
        topics: ['costs', 'agency_check'],
        destination: 'my',
        summary: '  Menanyakan biaya penempatan ke Malaysia dan cara cek P3MI.  ',
        flags: { nonProcedural: true },
        referrals: [{ to: 'disnaker_indramayu' }, { to: 'other', note: 'LBH Indramayu' }],
        followUp: { dueOn: '2026-12-06', note: 'Telepon untuk menanyakan hasil cek P3MI' },
      },
      d.tokens.desk,
    );
    expect(c).toMatchObject({
      channel: 'walk_in',
      visitor: { kind: 'anonymous', label: 'Ibu dari Dusun 2' },
      relation: 'parent',
      topics: ['costs', 'agency_check'],
      destination: 'MY',
      summary: 'Menanyakan biaya penempatan ke Malaysia dan cara cek P3MI.',
      flags: { nonProcedural: true, traffickingSuspected: false },
      referrals: [
        { to: 'disnaker_indramayu', note: null },
        { to: 'other', note: 'LBH Indramayu' },
      ],
      status: 'open',
      version: 1,
      officer: { displayName: 'Petugas petugas' },
      consentId: null,
      queueTicket: null,
    });
    expect(c.followUps).toEqual([
      expect.objectContaining({ dueOn: '2026-12-06', doneAt: null, target: { kind: 'consultation', id: c.id } }),
    ]);
    const after = tableCounts(d.core);
    expect(after.consultations - before.consultations).toBe(1);
    expect(after.consultation_topics - before.consultation_topics).toBe(2);
    expect(after.follow_ups - before.follow_ups).toBe(1);
    expect(auditRows(d.core, 'consultations').at(-1)).toMatchObject({ action: 'create', entity_id: c.id });
  });

  it('stores a named visitor with the consent that covers consultations', async () => {
    const { personId, consentId } = await addPerson(d.core, d.tokens.desk, 'Siti Aminah');
    const c = await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId }, relation: 'self' },
      d.tokens.desk,
    );
    expect(c.visitor).toEqual({ kind: 'person', personId, name: 'Siti Aminah' });
    expect(c.consentId).toBe(consentId);
    expect(auditRows(d.core, 'consultations').at(-1)).toMatchObject({ action: 'create', subject_person_id: personId });
  });

  it('refuses a named visitor without a consent for consultations, and writes nothing', async () => {
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Rina Marlina', ['rumah_edukasi']);
    const before = tableCounts(d.core);
    const e = await fails(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId } },
      d.tokens.desk,
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([
      { path: 'visitor.personId', message: 'Persetujuan (consent) untuk layanan konsultasi belum dicatat.' },
    ]);
    expect(tableCounts(d.core)).toEqual(before);
  });

  it('refuses a named visitor whose consent was withdrawn', async () => {
    const { personId, consentId } = await addPerson(d.core, d.tokens.desk, 'Dewi Lestari');
    await ok(d.core, 'people.withdrawConsent', { consentId }, d.tokens.desk);
    const e = await fails(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId } },
      d.tokens.desk,
    );
    expect(e.issues).toEqual([
      { path: 'visitor.personId', message: 'Persetujuan (consent) untuk layanan konsultasi belum dicatat.' },
    ]);
  });

  it('refuses an unknown person, journey and queue ticket, each on its own field', async () => {
    const before = tableCounts(d.core);
    const e = await fails(
      d.core,
      'consultations.create',
      {
        ...MINIMAL_CONSULTATION,
        visitor: { kind: 'person', personId: 'tidak-ada' },
        journeyId: 'tidak-ada',
        queueTicketId: 'tidak-ada',
      },
      d.tokens.desk,
    );
    expect(e.issues?.map((i) => i.path)).toEqual(['visitor.personId', 'journeyId', 'queueTicketId']);
    expect(e.issues?.[0].message).toMatch(/tidak ditemukan/);
    expect(tableCounts(d.core)).toEqual(before);
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['channel', { channel: 'telegram' }, 'channel', /Pilih cara layanan/],
    ['visitor kind', { visitor: { kind: 'someone' } }, 'visitor.kind', /Pilih pengunjung/],
    ['anonymous label too short', { visitor: { kind: 'anonymous', label: 'x' } }, 'visitor.label', /Minimal 2/],
    [
      'anonymous label too long',
      { visitor: { kind: 'anonymous', label: 'a'.repeat(61) } },
      'visitor.label',
      /Maksimal 60/,
    ],
    [
      'NIK in the label',
      { visitor: { kind: 'anonymous', label: 'Ibu 3212345678900001' } },
      'visitor.label',
      /Jangan menulis NIK/,
    ],
    [
      'person id with odd characters',
      { visitor: { kind: 'person', personId: "x' OR 1=1" } },
      'visitor.personId',
      /Pengenal/,
    ],
    ['relation', { relation: 'neighbour' }, 'relation', /Pilih hubungan/],
    ['no topic', { topics: [] }, 'topics', /minimal satu topik/],
    ['unknown topic', { topics: ['weather'] }, 'topics.0', /Topik tidak dikenal/],
    ['duplicate topic', { topics: ['costs', 'costs'] }, 'topics', /cukup dipilih sekali/],
    ['destination not a country', { destination: 'XX' }, 'destination', /negara tujuan/],
    ['destination spelled out', { destination: 'Malaysia' }, 'destination', /negara tujuan/],
    ['summary too long', { summary: 'a'.repeat(1001) }, 'summary', /Maksimal 1000/],
    ['NIK in the summary', { summary: 'NIK 3212 3456 7890 0001 ditanyakan' }, 'summary', /Jangan menulis NIK/],
    ['control characters', { summary: 'ada\u0000nol' }, 'summary', /karakter yang tidak diizinkan/],
    ['flag not boolean', { flags: { nonProcedural: 'ya' } }, 'flags.nonProcedural', /ya atau tidak/],
    ['unknown flag', { flags: { urgent: true } }, 'flags', /Kolom tidak dikenal/],
    ['referral target', { referrals: [{ to: 'kantor_pos' }] }, 'referrals.0.to', /Tujuan rujukan/],
    ['other referral without note', { referrals: [{ to: 'other' }] }, 'referrals.0.note', /ke lembaga mana/],
    ['referral twice', { referrals: [{ to: 'ltsa' }, { to: 'ltsa' }] }, 'referrals.1.to', /sudah dipilih/],
    ['follow-up date format', { followUp: { dueOn: '06/12/2026' } }, 'followUp.dueOn', /TTTT-BB-HH/],
    ['follow-up impossible date', { followUp: { dueOn: '2026-02-30' } }, 'followUp.dueOn', /tidak ada di kalender/],
    ['follow-up in the past', { followUp: { dueOn: '2026-11-28' } }, 'followUp.dueOn', /sebelum hari ini/],
    ['follow-up years ahead', { followUp: { dueOn: '2030-01-01' } }, 'followUp.dueOn', /dua tahun/],
    ['time without zone', { at: '2026-11-29 09:00' }, 'at', /Tulis waktu lengkap/],
    ['time in the future', { at: '2026-11-30T09:00:00+07:00' }, 'at', /masa depan/],
    ['unknown field', { officerId: 'x' }, '', /Kolom tidak dikenal: officerId/],
  ];

  it.each(bad)(
    'rejects %s with an Indonesian message on the field and writes nothing',
    async (_n, patch, path, message) => {
      const before = tableCounts(d.core);
      const e = await fails(d.core, 'consultations.create', { ...MINIMAL_CONSULTATION, ...patch }, d.tokens.desk);
      expect(e.code).toBe('VALIDATION');
      const issue = e.issues?.find((i) => i.path === path);
      expect(issue, JSON.stringify(e.issues)).toBeDefined();
      expect(issue?.message).toMatch(message);
      expect(tableCounts(d.core)).toEqual(before);
    },
  );

  it('serving a queue ticket links the ticket and marks it served', async () => {
    const t = await takeTicket(d.core);
    const c = await ok(d.core, 'consultations.create', { ...MINIMAL_CONSULTATION, queueTicketId: t.id }, d.tokens.desk);
    expect(c.queueTicket).toBe(t.ticket);
    expect(d.core.db.prepare('SELECT status, consultation_id FROM queue_tickets WHERE id = ?').get(t.id)).toEqual({
      status: 'served',
      consultation_id: c.id,
    });
    const again = await fails(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, queueTicketId: t.id },
      d.tokens.desk,
    );
    expect(again.issues).toEqual([
      { path: 'queueTicketId', message: 'Nomor antrian ini sudah tercatat pada konsultasi lain.' },
    ]);
  });
});

describe('consultations.update and get', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
  });

  it('updates with the version it loaded; a stale second save gets CONFLICT and writes nothing', async () => {
    const c = await ok(d.core, 'consultations.create', MINIMAL_CONSULTATION, d.tokens.desk);
    // Both officers opened version 1.
    const first = await ok(
      d.core,
      'consultations.update',
      { id: c.id, version: 1, summary: 'Ditambah: sudah cek P3MI di SISKOP2MI.', status: 'in_progress' },
      d.tokens.desk,
    );
    expect(first).toMatchObject({
      version: 2,
      status: 'in_progress',
      summary: 'Ditambah: sudah cek P3MI di SISKOP2MI.',
    });
    const before = tableCounts(d.core);
    const stale = await fails(
      d.core,
      'consultations.update',
      { id: c.id, version: 1, summary: 'Versi petugas kedua.' },
      d.tokens.desk2,
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/baru saja diubah oleh petugas lain/);
    expect(stale.message).toMatch(/tidak hilang/);
    expect(tableCounts(d.core)).toEqual(before);
    const now = await ok(d.core, 'consultations.get', { id: c.id }, d.tokens.desk2);
    expect(now.summary).toBe('Ditambah: sudah cek P3MI di SISKOP2MI.');
    // Reloaded, the second officer saves fine.
    const second = await ok(
      d.core,
      'consultations.update',
      { id: c.id, version: now.version, topics: ['costs', 'g_to_g'], status: 'closed' },
      d.tokens.desk2,
    );
    expect(second).toMatchObject({ version: 3, topics: ['costs', 'g_to_g'], status: 'closed' });
    expect(second.closedAt).not.toBeNull();
    const topics = d.core.db
      .prepare('SELECT topic FROM consultation_topics WHERE consultation_id = ? ORDER BY topic')
      .all(c.id);
    expect(topics).toEqual([{ topic: 'costs' }, { topic: 'g_to_g' }]);
  });

  it('reopening clears the closing time; clearing the destination with null works', async () => {
    const c = await ok(d.core, 'consultations.create', { ...MINIMAL_CONSULTATION, destination: 'TW' }, d.tokens.desk);
    const closed = await ok(d.core, 'consultations.update', { id: c.id, version: 1, status: 'closed' }, d.tokens.desk);
    const reopened = await ok(
      d.core,
      'consultations.update',
      { id: c.id, version: closed.version, status: 'open', destination: null },
      d.tokens.desk,
    );
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, destination: null });
  });

  it('changing the visitor to a person checks that person consent', async () => {
    const c = await ok(d.core, 'consultations.create', MINIMAL_CONSULTATION, d.tokens.desk);
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Yuyun Wahyuni', ['photos']);
    const e = await fails(
      d.core,
      'consultations.update',
      { id: c.id, version: 1, visitor: { kind: 'person', personId } },
      d.tokens.desk,
    );
    expect(e.issues?.[0].path).toBe('visitor.personId');
    expect((await ok(d.core, 'consultations.get', { id: c.id }, d.tokens.desk)).version).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id, and validates the version', async () => {
    expect((await fails(d.core, 'consultations.get', { id: 'tidak-ada' }, d.tokens.desk)).code).toBe('NOT_FOUND');
    expect((await fails(d.core, 'consultations.update', { id: 'tidak-ada', version: 1 }, d.tokens.desk)).code).toBe(
      'NOT_FOUND',
    );
    const e = await fails(d.core, 'consultations.update', { id: 'x', version: 0 }, d.tokens.desk);
    expect(e.issues).toEqual([{ path: 'version', message: 'Versi data tidak valid.' }]);
    const missing = await fails(d.core, 'consultations.update', { id: 'x' }, d.tokens.desk);
    expect(missing.issues?.[0]).toEqual({ path: 'version', message: 'Versi data wajib dikirim (muat ulang halaman).' });
  });

  it('every get is an audited view, attached to the person it is about', async () => {
    const { personId } = await addPerson(d.core, d.tokens.desk, 'Nur Aini');
    const c = await ok(
      d.core,
      'consultations.create',
      { ...MINIMAL_CONSULTATION, visitor: { kind: 'person', personId } },
      d.tokens.desk,
    );
    const before = auditRows(d.core, 'consultations').length;
    await ok(d.core, 'consultations.get', { id: c.id }, d.tokens.admin);
    const rows = auditRows(d.core, 'consultations');
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ action: 'view', entity_id: c.id, subject_person_id: personId });
  });
});

describe('consultations.list', () => {
  let d: DeskCore;
  const ids: string[] = [];
  let personId = '';
  beforeAll(async () => {
    d = await deskCore();
    personId = (await addPerson(d.core, d.tokens.desk, 'Kartini Sulastri')).personId;
    const topics = ['costs', 'agency_check', 'g_to_g'] as const;
    // 30 consultations, one every hour going back from now, so time order is known.
    for (let i = 0; i < 30; i++) {
      const input: MethodInput<'consultations.create'> = {
        ...MINIMAL_CONSULTATION,
        at: new Date(Date.parse('2026-11-29T01:00:00Z') - i * 3600_000).toISOString(),
        topics: [topics[i % 3]],
        flags: { traffickingSuspected: i % 10 === 0 },
        summary: i % 7 === 0 ? 'Tawaran kerja lewat sponsor tanpa kontrak' : 'Syarat paspor',
        visitor: i % 5 === 0 ? { kind: 'person', personId } : ANON,
      };
      ids.push((await ok(d.core, 'consultations.create', input, d.tokens.desk)).id);
    }
  });

  it('pages newest first through every row exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof ok<'consultations.list'>>> = await ok(
        d.core,
        'consultations.list',
        { limit: 7, cursor },
        d.tokens.desk,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('filters by topic, flag, person, status, date range and words', async () => {
    const list = async (filters: NonNullable<MethodInput<'consultations.list'>['filters']>) =>
      (await ok(d.core, 'consultations.list', { filters, limit: 100 }, d.tokens.desk)).items.map((i) => i.id);
    expect(await list({ topic: 'agency_check' })).toEqual(ids.filter((_, i) => i % 3 === 1));
    expect(await list({ flagged: true })).toEqual(ids.filter((_, i) => i % 10 === 0));
    expect(await list({ flagged: false })).toEqual(ids.filter((_, i) => i % 10 !== 0));
    expect(await list({ personId })).toEqual(ids.filter((_, i) => i % 5 === 0));
    expect(await list({ status: 'closed' })).toEqual([]);
    expect(await list({ status: 'open', topic: 'g_to_g', flagged: false })).toEqual(
      ids.filter((_, i) => i % 3 === 2 && i % 10 !== 0),
    );
    // 2026-11-29 08:00 Jakarta back to 2026-11-28 09:00 Jakarta: today is rows 0..8 (08:00 down to 00:00).
    expect(await list({ from: '2026-11-29', to: '2026-11-29' })).toEqual(ids.slice(0, 9));
    expect(await list({ from: '2026-11-28', to: '2026-11-28' })).toEqual(ids.slice(9, 30));
    expect(await list({ q: 'sponsor' })).toEqual(ids.filter((_, i) => i % 7 === 0));
    expect(await list({ q: 'SPONS' })).toEqual(ids.filter((_, i) => i % 7 === 0));
    expect(await list({ q: 'kartini' })).toEqual(ids.filter((_, i) => i % 5 === 0));
    expect(await list({ q: 'dusun' })).toEqual(ids.filter((_, i) => i % 5 !== 0));
    expect(await list({ q: 'sponsor', topic: 'costs' })).toEqual(ids.filter((_, i) => i % 7 === 0 && i % 3 === 0));
    // FTS syntax in the box is just words, never an error.
    expect(await list({ q: '"sponsor"*' })).toEqual(ids.filter((_, i) => i % 7 === 0));
    expect(await list({ q: 'NEAR( "OR' })).toEqual([]);
    expect(await list({ q: '*' })).toEqual([]);
  });

  it('pages a filtered list with the cursor too', async () => {
    const first = await ok(d.core, 'consultations.list', { filters: { topic: 'costs' }, limit: 4 }, d.tokens.desk);
    const second = await ok(
      d.core,
      'consultations.list',
      { filters: { topic: 'costs' }, limit: 4, cursor: first.nextCursor },
      d.tokens.desk,
    );
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(ids.filter((_, i) => i % 3 === 0).slice(0, 8));
  });

  it('shows the visitor name and a short preview, and logs person lookups only', async () => {
    const page = await ok(d.core, 'consultations.list', { filters: { personId }, limit: 1 }, d.tokens.desk);
    expect(page.items[0].visitor).toEqual({ kind: 'person', personId, name: 'Kartini Sulastri' });
    expect(page.items[0].summaryPreview).toBe('Tawaran kerja lewat sponsor tanpa kontrak');
    const rows = auditRows(d.core, 'consultations').filter((r) => r.action === 'view');
    expect(rows.at(-1)).toMatchObject({ subject_person_id: personId });
    const n = rows.length;
    await ok(d.core, 'consultations.list', {}, d.tokens.desk);
    expect(auditRows(d.core, 'consultations').filter((r) => r.action === 'view').length).toBe(n);
  });

  it('rejects a forged cursor, a huge page and reversed dates on their fields', async () => {
    const e1 = await fails(d.core, 'consultations.list', { cursor: 'bm90LWpzb24' }, d.tokens.desk);
    expect(e1.issues?.[0]).toMatchObject({ path: 'cursor', message: expect.stringMatching(/Penanda halaman/) });
    const e2 = await fails(d.core, 'consultations.list', { limit: 500 }, d.tokens.desk);
    expect(e2.issues?.[0]).toEqual({ path: 'limit', message: 'Jumlah per halaman paling banyak 100.' });
    const e3 = await fails(
      d.core,
      'consultations.list',
      { filters: { from: '2026-11-30', to: '2026-11-01' } },
      d.tokens.desk,
    );
    expect(e3.issues?.[0]).toEqual({ path: 'filters.to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
  });
});
