import { describe, expect, it } from 'vitest';
import { getSetting } from '../../../electron/core/settings/repository';
import { tableCounts } from '../../support/core';
import { fail, ok, person, setUp, signIn } from './support';

describe('people.create', () => {
  it('stores a person with a consent, the NIK only as a keyed hash and a mask, the phone as E.164', async () => {
    const { core, admin } = await setUp();
    const created = await ok(core, 'people.create', person(), admin);
    expect(created.person).toMatchObject({
      fullName: 'Siti Aminah',
      nikMasked: '3212••••••••0001',
      sex: 'P',
      birthDate: '1990-05-01',
      phone: '+6281234567890',
      regionCode: '32.12.16.2004',
      rt: '003',
      rw: '005',
      version: 1,
      anonymisedAt: null,
    });
    expect(created.warnings).toEqual([]);
    expect(created.consent).toMatchObject({
      subjectPersonId: created.person.id,
      givenBy: 'self',
      purposes: ['consultation', 'migrant_register'],
      method: 'written',
      withdrawnAt: null,
    });
    const row = core.db.prepare('SELECT * FROM people').get() as Record<string, unknown>;
    expect(row.name_key).toBe('siti aminah');
    expect(row.nik_hash).toMatch(/^[0-9a-f]{64}$/);
    // The full NIK is nowhere in the database.
    const dump = JSON.stringify(core.db.prepare('SELECT * FROM people').all());
    expect(dump).not.toContain('3212164105900001');
    expect(getSetting<string | null>(core.db, 'security.nikKey', null)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('requires a consent whenever a named person is stored; nothing is written without it', async () => {
    const { core, admin } = await setUp();
    const { consent: _, ...withoutConsent } = person();
    const before = tableCounts(core);
    const error = await fail(core, 'people.create', withoutConsent, admin);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'consent', message: expect.stringContaining('Catat persetujuan') }],
    });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a wrong NIK with a message next to the field and writes nothing (not even the NIK key)', async () => {
    const { core, admin } = await setUp();
    const before = tableCounts(core);
    const error = await fail(core, 'people.create', person({ nik: '3212163102850002' }), admin);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'nik', message: 'Tanggal lahir pada NIK tidak valid.' }],
    });
    expect(tableCounts(core)).toEqual(before);
    expect(getSetting(core.db, 'security.nikKey', null)).toBeNull();
  });

  it('warns, without blocking, when the NIK disagrees with the sex or the birth date', async () => {
    const { core, admin } = await setUp();
    const created = await ok(core, 'people.create', person({ sex: 'L', birthDate: '1990-06-01' }), admin);
    expect(created.warnings.map((w) => w.path)).toEqual(['sex', 'birthDate']);
    expect(created.person.sex).toBe('L');
  });

  it('refuses a bad phone with an example and never requires a phone', async () => {
    const { core, admin } = await setUp();
    const error = await fail(core, 'people.create', person({ phone: '0812' }), admin);
    expect(error.issues).toEqual([{ path: 'phone', message: 'Nomor HP tidak valid. Contoh: 0812 3456 7890.' }]);
    const { phone: _, nik: __, ...noPhone } = person();
    expect((await ok(core, 'people.create', noPhone, admin)).person.phone).toBeNull();
  });

  it('refuses the same NIK for a second person (CONFLICT), and a NIK typed into the name box', async () => {
    const { core, admin } = await setUp();
    await ok(core, 'people.create', person(), admin);
    const again = await fail(core, 'people.create', person({ fullName: 'Orang Lain' }), admin);
    expect(again).toMatchObject({ code: 'CONFLICT', issues: [{ path: 'nik' }] });
    const nikAsName = await fail(
      core,
      'people.create',
      person({ fullName: '3212164105900001', nik: undefined }),
      admin,
    );
    expect(nikAsName.code).toBe('VALIDATION');
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM people').get()).toEqual({ n: 1 });
  });

  it("needs a parent's or guardian's consent for a child (UU PDP Pasal 25)", async () => {
    const { core, admin } = await setUp();
    const child = { fullName: 'Rizky Pratama', birthDate: '2016-08-17', sex: 'L' as const };
    const bySelf = await fail(core, 'people.create', { ...child, consent: person().consent }, admin);
    expect(bySelf.issues).toEqual([
      {
        path: 'consent.givenBy',
        message: 'Untuk anak di bawah 18 tahun, persetujuan diberikan oleh orang tua atau wali.',
      },
    ]);
    const noGiver = await fail(
      core,
      'people.create',
      { ...child, consent: { ...person().consent, givenBy: 'mother' } },
      admin,
    );
    expect(noGiver.issues).toEqual([{ path: 'consent.givenByName', message: 'Tulis nama pemberi persetujuan.' }]);
    const byMotherAbroad = await ok(
      core,
      'people.create',
      {
        ...child,
        consent: {
          givenBy: 'mother',
          givenByName: 'Ibu Warsini (di Hong Kong)',
          purposes: ['rumah_edukasi', 'photos'],
          method: 'recorded_call',
          evidenceRef: 'Rekaman WA 2026-11-28',
          textVersion: '2026-01',
        },
      },
      admin,
    );
    expect(byMotherAbroad.consent).toMatchObject({ givenBy: 'mother', givenByName: 'Ibu Warsini (di Hong Kong)' });
  });

  it('treats empty optional boxes as not given', async () => {
    const { core, admin } = await setUp();
    const created = await ok(
      core,
      'people.create',
      { ...person({ nik: '', phone: '', dusun: '  ', rt: '' }), fullName: 'Warsinah' },
      admin,
    );
    expect(created.person).toMatchObject({ nikMasked: null, phone: null, dusun: null, rt: null });
  });
});

describe('people.checkDuplicates and people.search', () => {
  it('shows possible duplicates before creating: same NIK, or same name and birth date', async () => {
    const { core, admin } = await setUp();
    const siti = (await ok(core, 'people.create', person(), admin)).person;
    const noDob = (await ok(core, 'people.create', { fullName: 'SITI  Aminah', consent: person().consent }, admin))
      .person;

    const byNameAndDate = await ok(
      core,
      'people.checkDuplicates',
      { fullName: 'siti aminah', birthDate: '1990-05-01' },
      admin,
    );
    expect(byNameAndDate.items).toEqual([
      expect.objectContaining({ id: noDob.id, reasons: ['name'] }),
      expect.objectContaining({ id: siti.id, reasons: ['name_birth_date'], nikMasked: '3212••••••••0001' }),
    ]);
    const byNik = await ok(
      core,
      'people.checkDuplicates',
      { fullName: 'Nama Lain', nik: '3212 1641 0590 0001' },
      admin,
    );
    expect(byNik.items).toEqual([expect.objectContaining({ id: siti.id, reasons: ['nik'] })]);
    const otherDate = await ok(
      core,
      'people.checkDuplicates',
      { fullName: 'Siti Aminah', birthDate: '1991-01-01' },
      admin,
    );
    expect(otherDate.items.map((i) => i.id)).toEqual([noDob.id]);

    // Creating the same name and birth date again is allowed, with a warning.
    const twin = await ok(core, 'people.create', person({ nik: undefined }), admin);
    expect(twin.warnings).toEqual([
      { path: 'fullName', message: expect.stringContaining('nama dan tanggal lahir yang sama') },
    ]);
  });

  it('finds people by part of a name, by full NIK and by phone in any format, showing the NIK masked', async () => {
    const { core, admin } = await setUp();
    const siti = (await ok(core, 'people.create', person(), admin)).person;
    for (const fullName of ['Aminah Rahayu', 'Nur Siti', 'Budi Santoso']) {
      await ok(core, 'people.create', { fullName, consent: person().consent }, admin);
    }
    const byName = await ok(core, 'people.search', { q: 'siti' }, admin);
    expect(byName.by).toBe('name');
    // Whole-name prefix first, then a word that starts with it.
    expect(byName.items.map((p) => p.fullName)).toEqual(['Siti Aminah', 'Nur Siti']);
    expect((await ok(core, 'people.search', { q: 'amin' }, admin)).items.map((p) => p.fullName)).toEqual([
      'Aminah Rahayu',
      'Siti Aminah',
    ]);
    const byNik = await ok(core, 'people.search', { q: '3212164105900001' }, admin);
    expect(byNik).toEqual({ by: 'nik', hasMore: false, items: [expect.objectContaining({ id: siti.id })] });
    expect(JSON.stringify(byNik)).not.toContain('3212164105900001');
    const byPhone = await ok(core, 'people.search', { q: '+62 812-3456-7890' }, admin);
    expect(byPhone.by).toBe('phone');
    expect(byPhone.items.map((p) => p.id)).toEqual([siti.id]);
    expect(byPhone.items[0]).not.toHaveProperty('phone');
    expect((await ok(core, 'people.search', { q: '3212164105900002' }, admin)).items).toEqual([]);
  });

  it('pages with limit and offset', async () => {
    const { core, admin } = await setUp();
    for (let i = 1; i <= 5; i++)
      await ok(core, 'people.create', { fullName: `Warga Nomor ${'ABCDE'[i - 1]}`, consent: person().consent }, admin);
    const first = await ok(core, 'people.search', { q: 'warga', limit: 2 }, admin);
    const last = await ok(core, 'people.search', { q: 'warga', limit: 2, offset: 4 }, admin);
    expect(first.items.map((p) => p.fullName)).toEqual(['Warga Nomor A', 'Warga Nomor B']);
    expect(first.hasMore).toBe(true);
    expect(last).toMatchObject({ hasMore: false, items: [{ fullName: 'Warga Nomor E' }] });
  });
});

describe('people.update (optimistic concurrency)', () => {
  it('two officers save the same version: the second gets CONFLICT and nothing of theirs is written', async () => {
    const { core, admin } = await setUp();
    const desk = await signIn(core, 'desk_officer');
    const { person: p } = await ok(core, 'people.create', person(), admin);
    const first = await ok(core, 'people.update', { id: p.id, version: p.version, dusun: 'Dusun Timur' }, admin);
    expect(first.person).toMatchObject({ dusun: 'Dusun Timur', version: 2 });

    const before = core.db.prepare('SELECT * FROM people WHERE id = ?').get(p.id);
    const second = await fail(
      core,
      'people.update',
      { id: p.id, version: p.version, dusun: 'Dusun Barat', phone: '0813 9999 0000' },
      desk,
    );
    expect(second).toEqual({
      code: 'CONFLICT',
      message: 'Data ini baru saja diubah petugas lain. Muat ulang untuk melihat perubahan; isian Anda tidak hilang.',
    });
    expect(core.db.prepare('SELECT * FROM people WHERE id = ?').get(p.id)).toEqual(before);

    // Reloaded, the second officer's change goes through.
    const retried = await ok(core, 'people.update', { id: p.id, version: 2, dusun: 'Dusun Barat' }, desk);
    expect(retried.person).toMatchObject({ dusun: 'Dusun Barat', version: 3 });
  });

  it('clears a field with null or an empty box, changes the NIK, and checks it again', async () => {
    const { core, admin } = await setUp();
    const { person: p } = await ok(core, 'people.create', person(), admin);
    const cleared = await ok(core, 'people.update', { id: p.id, version: 1, phone: '', nik: null, rt: null }, admin);
    expect(cleared.person).toMatchObject({ phone: null, nikMasked: null, rt: null, version: 2 });
    expect(core.db.prepare('SELECT nik_hash FROM people').get()).toEqual({ nik_hash: null });
    const bad = await fail(core, 'people.update', { id: p.id, version: 2, nik: '3212160000000000' }, admin);
    expect(bad.issues).toEqual([{ path: 'nik', message: 'Tanggal lahir pada NIK tidak valid.' }]);
    const renik = await ok(core, 'people.update', { id: p.id, version: 2, nik: '3212164105900001', sex: 'L' }, admin);
    expect(renik.person.nikMasked).toBe('3212••••••••0001');
    expect(renik.warnings).toEqual([{ path: 'sex', message: expect.stringContaining('perempuan') }]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { core, admin } = await setUp();
    expect((await fail(core, 'people.update', { id: 'tidak-ada', version: 1, dusun: 'X' }, admin)).code).toBe(
      'NOT_FOUND',
    );
    expect((await fail(core, 'people.get', { id: 'tidak-ada' }, admin)).code).toBe('NOT_FOUND');
  });
});

describe('consents', () => {
  it('withdraws a consent once, records a new one, and shows both on people.get', async () => {
    const { core, admin } = await setUp();
    const created = await ok(core, 'people.create', person(), admin);
    const withdrawn = await ok(core, 'people.withdrawConsent', { consentId: created.consent.id }, admin);
    expect(withdrawn.consent.withdrawnAt).toBe(new Date(core.clock.now()).toISOString());
    const again = await fail(core, 'people.withdrawConsent', { consentId: created.consent.id }, admin);
    expect(again).toEqual({ code: 'CONFLICT', message: 'Persetujuan ini sudah ditarik sebelumnya.' });

    core.clock.advance(60_000);
    const added = await ok(
      core,
      'people.addConsent',
      {
        personId: created.person.id,
        consent: { givenBy: 'self', purposes: ['consultation'], method: 'electronic', textVersion: '2026-02' },
      },
      admin,
    );
    const { consents } = await ok(core, 'people.get', { id: created.person.id }, admin);
    expect(consents.map((c) => [c.id, c.withdrawnAt === null])).toEqual([
      [added.consent.id, true],
      [created.consent.id, false],
    ]);
  });

  it('refuses a stored giver who does not exist, or who is the person themself', async () => {
    const { core, admin } = await setUp();
    const { person: p } = await ok(core, 'people.create', person(), admin);
    const consent = {
      givenBy: 'guardian' as const,
      purposes: ['photos' as const],
      method: 'written' as const,
      textVersion: '1',
    };
    const unknown = await fail(
      core,
      'people.addConsent',
      { personId: p.id, consent: { ...consent, givenByPersonId: 'x' } },
      admin,
    );
    expect(unknown.issues).toEqual([
      { path: 'consent.givenByPersonId', message: 'Pemberi persetujuan tidak ditemukan.' },
    ]);
    const self = await fail(
      core,
      'people.addConsent',
      { personId: p.id, consent: { ...consent, givenByPersonId: p.id } },
      admin,
    );
    expect(self.issues?.[0].path).toBe('consent.givenByPersonId');
  });
});
