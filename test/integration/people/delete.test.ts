import { describe, expect, it } from 'vitest';
import { peopleForeignKeys } from '../../../electron/core/people/references';
import { REAUTH_REQUIRED_MESSAGE } from '../../../electron/shared/users';
import { tableCounts } from '../../support/core';
import { fail, ok, person, setUp, signIn, stepUp } from './support';

describe('people.delete: delete when unreferenced, anonymise when referenced (never orphaned rows)', () => {
  it('deletes an unreferenced person together with their consents', async () => {
    const { core, admin } = await setUp();
    const { person: p } = await ok(core, 'people.create', person(), admin);
    await stepUp(core, admin);
    expect(await ok(core, 'people.delete', { id: p.id }, admin)).toEqual({ outcome: 'deleted', references: [] });
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM people').get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM consents').get()).toEqual({ n: 0 });
    expect((await fail(core, 'people.get', { id: p.id }, admin)).code).toBe('NOT_FOUND');
  });

  it('anonymises a person that a table added later points at, found through the foreign keys', async () => {
    const { core, admin } = await setUp();
    // A table this feature does not know about, as a later migration (consultations…) would add it.
    core.db.exec(`CREATE TABLE test_visits (
      id INTEGER PRIMARY KEY, visitor_id TEXT REFERENCES people(id), note TEXT) STRICT`);
    expect(peopleForeignKeys(core.db)).toContainEqual({ table: 'test_visits', column: 'visitor_id' });

    const { person: p } = await ok(core, 'people.create', person(), admin);
    core.db.prepare("INSERT INTO test_visits (visitor_id, note) VALUES (?, 'tanya jalur resmi')").run(p.id);
    core.db.prepare("INSERT INTO test_visits (visitor_id, note) VALUES (?, 'kembali lagi')").run(p.id);
    await stepUp(core, admin);
    const result = await ok(core, 'people.delete', { id: p.id }, admin);
    expect(result).toEqual({
      outcome: 'anonymised',
      references: [{ table: 'test_visits', column: 'visitor_id', count: 2 }],
    });

    const { person: after, consents } = await ok(core, 'people.get', { id: p.id }, admin);
    expect(after).toMatchObject({
      fullName: `Anonim-${p.id.replace(/-/g, '').slice(-8)}`,
      nikMasked: null,
      phone: null,
      birthDate: null,
      dusun: null,
      rt: null,
      rw: null,
      note: null,
      // Kept for aggregate reports; neither identifies anyone.
      sex: 'P',
      regionCode: '32.12.16.2004',
      version: 2,
    });
    expect(after.anonymisedAt).not.toBeNull();
    expect(core.db.prepare('SELECT nik_hash, name_key FROM people').get()).toEqual({
      nik_hash: null,
      name_key: after.fullName.toLowerCase().replace('-', ' '),
    });
    expect(consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    // The referencing rows are intact and still point at an existing row.
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM test_visits WHERE visitor_id = ?').get(p.id)).toEqual({ n: 2 });
    expect(core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // An anonymised person is not found any more and cannot be edited back.
    expect((await ok(core, 'people.search', { q: 'siti' }, admin)).items).toEqual([]);
    expect((await fail(core, 'people.update', { id: p.id, version: 2, fullName: 'Siti Aminah' }, admin)).code).toBe(
      'CONFLICT',
    );
    // The same NIK can be registered again (for the real person coming back later).
    expect((await ok(core, 'people.create', person(), admin)).person.nikMasked).toBe('3212••••••••0001');
  });

  it('counts a consent a person gave for someone else as a reference', async () => {
    const { core, admin } = await setUp();
    const { person: mother } = await ok(core, 'people.create', person(), admin);
    await ok(
      core,
      'people.create',
      {
        fullName: 'Rizky Pratama',
        birthDate: '2016-08-17',
        consent: {
          givenBy: 'mother',
          givenByPersonId: mother.id,
          purposes: ['rumah_edukasi'],
          method: 'written',
          textVersion: '2026-01',
        },
      },
      admin,
    );
    await stepUp(core, admin);
    const result = await ok(core, 'people.delete', { id: mother.id }, admin);
    expect(result).toEqual({
      outcome: 'anonymised',
      references: [{ table: 'consents', column: 'given_by_person_id', count: 1 }],
    });
  });
});

describe('step-up before exports and deletions', () => {
  it('refuses people.delete without a recent password, and accepts it for 5 minutes after', async () => {
    const { core, admin } = await setUp();
    const { person: p } = await ok(core, 'people.create', person(), admin);
    const { person: q } = await ok(core, 'people.create', person({ nik: undefined, fullName: 'Budi' }), admin);
    const before = tableCounts(core);
    expect(await fail(core, 'people.delete', { id: p.id }, admin)).toEqual({
      code: 'FORBIDDEN',
      message: REAUTH_REQUIRED_MESSAGE,
    });
    expect(REAUTH_REQUIRED_MESSAGE).toBe('Masukkan kata sandi Anda lagi untuk melanjutkan.');
    expect(tableCounts(core)).toEqual(before);

    const { confirmedUntil } = await stepUp(core, admin);
    expect(Date.parse(confirmedUntil) - core.clock.now()).toBe(5 * 60_000);
    core.clock.advance(4 * 60_000);
    expect((await ok(core, 'people.delete', { id: p.id }, admin)).outcome).toBe('deleted');
    core.clock.advance(60_001);
    expect((await fail(core, 'people.delete', { id: q.id }, admin)).message).toBe(REAUTH_REQUIRED_MESSAGE);
  });

  it('is per session: confirming on one PC does not unlock deletions on another', async () => {
    const { core, admin } = await setUp();
    const desk1 = await signIn(core, 'desk_officer', 'petugas');
    const { person: p } = await ok(core, 'people.create', person(), desk1);
    const desk2 = (await ok(core, 'auth.login', { username: 'petugas', password: 'Padi-Menguning-2026' })).token;
    await stepUp(core, desk1, 'Padi-Menguning-2026');
    expect((await fail(core, 'people.delete', { id: p.id }, desk2)).message).toBe(REAUTH_REQUIRED_MESSAGE);
    expect((await ok(core, 'people.delete', { id: p.id }, desk1)).outcome).toBe('deleted');
    void admin;
  });

  it('fails closed when the clock was set backwards after the step-up', async () => {
    const { core, admin } = await setUp();
    const { person: p } = await ok(core, 'people.create', person(), admin);
    await stepUp(core, admin);
    core.clock.advance(-60_000);
    expect((await fail(core, 'people.delete', { id: p.id }, admin)).message).toBe(REAUTH_REQUIRED_MESSAGE);
  });

  it('refuses a wrong password with FORBIDDEN and throttles like login', async () => {
    const { core, admin } = await setUp();
    for (let i = 0; i < 4; i++) {
      expect(await fail(core, 'auth.confirmPassword', { password: `salah-${i}` }, admin)).toEqual({
        code: 'FORBIDDEN',
        message: 'Kata sandi salah. Coba lagi.',
        issues: [{ path: 'password', message: 'Kata sandi salah.' }],
      });
    }
    expect(await fail(core, 'auth.confirmPassword', { password: 'salah-5' }, admin)).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 60,
    });
    // Even the right password waits, and so does signing in on another PC.
    expect((await fail(core, 'auth.confirmPassword', { password: 'Sungai-Cimanuk-77' }, admin)).code).toBe(
      'RATE_LIMITED',
    );
    expect((await fail(core, 'auth.login', { username: 'sekdes', password: 'Sungai-Cimanuk-77' })).code).toBe(
      'RATE_LIMITED',
    );
    core.clock.advance(61_000);
    expect((await stepUp(core, admin)).confirmedUntil).toBeTruthy();
  });
});
