import { describe, expect, it } from 'vitest';
import { auditListQuery } from '../../../electron/core/audit/query';
import type { AuditEvent } from '../../../electron/shared/audit';
import { REAUTH_REQUIRED_MESSAGE } from '../../../electron/shared/users';
import { login } from '../../support/core';
import { ADMIN, auditRows, fail, ok, person, setUp, signIn, stepUp } from '../people/support';

const NIK = '3212164105900001';

describe('audit rows for people', () => {
  it('logs every view (get, search results, duplicate checks) and every change, with no NIK or phone', async () => {
    const { core, admin } = await setUp();
    const desk = await signIn(core, 'desk_officer', 'petugas');
    const { person: p, consent } = await ok(core, 'people.create', person(), desk);
    const { person: other } = await ok(core, 'people.create', person({ nik: undefined, fullName: 'Siti Rahma' }), desk);
    await ok(core, 'people.get', { id: p.id }, desk);
    await ok(core, 'people.search', { q: NIK }, desk);
    await ok(core, 'people.search', { q: 'siti' }, desk);
    await ok(core, 'people.checkDuplicates', { fullName: 'Siti Aminah', birthDate: '1990-05-01', nik: NIK }, desk);
    await ok(core, 'people.update', { id: p.id, version: 1, phone: '0813 1111 2222', nik: NIK }, desk);
    await ok(core, 'people.withdrawConsent', { consentId: consent.id }, desk);

    const about = (id: string) =>
      auditRows(core)
        .filter((r) => r.subject_person_id === id)
        .map((r) => [r.action, r.entity, JSON.parse(r.details as string)]);
    expect(about(p.id)).toEqual([
      ['create', 'person', { fields: 'fullName,sex,birthDate,phone,regionCode,dusun,rt,rw,nik' }],
      ['create', 'consent', { purposes: 'consultation,migrant_register', givenBy: 'self', method: 'written' }],
      ['view', 'person', {}],
      ['view', 'person', { via: 'search_nik' }],
      ['view', 'person', { via: 'search_name' }],
      ['view', 'person', { via: 'duplicate_check' }],
      ['update', 'person', { fields: 'phone,nik' }],
      ['consent_withdraw', 'consent', { purposes: 'consultation,migrant_register' }],
    ]);
    expect(about(other.id).map((r) => r[0])).toEqual(['create', 'create', 'view']);
    const rows = auditRows(core);
    expect(
      rows.filter((r) => r.entity === 'person' || r.entity === 'consent').every((r) => r.actor_label === 'petugas'),
    ).toBe(true);
    // The chain hashes are hex and may hold digit runs; everything else must not.
    const dump = JSON.stringify(rows.map(({ hash: _, prev_hash: __, ...rest }) => rest));
    expect(dump).not.toContain(NIK);
    expect(dump).not.toMatch(/\d{16}/);
    expect(dump).not.toContain('6281');
    expect(dump).not.toContain('Padi-Menguning-2026');
    expect(dump).not.toContain('Siti');
    void admin;
  });

  it('a view is not logged when the request is refused', async () => {
    const { core, admin } = await setUp();
    const viewer = await signIn(core, 'viewer');
    const { person: p } = await ok(core, 'people.create', person(), admin);
    const before = auditRows(core).length;
    await fail(core, 'people.get', { id: p.id }, viewer);
    await fail(core, 'people.get', { id: p.id });
    expect(auditRows(core).length).toBe(before);
  });
});

describe('audit.list', () => {
  it('pages newest first by seq with a cursor, and filters by entity, id, actor, action and day', async () => {
    const { core, admin: first } = await setUp();
    let admin = first;
    const desk = await signIn(core, 'desk_officer', 'petugas');
    const deskId = (await ok(core, 'auth.me', {}, desk)).user.id;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await ok(core, 'people.create', { fullName: `Warga ${'ABCDE'[i]}`, consent: person().consent }, desk)).person
          .id,
      );
    }
    core.clock.advance(24 * 3600_000);
    admin = await login(core, ADMIN.username, ADMIN.password); // the old session has timed out
    await ok(core, 'people.get', { id: ids[0] }, admin);

    const all: AuditEvent[] = [];
    let cursor: number | undefined;
    let pages = 0;
    do {
      const page = await ok(core, 'audit.list', { limit: 4, cursor }, admin);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor !== undefined);
    const seqs = auditRows(core).map((r) => r.seq as number);
    expect(all.map((e) => e.seq)).toEqual([...seqs].reverse());
    expect(pages).toBe(Math.ceil(seqs.length / 4));

    const byPerson = await ok(core, 'audit.list', { entity: 'person', entityId: ids[0], limit: 50 }, admin);
    expect(byPerson.items.map((e) => e.action)).toEqual(['view', 'create']);
    expect(byPerson.items[0]).toMatchObject({ actorLabel: 'sekdes', subjectPersonId: ids[0], details: {} });
    const byActor = await ok(core, 'audit.list', { actorUserId: deskId, action: 'create', limit: 50 }, admin);
    expect(byActor.items).toHaveLength(10); // a person and a consent each
    const today = await ok(core, 'audit.list', { from: '2026-11-30', entity: 'person', limit: 50 }, admin);
    expect(today.items.map((e) => e.action)).toEqual(['view']);
    const yesterday = await ok(
      core,
      'audit.list',
      { from: '2026-11-29', to: '2026-11-29', entity: 'person', limit: 50 },
      admin,
    );
    expect(yesterday.items).toHaveLength(5);
    const bad = await fail(core, 'audit.list', { from: '2026-02-31' }, admin);
    expect(bad.issues).toEqual([{ path: 'from', message: 'Tanggal tidak ada di kalender.' }]);
  });

  it('every filter combination is answered from an index (EXPLAIN QUERY PLAN)', async () => {
    const { core } = await setUp();
    const filters = {
      entity: 'person',
      entityId: 'x',
      actorUserId: 'u',
      action: 'view',
      from: '2026-11-01',
      to: '2026-11-30',
      cursor: 100,
    } as const;
    const keys = Object.keys(filters) as (keyof typeof filters)[];
    for (let mask = 0; mask < 1 << keys.length; mask++) {
      const input = Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, filters[k]]));
      const { sql, params } = auditListQuery({ ...input, limit: 50 });
      const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      expect(plan, JSON.stringify(input)).toMatch(/^SEARCH audit_log USING (INDEX|INTEGER PRIMARY KEY)/);
      expect(plan, JSON.stringify(input)).not.toMatch(/\bSCAN audit_log\b/);
    }
  });
});

describe('audit.verify and people.trail', () => {
  it('reports an intact chain, and the first row edited behind the triggers', async () => {
    const { core, admin } = await setUp();
    await ok(core, 'people.create', person(), admin);
    const intact = await ok(core, 'audit.verify', {}, admin);
    expect(intact).toEqual({ ok: true, rows: auditRows(core).length });
    core.db.exec('DROP TRIGGER audit_log_no_update');
    const target = auditRows(core).find((r) => r.subject_person_id !== null)!;
    core.db.prepare("UPDATE audit_log SET subject_person_id = 'orang-lain' WHERE seq = ?").run(target.seq);
    expect(await ok(core, 'audit.verify', {}, admin)).toEqual({ ok: false, brokenAt: target.seq });
  });

  it("exports a person's processing trail after a step-up, and logs the export", async () => {
    const { core, admin } = await setUp();
    const desk = await signIn(core, 'desk_officer', 'petugas');
    const { person: p, consent } = await ok(core, 'people.create', person(), desk);
    await ok(core, 'people.get', { id: p.id }, desk);
    expect(await fail(core, 'people.trail', { id: p.id }, admin)).toEqual({
      code: 'FORBIDDEN',
      message: REAUTH_REQUIRED_MESSAGE,
    });
    await stepUp(core, admin);
    const trail = await ok(core, 'people.trail', { id: p.id }, admin);
    expect(trail.person?.id).toBe(p.id);
    expect(trail.consents.map((c) => c.id)).toEqual([consent.id]);
    expect(trail.events.map((e) => [e.action, e.entity, e.actorLabel])).toEqual([
      ['create', 'person', 'petugas'],
      ['create', 'consent', 'petugas'],
      ['view', 'person', 'petugas'],
    ]);
    expect(trail.truncated).toBe(false);
    const last = auditRows(core).at(-1)!;
    expect(last).toMatchObject({
      action: 'export',
      entity: 'person',
      subject_person_id: p.id,
      actor_label: ADMIN.username,
    });

    // After deletion the trail is still there (the log keeps the id), without the person.
    await ok(core, 'people.delete', { id: p.id }, admin);
    const after = await ok(core, 'people.trail', { id: p.id }, admin);
    expect(after.person).toBeNull();
    expect(after.events.map((e) => e.action)).toEqual(['create', 'create', 'view', 'export', 'delete']);
    expect((await fail(core, 'people.trail', { id: 'tidak-pernah-ada' }, admin)).code).toBe('NOT_FOUND');
  });
});
