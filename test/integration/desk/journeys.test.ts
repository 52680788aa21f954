import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../electron/shared/contract';
import { tableCounts } from '../../support/core';
import { addAgency, addPerson, auditRows, type DeskCore, deskCore, fails, ok } from './fixture';

describe('journeys (Riwayat Migrasi)', () => {
  let d: DeskCore;
  let personId = '';
  beforeAll(async () => {
    d = await deskCore();
    personId = (await addPerson(d.core, d.tokens.desk, 'Sutini')).personId;
    addAgency(d.core, 'agency-1', 'PT Sinar Abadi', 'KEP 77/2025');
  });

  it('records a migration episode with the register consent, and updates it with a version check', async () => {
    const j = await ok(
      d.core,
      'journeys.create',
      {
        personId,
        status: 'registered',
        destination: 'tw',
        job: 'Perawat lansia',
        sector: 'domestic',
        scheme: 'p_to_p',
        agencyId: 'agency-1',
        familyPermissionAcknowledgedOn: '2026-11-20',
        departedOn: '2026-12-15',
        expectedReturnOn: '2029-12-15',
      },
      d.tokens.desk,
    );
    expect(j).toMatchObject({
      personId,
      personName: 'Sutini',
      status: 'registered',
      destination: 'TW',
      agency: { name: 'PT Sinar Abadi' },
      returnedOn: null,
      version: 1,
    });
    expect(auditRows(d.core, 'journeys').at(-1)).toMatchObject({ action: 'create', subject_person_id: personId });

    const departed = await ok(
      d.core,
      'journeys.update',
      { id: j.id, version: 1, status: 'departed', job: null },
      d.tokens.desk,
    );
    expect(departed).toMatchObject({ status: 'departed', job: null, departedOn: '2026-12-15', version: 2 });
    const stale = await fails(d.core, 'journeys.update', { id: j.id, version: 1, status: 'returned' }, d.tokens.desk2);
    expect(stale.code).toBe('CONFLICT');

    const got = await ok(d.core, 'journeys.get', { id: j.id }, d.tokens.desk);
    expect(got.version).toBe(2);
    const mine = await ok(d.core, 'journeys.listByPerson', { personId }, d.tokens.desk);
    expect(mine.items.map((x) => x.id)).toContain(j.id);
    expect(auditRows(d.core, 'journeys').filter((r) => r.action === 'view').length).toBeGreaterThanOrEqual(2);
  });

  it('needs a consent for the migrant register, not just for consultations', async () => {
    const other = (await addPerson(d.core, d.tokens.desk, 'Darsem', ['consultation'])).personId;
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'journeys.create', { personId: other, status: 'planned' }, d.tokens.desk);
    expect(e.issues).toEqual([
      { path: 'personId', message: 'Persetujuan (consent) untuk pencatatan riwayat migrasi belum dicatat.' },
    ]);
    expect(tableCounts(d.core)).toEqual(before);
  });

  const dates: [string, Partial<MethodInput<'journeys.create'>>, string, string][] = [
    [
      'return before departure',
      { departedOn: '2026-01-10', returnedOn: '2025-12-01' },
      'returnedOn',
      'Tanggal pulang tidak boleh sebelum tanggal berangkat.',
    ],
    [
      'expected return before departure',
      { departedOn: '2026-01-10', expectedReturnOn: '2026-01-09' },
      'expectedReturnOn',
      'Perkiraan pulang tidak boleh sebelum tanggal berangkat.',
    ],
    [
      'departure before the family permission',
      { familyPermissionAcknowledgedOn: '2026-03-01', departedOn: '2026-02-01' },
      'departedOn',
      'Tanggal berangkat tidak boleh sebelum izin keluarga diketahui desa.',
    ],
    ['return in the future', { returnedOn: '2027-01-01' }, 'returnedOn', 'Tanggal pulang tidak boleh di masa depan.'],
    [
      'permission in the future',
      { familyPermissionAcknowledgedOn: '2026-12-01' },
      'familyPermissionAcknowledgedOn',
      'Tanggal izin keluarga diketahui desa tidak boleh di masa depan.',
    ],
  ];
  it.each(dates)('refuses %s', async (_n, patch, path, message) => {
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'journeys.create', { personId, status: 'returned', ...patch }, d.tokens.desk);
    expect(e.issues).toEqual([{ path, message }]);
    expect(tableCounts(d.core)).toEqual(before);
  });

  it('checks date order on update against the stored dates too', async () => {
    const j = await ok(
      d.core,
      'journeys.create',
      { personId, status: 'departed', departedOn: '2026-05-01' },
      d.tokens.desk,
    );
    const e = await fails(d.core, 'journeys.update', { id: j.id, version: 1, returnedOn: '2026-04-01' }, d.tokens.desk);
    expect(e.issues?.[0].path).toBe('returnedOn');
    // Clearing the departure date makes the same return date acceptable.
    const ok2 = await ok(
      d.core,
      'journeys.update',
      { id: j.id, version: 1, departedOn: null, returnedOn: '2026-04-01', status: 'returned' },
      d.tokens.desk,
    );
    expect(ok2).toMatchObject({ departedOn: null, returnedOn: '2026-04-01', status: 'returned' });
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['status', { status: 'flying' }, 'status', /Pilih status/],
    ['sector', { sector: 'mining' }, 'sector', /Pilih sektor/],
    ['scheme', { scheme: 'calo' }, 'scheme', /Pilih skema/],
    ['destination', { destination: 'Arab' }, 'destination', /negara tujuan/],
    ['date format', { departedOn: '15-12-2026' }, 'departedOn', /TTTT-BB-HH/],
    ['job too long', { job: 'x'.repeat(101) }, 'job', /Maksimal 100/],
    ['unknown agency', { agencyId: 'agency-z' }, 'agencyId', /tidak ada di daftar P3MI/],
    ['missing person', { personId: undefined }, 'personId', /Wajib diisi/],
  ];
  it.each(bad)('rejects %s with an Indonesian message and writes nothing', async (_n, patch, path, message) => {
    const before = tableCounts(d.core);
    const e = await fails(d.core, 'journeys.create', { personId, status: 'planned', ...patch }, d.tokens.desk);
    expect(e.issues?.find((i) => i.path === path)?.message, JSON.stringify(e.issues)).toMatch(message);
    expect(tableCounts(d.core)).toEqual(before);
  });
});

describe('journeys.lists', () => {
  let d: DeskCore;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    d = await deskCore();
    const p = (await addPerson(d.core, d.tokens.desk, 'Warsih')).personId;
    const add = async (key: string, input: Omit<MethodInput<'journeys.create'>, 'personId'>) => {
      ids[key] = (await ok(d.core, 'journeys.create', { personId: p, ...input }, d.tokens.desk)).id;
    };
    // Today: 2026-11-29.
    await add('leavesThisMonth', { status: 'departed', departedOn: '2026-11-03' });
    await add('leavesNextMonth', { status: 'registered', departedOn: '2026-12-02' });
    await add('endsIn2Months', { status: 'working_abroad', departedOn: '2024-01-30', expectedReturnOn: '2027-01-30' });
    await add('endsIn4Months', { status: 'working_abroad', departedOn: '2024-03-30', expectedReturnOn: '2027-03-30' });
    await add('endedButBack', {
      status: 'returned',
      departedOn: '2024-01-01',
      expectedReturnOn: '2027-01-01',
      returnedOn: '2026-11-01',
    });
    await add('nonProcedural', { status: 'working_abroad', scheme: 'non_procedural_suspected' });
    await add('nonProceduralBack', { status: 'returned', scheme: 'non_procedural_suspected' });
  });

  const idsOf = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

  it('departing this month, or a chosen month', async () => {
    const now = await ok(d.core, 'journeys.lists', { kind: 'departing_this_month' }, d.tokens.desk);
    expect(now).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(idsOf(now)).toEqual([ids.leavesThisMonth]);
    const dec = await ok(d.core, 'journeys.lists', { kind: 'departing_this_month', month: '2026-12' }, d.tokens.desk);
    expect(idsOf(dec)).toEqual([ids.leavesNextMonth]);
  });

  it('contracts ending in the next three months, not those already back', async () => {
    const r = await ok(d.core, 'journeys.lists', { kind: 'contract_ending_3_months' }, d.tokens.desk);
    expect(r).toMatchObject({ from: '2026-11-29', to: '2027-02-28' });
    expect(idsOf(r)).toEqual([ids.endsIn2Months]);
  });

  it('suspected non-procedural migrants still away', async () => {
    const r = await ok(d.core, 'journeys.lists', { kind: 'non_procedural_suspected' }, d.tokens.desk);
    expect(idsOf(r)).toEqual([ids.nonProcedural]);
  });

  it('rejects an unknown list or month in Indonesian', async () => {
    const e = await fails(d.core, 'journeys.lists', { kind: 'all' }, d.tokens.desk);
    expect(e.issues?.[0]).toMatchObject({ path: 'kind', message: expect.stringMatching(/Pilih daftar/) });
    const m = await fails(d.core, 'journeys.lists', { kind: 'departing_this_month', month: '2026-13' }, d.tokens.desk);
    expect(m.issues).toEqual([{ path: 'month', message: 'Tulis bulan sebagai TTTT-BB.' }]);
  });
});
