import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { CODE_PATTERN } from '../../../electron/core/desk/cases/reference-code';
import { CASE_STATUSES, CASE_TRANSITIONS, type CaseStatus } from '../../../electron/shared/desk';
import { completeSetup, fakeClock, login, quietLog, tableCounts, VALID_SETUP } from '../../support/core';
import { addAgency, addPerson, auditRows, type DeskCore, deskCore, fails, MINIMAL_CONSULTATION, ok } from './fixture';

const CASE = {
  kind: 'lost_contact' as const,
  risk: 'high' as const,
  summary: 'Anak bekerja di Taiwan tidak bisa dihubungi sejak Agustus.',
};

describe('cases.create', () => {
  let d: DeskCore;
  let reporter = '';
  let victim = '';
  beforeAll(async () => {
    d = await deskCore();
    reporter = (await addPerson(d.core, d.tokens.desk, 'Tarsih')).personId;
    victim = (await addPerson(d.core, d.tokens.desk, 'Wartini')).personId;
    addAgency(d.core, 'agency-1', 'PT Maju Jaya Sentosa', 'KEP 123/2024');
  });

  it('opens a case with people, agency, consultation and follow-up, and a reference code to quote', async () => {
    const consultation = await ok(d.core, 'consultations.create', MINIMAL_CONSULTATION, d.tokens.desk);
    const c = await ok(
      d.core,
      'cases.create',
      {
        ...CASE,
        people: [
          { personId: victim, role: 'victim' },
          { personId: reporter, role: 'reporter' },
        ],
        agencyId: 'agency-1',
        consultationId: consultation.id,
        followUp: { dueOn: '2026-12-01', note: 'Tanya kabar dari BP3MI' },
      },
      d.tokens.desk,
    );
    expect(c.referenceCode).toMatch(CODE_PATTERN);
    // Desa Kenanga, November 2026.
    expect(c.referenceCode.startsWith('KNG-2611-')).toBe(true);
    expect(c).toMatchObject({
      status: 'open',
      risk: 'high',
      kind: 'lost_contact',
      agency: { id: 'agency-1', name: 'PT Maju Jaya Sentosa', licenceNumber: 'KEP 123/2024' },
      consultationId: consultation.id,
      allowedNext: ['referred', 'resolved', 'closed'],
      version: 1,
      people: [
        { personId: reporter, name: 'Tarsih', role: 'reporter' },
        { personId: victim, name: 'Wartini', role: 'victim' },
      ],
    });
    expect(c.events).toHaveLength(1);
    expect(c.followUps).toEqual([expect.objectContaining({ dueOn: '2026-12-01', target: { kind: 'case', id: c.id } })]);
    const rows = auditRows(d.core, 'cases').filter((r) => r.entity_id === c.id);
    // One audit row per person, so each person's processing trail shows the case.
    expect(rows.map((r) => r.subject_person_id).sort()).toEqual([reporter, victim].sort());
    const byConsultation = await ok(d.core, 'consultations.get', { id: consultation.id }, d.tokens.desk);
    expect(byConsultation.caseIds).toEqual([c.id]);
  });

  it('gives every case a different code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 40; i++) {
      codes.add((await ok(d.core, 'cases.create', CASE, d.tokens.desk)).referenceCode);
    }
    expect(codes.size).toBe(40);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
  });

  it('refuses people without consent, unknown agency and consultation, on their fields, writing nothing', async () => {
    const noConsent = (await addPerson(d.core, d.tokens.desk, 'Castem', ['photos'])).personId;
    const before = tableCounts(d.core);
    const e = await fails(
      d.core,
      'cases.create',
      {
        ...CASE,
        people: [
          { personId: reporter, role: 'reporter' },
          { personId: noConsent, role: 'victim' },
        ],
        agencyId: 'agency-x',
        consultationId: 'tidak-ada',
      },
      d.tokens.desk,
    );
    expect(e.issues).toEqual([
      { path: 'people.1.personId', message: 'Persetujuan (consent) untuk layanan konsultasi belum dicatat.' },
      { path: 'agencyId', message: 'P3MI ini tidak ada di daftar P3MI. Pilih dari hasil pencarian.' },
      { path: 'consultationId', message: 'Konsultasi ini tidak ditemukan.' },
    ]);
    expect(tableCounts(d.core)).toEqual(before);
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['kind', { kind: 'gossip' }, 'kind', /Pilih jenis pengaduan/],
    ['risk', { risk: 'extreme' }, 'risk', /Pilih tingkat risiko/],
    ['empty summary', { summary: '  ' }, 'summary', /Wajib diisi|Minimal 3/],
    ['summary too long', { summary: 'x'.repeat(1001) }, 'summary', /Maksimal 1000/],
    ['NIK in the summary', { summary: 'Korban NIK 3212345678900001' }, 'summary', /Jangan menulis NIK/],
    ['person role', { people: [{ personId: 'a', role: 'suspect' }] }, 'people.0.role', /Pilih peran/],
    [
      'same person twice',
      {
        people: [
          { personId: 'a', role: 'victim' },
          { personId: 'a', role: 'reporter' },
        ],
      },
      'people.1.personId',
      /sudah ada/,
    ],
    ['follow-up date', { followUp: { dueOn: '2026-13-01' } }, 'followUp.dueOn', /tidak ada di kalender/],
  ];
  it.each(bad)('rejects %s with an Indonesian message and writes nothing', async (_n, patch, path, message) => {
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'cases.create', { ...CASE, ...patch }, d.tokens.desk);
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.find((i) => i.path === path)?.message, JSON.stringify(e.issues)).toMatch(message);
    expect(tableCounts(d.core)).toEqual(before);
  });
});

describe('reference codes', () => {
  it('retries a colliding code with fresh random bytes', async () => {
    // Suffix draws (8 bytes each) are scripted: the first two give the same code, the third differs.
    // Everything else (ids, tokens, salts) keeps real randomness.
    const draws = [0, 0, 1];
    let n = 0;
    const random = (size: number) => {
      if (size !== 8) return randomBytes(size);
      const b = draws[Math.min(n, draws.length - 1)];
      n++;
      return new Uint8Array(size).fill(b);
    };
    const core = createCore({ dbPath: ':memory:', clock: fakeClock(), random, log: quietLog });
    await completeSetup(core);
    const token = await login(core, VALID_SETUP.admin.username, VALID_SETUP.admin.password);
    n = 0;
    const a = await ok(core, 'cases.create', CASE, token);
    n = 1;
    const b = await ok(core, 'cases.create', CASE, token);
    expect(a.referenceCode).toBe('KNG-2611-333');
    expect(b.referenceCode).toBe('KNG-2611-444');
    core.close();
  });

  it('finds a case by the code however the family writes it', async () => {
    const d = await deskCore();
    const c = await ok(d.core, 'cases.create', CASE, d.tokens.desk);
    const spoken = c.referenceCode.toLowerCase().replace(/-/g, ' ');
    expect((await ok(d.core, 'cases.get', { referenceCode: spoken }, d.tokens.desk)).id).toBe(c.id);
    expect(
      (await ok(d.core, 'cases.get', { referenceCode: c.referenceCode.replace(/-/g, '') }, d.tokens.desk)).id,
    ).toBe(c.id);
    expect((await fails(d.core, 'cases.get', { referenceCode: 'KNG-2611-000' }, d.tokens.desk)).code).toBe('NOT_FOUND');
    const bad = await fails(d.core, 'cases.get', { referenceCode: 'halo' }, d.tokens.desk);
    expect(bad.issues).toEqual([{ path: 'referenceCode', message: 'Kode pengaduan ditulis seperti KNG-2611-7QK.' }]);
    const neither = await fails(d.core, 'cases.get', {}, d.tokens.desk);
    expect(neither.issues?.[0].path).toBe('referenceCode');
  });
});

describe('case status machine', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
  });

  /** Opens a case and walks it to `status` through allowed steps. */
  async function caseIn(status: CaseStatus) {
    const path: Record<CaseStatus, CaseStatus[]> = {
      open: [],
      referred: ['referred'],
      resolved: ['resolved'],
      closed: ['closed'],
    };
    let c = await ok(d.core, 'cases.create', CASE, d.tokens.desk);
    for (const step of path[status]) {
      c = await ok(d.core, 'cases.update', { id: c.id, version: c.version, status: step }, d.tokens.desk);
    }
    return c;
  }

  const table = CASE_STATUSES.flatMap((from) =>
    CASE_STATUSES.filter((to) => to !== from).map((to) => [from, to, CASE_TRANSITIONS[from].includes(to)] as const),
  );

  it('has exactly the documented transitions', () => {
    expect(CASE_TRANSITIONS).toEqual({
      open: ['referred', 'resolved', 'closed'],
      referred: ['resolved', 'closed'],
      resolved: ['open', 'closed'],
      closed: [],
    });
  });

  it.each(table)('%s → %s allowed: %s (cases.update)', async (from, to, allowed) => {
    const c = await caseIn(from);
    const before = tableCounts(d.core);
    const r = await d.core.dispatch(
      'cases.update',
      { id: c.id, version: c.version, status: to },
      { token: d.tokens.desk },
    );
    if (allowed) {
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const after = await ok(d.core, 'cases.get', { id: c.id }, d.tokens.desk);
      expect(after.status).toBe(to);
      expect(after.events.at(-1)).toMatchObject({ statusFrom: from, statusTo: to });
      expect(after.allowedNext).toEqual([...CASE_TRANSITIONS[to]]);
    } else {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0].path).toBe('status');
      const next = CASE_TRANSITIONS[from];
      expect(r.error.issues?.[0].message).toMatch(
        next.length === 0 ? /tidak bisa diubah lagi/ : /Pilihan berikutnya: /,
      );
      expect(tableCounts(d.core)).toEqual(before);
    }
  });

  it('names the allowed next states in Indonesian', async () => {
    const c = await caseIn('referred');
    const e = await fails(d.core, 'cases.update', { id: c.id, version: c.version, status: 'open' }, d.tokens.desk);
    expect(e.issues).toEqual([
      {
        path: 'status',
        message: 'Status tidak bisa diubah dari "Dirujuk" ke "Dibuka". Pilihan berikutnya: "Selesai", "Ditutup".',
      },
    ]);
  });

  it('keeps resolution and closing times in step with the status', async () => {
    let c = await caseIn('resolved');
    expect(c.resolvedAt).not.toBeNull();
    c = await ok(
      d.core,
      'cases.update',
      { id: c.id, version: c.version, status: 'open', note: 'Keluarga datang lagi' },
      d.tokens.desk,
    );
    expect(c).toMatchObject({ status: 'open', resolvedAt: null, closedAt: null });
    expect(c.events.at(-1)).toMatchObject({ note: 'Keluarga datang lagi', statusFrom: 'resolved', statusTo: 'open' });
    c = await ok(d.core, 'cases.update', { id: c.id, version: c.version, status: 'closed' }, d.tokens.desk);
    expect(c.closedAt).not.toBeNull();
  });

  it('addEvent appends notes and referrals, and follows the same machine', async () => {
    const c = await caseIn('open');
    const referred = await ok(
      d.core,
      'cases.addEvent',
      { id: c.id, note: 'Dirujuk ke BP3MI Jawa Barat lewat telepon.', referralTo: 'bp3mi_jabar', statusTo: 'referred' },
      d.tokens.desk2,
    );
    expect(referred.status).toBe('referred');
    expect(referred.events.at(-1)).toMatchObject({
      note: 'Dirujuk ke BP3MI Jawa Barat lewat telepon.',
      referralTo: 'bp3mi_jabar',
      statusFrom: 'open',
      statusTo: 'referred',
      actor: { displayName: 'Petugas petugas2' },
    });
    const noted = await ok(
      d.core,
      'cases.addEvent',
      { id: c.id, note: 'Keluarga ditelepon, belum ada kabar.' },
      d.tokens.desk,
    );
    expect(noted.events).toHaveLength(3);
    expect(noted.version).toBe(referred.version + 1);
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'cases.addEvent', { id: c.id, note: 'Buka lagi', statusTo: 'open' }, d.tokens.desk);
    expect(e.issues?.[0]).toMatchObject({ path: 'statusTo', message: expect.stringMatching(/Pilihan berikutnya/) });
    expect(tableCounts(d.core)).toEqual(before);
    const empty = await fails(d.core, 'cases.addEvent', { id: c.id, note: '' }, d.tokens.desk);
    expect(empty.issues).toEqual([{ path: 'note', message: 'Wajib diisi.' }]);
    expect((await fails(d.core, 'cases.addEvent', { id: 'nope', note: 'x' }, d.tokens.desk)).code).toBe('NOT_FOUND');
  });

  it('a stale edit of a case gets CONFLICT and writes nothing', async () => {
    const c = await caseIn('open');
    await ok(d.core, 'cases.update', { id: c.id, version: c.version, risk: 'urgent' }, d.tokens.desk);
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'cases.update', { id: c.id, version: c.version, summary: 'Lain' }, d.tokens.desk2);
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/petugas lain/);
    expect(tableCounts(d.core)).toEqual(before);
  });
});

describe('cases.list and cases.byAgency', () => {
  let d: DeskCore;
  beforeAll(async () => {
    d = await deskCore();
    addAgency(d.core, 'agency-a', 'PT Amanah', 'KEP 1/2024');
    addAgency(d.core, 'agency-b', 'PT Barokah', 'KEP 2/2024');
    for (let i = 0; i < 12; i++) {
      d.clock.advance(1000);
      await ok(
        d.core,
        'cases.create',
        {
          kind: i % 2 === 0 ? 'unpaid_wages' : 'fraud',
          risk: i % 4 === 0 ? 'urgent' : 'low',
          summary: `Pengaduan nomor ${i}`,
          agencyId: i % 3 === 0 ? 'agency-a' : i % 3 === 1 ? 'agency-b' : null,
        },
        d.tokens.desk,
      );
    }
  });

  it('pages newest first and filters', async () => {
    const all = await ok(d.core, 'cases.list', { limit: 5 }, d.tokens.desk);
    expect(all.items).toHaveLength(5);
    const rest = await ok(d.core, 'cases.list', { limit: 100, cursor: all.nextCursor }, d.tokens.desk);
    expect(rest.items).toHaveLength(7);
    expect(rest.nextCursor).toBeNull();
    const opened = [...all.items, ...rest.items].map((c) => c.openedAt);
    expect(opened).toEqual([...opened].sort().reverse());
    const urgentWages = await ok(
      d.core,
      'cases.list',
      { filters: { kind: 'unpaid_wages', risk: 'urgent' } },
      d.tokens.desk,
    );
    expect(urgentWages.items).toHaveLength(3);
    const ofA = await ok(d.core, 'cases.list', { filters: { agencyId: 'agency-a' } }, d.tokens.desk);
    expect(ofA.items.map((c) => c.agency?.name)).toEqual(Array(4).fill('PT Amanah'));
  });

  it("lists one person's complaints, whatever their role in them, newest first", async () => {
    const sarni = (await addPerson(d.core, d.tokens.desk, 'Sarni')).personId;
    const other = (await addPerson(d.core, d.tokens.desk, 'Warsih')).personId;
    const codes: string[] = [];
    for (const role of ['reporter', 'victim'] as const) {
      d.clock.advance(1000);
      const c = await ok(
        d.core,
        'cases.create',
        {
          ...CASE,
          people: [
            { personId: sarni, role },
            { personId: other, role: 'other' },
          ],
        },
        d.tokens.desk,
      );
      codes.push(c.referenceCode);
    }
    d.clock.advance(1000);
    await ok(d.core, 'cases.create', { ...CASE, people: [{ personId: other, role: 'victim' }] }, d.tokens.desk);
    const hers = await ok(d.core, 'cases.list', { filters: { personId: sarni } }, d.tokens.desk);
    expect(hers.items.map((c) => c.referenceCode)).toEqual([...codes].reverse());
    const theirs = await ok(d.core, 'cases.list', { filters: { personId: other, status: 'open' } }, d.tokens.desk);
    expect(theirs.items).toHaveLength(3);
    const nobody = await ok(d.core, 'cases.list', { filters: { personId: 'tidak-ada' } }, d.tokens.desk);
    expect(nobody.items).toEqual([]);
  });

  it('counts complaints per agency for staff', async () => {
    const a = await ok(d.core, 'cases.byAgency', { agencyId: 'agency-a' }, d.tokens.desk);
    if (!('agency' in a)) throw new Error('expected one agency');
    expect(a.counts).toEqual({ open: 4, referred: 0, resolved: 0, closed: 0, total: 4 });
    expect(a.byKind).toEqual([
      { kind: 'fraud', count: 2 },
      { kind: 'unpaid_wages', count: 2 },
    ]);
    expect(a.cases).toHaveLength(4);
    const overview = await ok(d.core, 'cases.byAgency', {}, d.tokens.desk);
    if (!('agencies' in overview)) throw new Error('expected the overview');
    expect(overview.agencies.map((x) => [x.agency.name, x.total, x.open])).toEqual([
      ['PT Amanah', 4, 4],
      ['PT Barokah', 4, 4],
    ]);
    expect((await fails(d.core, 'cases.byAgency', { agencyId: 'agency-z' }, d.tokens.desk)).code).toBe('NOT_FOUND');
  });

  it('is not reachable by the public kiosk or a viewer', async () => {
    expect((await fails(d.core, 'cases.byAgency', { agencyId: 'agency-a' })).code).toBe('UNAUTHENTICATED');
    expect((await fails(d.core, 'cases.byAgency', {}, d.tokens.viewer)).code).toBe('FORBIDDEN');
  });
});
