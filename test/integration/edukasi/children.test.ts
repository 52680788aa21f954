import { describe, expect, it } from 'vitest';
import { DUPLICATE_CHILD } from '../../../electron/core/edukasi/children/enrol';
import { CONSENT_MUST_COVER_EDUKASI, NO_CHILD_CONSENT } from '../../../electron/core/edukasi/schemas';
import { tableCounts } from '../../support/core';
import { SAMPLE_CHILD, SAMPLE_PERSON } from '../../support/sample-inputs';
import { auditOf, count, edukasiCore, enrol, fails, groupOf, ok } from './support';

describe('children.enrol: consent first (UU PDP Pasal 25), under 18, no duplicates', () => {
  it('enrols a new child with the consent of the parent abroad and records it on the consent trail', async () => {
    const { core, edu } = await edukasiCore();
    const { child, warnings } = await ok(core, 'children.enrol', SAMPLE_CHILD, edu);
    expect(warnings).toEqual([]);
    expect(child).toMatchObject({
      fullName: 'Anak Contoh Fiktif',
      sex: 'P',
      birthDate: '2017-03-14',
      age: 9,
      birthCertificate: 'yes',
      kia: 'no',
      schoolLevel: 'sd',
      bornAbroad: false,
      enrolledOn: '2026-11-29',
      leftOn: null,
      consentActive: true,
      consentGiver: 'parent_abroad',
    });
    // The consent lives in the people module, given by the mother (not the child), with its proof.
    expect(child.consent).toMatchObject({
      subjectPersonId: child.personId,
      givenBy: 'mother',
      givenByName: 'Ibu Contoh Fiktif',
      method: 'recorded_call',
      evidenceRef: 'REKAMAN-2026-001',
      purposes: ['rumah_edukasi'],
      withdrawnAt: null,
    });
    const row = core.db.prepare('SELECT consent_id, consent_giver FROM children WHERE id = ?').get(child.id);
    expect(row).toEqual({ consent_id: child.consent.id, consent_giver: 'parent_abroad' });
    expect(auditOf(core, 'children')).toEqual([
      expect.objectContaining({ action: 'create', subject_person_id: child.personId }),
    ]);
    expect(auditOf(core, 'consent').map((a) => a.subject_person_id)).toEqual([child.personId]);
  });

  it('refuses an enrolment without consent, or with a consent that does not cover Rumah Edukasi; nothing is written', async () => {
    const { core, edu } = await edukasiCore();
    const before = tableCounts(core);
    const { consent: _c, ...withoutConsent } = SAMPLE_CHILD;
    const missing = await fails(core, 'children.enrol', withoutConsent, edu);
    expect(missing.code).toBe('VALIDATION');
    expect(missing.issues).toEqual([{ path: 'consent', message: NO_CHILD_CONSENT }]);
    const photosOnly = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, consent: { ...SAMPLE_CHILD.consent, purposes: ['photos', 'reporting'] } },
      edu,
    );
    expect(photosOnly.issues).toEqual([{ path: 'consent.purposes', message: CONSENT_MUST_COVER_EDUKASI }]);
    const noProof = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, consent: { ...SAMPLE_CHILD.consent, evidenceRef: '' } },
      edu,
    );
    expect(noProof.issues?.map((i) => i.path)).toEqual(['consent.evidenceRef']);
    expect(tableCounts(core)).toEqual(before);
  });

  it('checks the age on the enrolment date: 17 is a child, 18 and 19 are not', async () => {
    const { core, edu } = await edukasiCore();
    const before = tableCounts(core);
    const person = (birthDate: string) => ({
      kind: 'new' as const,
      fullName: 'Remaja Fiktif',
      sex: 'L' as const,
      birthDate,
    });
    const nineteen = await fails(core, 'children.enrol', { ...SAMPLE_CHILD, person: person('2007-11-28') }, edu);
    expect(nineteen.issues).toEqual([
      { path: 'person.birthDate', message: 'Umur 19 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.' },
    ]);
    const eighteen = await fails(core, 'children.enrol', { ...SAMPLE_CHILD, person: person('2008-11-29') }, edu);
    expect(eighteen.issues?.[0].message).toBe('Umur 18 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.');
    // enrolledOn in the past: the age counts on that day.
    const back = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, person: person('2008-11-30'), enrolledOn: '2026-12-01' },
      edu,
    );
    expect(back.issues).toContainEqual({ path: 'enrolledOn', message: 'Tanggal daftar tidak boleh sesudah hari ini.' });
    expect(tableCounts(core)).toEqual(before);
    const { child } = await ok(core, 'children.enrol', { ...SAMPLE_CHILD, person: person('2008-11-30') }, edu);
    expect(child.age).toBe(17);
  });

  it('refuses a second child with the same name and birth date (however the name is typed)', async () => {
    const { core, edu } = await edukasiCore();
    await enrol(core, edu, 'Siti Nur Aini Fiktif', { birthDate: '2015-05-05', sex: 'P' });
    const before = tableCounts(core);
    const e = await fails(
      core,
      'children.enrol',
      {
        ...SAMPLE_CHILD,
        person: { kind: 'new', fullName: 'siti  nur aini FIKTIF', sex: 'P', birthDate: '2015-05-05' },
      },
      edu,
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([{ path: 'person.fullName', message: DUPLICATE_CHILD }]);
    expect(tableCounts(core)).toEqual(before);
  });

  it('enrols a person already stored, adding the Rumah Edukasi consent; an adult or an enrolled child is refused', async () => {
    const { core, edu } = await edukasiCore();
    const { person } = await ok(
      core,
      'people.create',
      {
        fullName: 'Rahmat Fiktif',
        sex: 'L',
        birthDate: '2014-01-10',
        consent: {
          givenBy: 'father',
          givenByName: 'Bapak Fiktif',
          purposes: ['consultation'],
          method: 'written',
          textVersion: '2026-01',
        },
      },
      edu,
    );
    const { child } = await ok(
      core,
      'children.enrol',
      {
        ...SAMPLE_CHILD,
        person: { kind: 'existing', id: person.id },
        consent: { ...SAMPLE_CHILD.consent, givenBy: 'parent_home', parentRole: 'father' },
      },
      edu,
    );
    expect(child.personId).toBe(person.id);
    expect(child.consent.givenBy).toBe('father');
    expect(count(core, 'consents')).toBe(2);
    const again = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, person: { kind: 'existing', id: person.id } },
      edu,
    );
    expect(again.issues).toEqual([{ path: 'person.id', message: 'Anak ini sudah terdaftar di Rumah Edukasi.' }]);
    const adult = (await ok(core, 'people.create', SAMPLE_PERSON, edu)).person;
    const old = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, person: { kind: 'existing', id: adult.id } },
      edu,
    );
    expect(old.issues).toEqual([
      { path: 'person.id', message: 'Umur 36 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.' },
    ]);
  });

  it('reports a bad NIK of a new child under person.nik, through the people module checks', async () => {
    const { core, edu } = await edukasiCore();
    const e = await fails(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, person: { ...SAMPLE_CHILD.person, nik: '1234' } },
      edu,
    );
    expect(e.issues?.map((i) => i.path)).toEqual(['person.nik']);
    expect(count(core, 'people')).toBe(0);
  });
});

describe('children: get, list, update, leave, documents', () => {
  it('children.get returns the whole record and writes a view row to the audit log', async () => {
    const { core, edu } = await edukasiCore();
    const child = await enrol(core, edu, 'Bayu Fiktif');
    const got = await ok(core, 'children.get', { id: child.id }, edu);
    expect(got).toEqual(child);
    expect(auditOf(core, 'children').filter((a) => a.action === 'view')).toEqual([
      expect.objectContaining({ subject_person_id: child.personId }),
    ]);
    expect((await fails(core, 'children.get', { id: 'tidak-ada' }, edu)).code).toBe('NOT_FOUND');
  });

  it('children.list pages by name, searches, filters by group and status, and audits each child shown', async () => {
    const { core, edu } = await edukasiCore();
    const { group } = await groupOf(core, edu, 3);
    const outside = await enrol(core, edu, 'Zahra Fiktif');
    const page1 = await ok(core, 'children.list', { limit: 2 }, edu);
    expect(page1.items.map((c) => c.fullName)).toEqual(['Anak Fiktif A00', 'Anak Fiktif B01']);
    const page2 = await ok(core, 'children.list', { limit: 2, cursor: page1.nextCursor }, edu);
    expect(page2.items.map((c) => c.fullName)).toEqual(['Anak Fiktif C02', 'Zahra Fiktif']);
    expect(page2.nextCursor).toBeNull();
    expect((await ok(core, 'children.list', { q: 'zah' }, edu)).items.map((c) => c.id)).toEqual([outside.id]);
    expect((await ok(core, 'children.list', { groupId: group.id }, edu)).items).toHaveLength(3);
    expect(auditOf(core, 'children').filter((a) => a.action === 'view')).toHaveLength(2 + 2 + 1 + 3);
    const bad = await fails(core, 'children.list', { cursor: '%%%' }, edu);
    expect(bad.issues?.[0].path).toBe('cursor');
  });

  it('children.update uses the loaded version, and can move the child to another household', async () => {
    const { core, edu } = await edukasiCore();
    const home = await ok(core, 'households.create', { label: 'Keluarga Fiktif Satu' }, edu);
    const child = await enrol(core, edu, 'Bayu Fiktif', { householdId: home.household.id });
    const other = await ok(core, 'households.create', { label: 'Keluarga Fiktif Dua' }, edu);
    const updated = await ok(
      core,
      'children.update',
      { id: child.id, version: child.version, kia: 'yes', schoolLevel: 'smp', householdId: other.household.id },
      edu,
    );
    expect(updated).toMatchObject({ kia: 'yes', schoolLevel: 'smp', householdId: other.household.id, version: 2 });
    const members = core.db
      .prepare('SELECT household_id FROM household_members WHERE person_id = ?')
      .all(child.personId);
    expect(members).toEqual([{ household_id: other.household.id }]);
    const stale = await fails(core, 'children.update', { id: child.id, version: 1, kia: 'no' }, edu);
    expect(stale.code).toBe('CONFLICT');
    expect((await ok(core, 'children.get', { id: child.id }, edu)).kia).toBe('yes');
  });

  it('children.leave ends the enrolment and the group memberships from that day', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 2);
    const bad = await fails(core, 'children.leave', { id: children[0].id, leftOn: '2026-11-01' }, edu);
    expect(bad.issues).toEqual([
      { path: 'leftOn', message: 'Tanggal keluar tidak boleh sebelum tanggal daftar (2026-11-29).' },
    ]);
    const left = await ok(core, 'children.leave', { id: children[0].id, leftOn: '2026-11-29' }, edu);
    expect(left.leftOn).toBe('2026-11-29');
    expect(left.groups).toEqual([]);
    expect((await ok(core, 'groups.get', { id: group.id }, edu)).members.map((m) => m.personId)).toEqual([
      children[1].personId,
    ]);
    expect((await ok(core, 'children.list', { status: 'left' }, edu)).items.map((c) => c.id)).toEqual([children[0].id]);
    expect((await fails(core, 'children.leave', { id: children[0].id, leftOn: '2026-11-29' }, edu)).code).toBe(
      'CONFLICT',
    );
  });

  it('children.withoutDocuments lists children without akta or KIA (or not yet known) for Disdukcapil', async () => {
    const { core, edu } = await edukasiCore();
    const complete = await enrol(core, edu, 'Lengkap Fiktif', { birthCertificate: 'yes', kia: 'yes' });
    const noAkta = await enrol(core, edu, 'Tanpa Akta Fiktif', {
      birthCertificate: 'no',
      kia: 'yes',
      bornAbroad: true,
    });
    const unknownKia = await enrol(core, edu, 'Belum Tahu Fiktif', { birthCertificate: 'yes', kia: 'unknown' });
    const r = await ok(core, 'children.withoutDocuments', {}, edu);
    expect(r.items.map((c) => c.id)).toEqual([unknownKia.id, noAkta.id]);
    expect(r.items.find((c) => c.id === noAkta.id)?.bornAbroad).toBe(true);
    expect(r.counts).toEqual({ noBirthCertificate: 1, noKia: 1, total: 2 });
    expect(r.items.map((c) => c.id)).not.toContain(complete.id);
  });
});

describe('households, parents abroad, caregivers, parent contacts', () => {
  it('links a child to the journeys of both parents and a household shows them', async () => {
    const { core, edu, tokens } = await edukasiCore();
    const parent = async (fullName: string, sex: 'L' | 'P', destination: string) => {
      const { person } = await ok(
        core,
        'people.create',
        {
          fullName,
          sex,
          birthDate: '1988-04-04',
          consent: { givenBy: 'self', purposes: ['migrant_register'], method: 'written', textVersion: '2026-01' },
        },
        tokens.desk,
      );
      const journey = await ok(
        core,
        'journeys.create',
        { personId: person.id, status: 'working_abroad', destination },
        tokens.desk,
      );
      return { person, journey };
    };
    const mother = await parent('Ibu Sumarni Fiktif', 'P', 'HK');
    const father = await parent('Bapak Karto Fiktif', 'L', 'MY');
    const home = await ok(
      core,
      'households.create',
      {
        label: 'Keluarga Bpk. Karto Fiktif',
        rt: '3',
        rw: '5',
        members: [{ personId: father.person.id, relation: 'head' }],
      },
      edu,
    );
    expect(home.household).toMatchObject({ rt: '003', rw: '005' });
    await ok(
      core,
      'households.addMember',
      { householdId: home.household.id, personId: mother.person.id, relation: 'wife' },
      edu,
    );
    const child = await enrol(core, edu, 'Dinda Fiktif', {
      householdId: home.household.id,
      relationInHousehold: 'child',
    });
    // The educator finds the mother's record by her name, not by a record id from the desk.
    const found = await ok(core, 'children.parentCandidates', { childId: child.id, q: 'sumarni' }, edu);
    expect(found.items.map((j) => [j.journeyId, j.fullName, j.destination, j.status])).toEqual([
      [mother.journey.id, 'Ibu Sumarni Fiktif', 'HK', 'working_abroad'],
    ]);
    expect(Object.keys(found.items[0]).sort()).toEqual(
      [
        'departedOn',
        'destination',
        'expectedReturnOn',
        'fullName',
        'journeyId',
        'personId',
        'returnedOn',
        'status',
      ].sort(),
    );
    // Every word must occur; a child (even one with a journey of its own) is never offered.
    expect((await ok(core, 'children.parentCandidates', { childId: child.id, q: 'karto ibu' }, edu)).items).toEqual([]);
    expect((await ok(core, 'children.parentCandidates', { childId: child.id, q: 'Dinda' }, edu)).items).toEqual([]);
    expect((await ok(core, 'children.parentCandidates', { childId: child.id, q: 'Fiktif' }, edu)).items).toHaveLength(
      2,
    );
    expect((await fails(core, 'children.parentCandidates', { childId: child.id, q: 'k' }, edu)).issues?.[0].path).toBe(
      'q',
    );
    expect((await fails(core, 'children.parentCandidates', { childId: 'tidak-ada', q: 'karto' }, edu)).code).toBe(
      'NOT_FOUND',
    );
    expect((await fails(core, 'children.parentCandidates', { childId: child.id, q: 'karto' }, tokens.desk)).code).toBe(
      'FORBIDDEN',
    );
    const once = await ok(
      core,
      'children.linkParentAbroad',
      { childId: child.id, journeyId: mother.journey.id, role: 'mother' },
      edu,
    );
    expect(once.bothParentsAbroad).toBe(false);
    const both = await ok(
      core,
      'children.linkParentAbroad',
      { childId: child.id, journeyId: father.journey.id, role: 'father' },
      edu,
    );
    expect(both.bothParentsAbroad).toBe(true);
    expect(both.parentsAbroad.map((p) => [p.role, p.fullName, p.destination])).toEqual([
      ['father', 'Bapak Karto Fiktif', 'MY'],
      ['mother', 'Ibu Sumarni Fiktif', 'HK'],
    ]);
    const wrong = await fails(
      core,
      'children.linkParentAbroad',
      { childId: child.id, journeyId: father.journey.id, role: 'mother' },
      edu,
    );
    expect(wrong.issues?.[0].path).toBe('role');
    const detail = await ok(core, 'households.get', { id: home.household.id }, edu);
    expect(detail.members.map((m) => [m.fullName, m.relation, m.isChild, m.journeys.length])).toEqual([
      ['Bapak Karto Fiktif', 'head', false, 1],
      ['Ibu Sumarni Fiktif', 'wife', false, 1],
      ['Dinda Fiktif', 'child', true, 0],
    ]);
    expect(detail.children.map((c) => c.id)).toEqual([child.id]);
    const views = auditOf(core, 'households')
      .filter((a) => a.action === 'view')
      .map((a) => a.subject_person_id);
    expect(views.sort()).toEqual([child.personId, father.person.id, mother.person.id].sort());
  });

  it('adds caregivers with their own consent; one primary at a time; training is recorded', async () => {
    const { core, edu } = await edukasiCore();
    const child = await enrol(core, edu, 'Dinda Fiktif');
    const grandma = await ok(
      core,
      'caregivers.add',
      {
        childId: child.id,
        person: { kind: 'new', fullName: 'Nenek Warsih Fiktif', sex: 'P', phone: '0812 3456 7890' },
        consent: { method: 'written', evidenceRef: 'FORM-01', textVersion: '2026-01' },
        relation: 'grandmother',
        primary: true,
      },
      edu,
    );
    expect(grandma.caregivers).toEqual([
      expect.objectContaining({
        fullName: 'Nenek Warsih Fiktif',
        relation: 'grandmother',
        primary: true,
        phone: '+6281234567890',
        from: '2026-11-29',
      }),
    ]);
    const before = tableCounts(core);
    const noConsent = await fails(
      core,
      'caregivers.add',
      { childId: child.id, person: { kind: 'new', fullName: 'Paman Fiktif' }, relation: 'uncle' },
      edu,
    );
    expect(noConsent.issues).toEqual([
      { path: 'consent', message: 'Catat persetujuan pengasuh (cara dan versi teks persetujuan).' },
    ]);
    const twice = await fails(
      core,
      'caregivers.add',
      { childId: child.id, person: { kind: 'existing', id: grandma.caregivers[0].personId }, relation: 'grandmother' },
      edu,
    );
    expect(twice.issues).toEqual([{ path: 'person.id', message: 'Pengasuh ini sudah tercatat untuk anak ini.' }]);
    expect(tableCounts(core)).toEqual(before);
    const aunt = await ok(
      core,
      'caregivers.add',
      {
        childId: child.id,
        person: { kind: 'new', fullName: 'Bibi Ratna Fiktif' },
        consent: { method: 'recorded_message', textVersion: '2026-01' },
        relation: 'aunt',
        courtAppointedGuardian: true,
        primary: true,
      },
      edu,
    );
    expect(aunt.caregivers.map((c) => [c.fullName, c.primary, c.courtAppointedGuardian])).toEqual([
      ['Bibi Ratna Fiktif', true, true],
      ['Nenek Warsih Fiktif', false, false],
    ]);
    const trained = await ok(
      core,
      'caregivers.recordTraining',
      { caregiverId: grandma.caregivers[0].caregiverId, on: '2026-11-20', provider: 'Kemnaker' },
      edu,
    );
    expect(trained).toMatchObject({ parentingTrainingOn: '2026-11-20', trainingProvider: 'Kemnaker' });
    const future = await fails(core, 'caregivers.recordTraining', { caregiverId: trained.id, on: '2026-12-01' }, edu);
    expect(future.issues?.[0].path).toBe('on');
  });

  it('logs contacts with the parent abroad, newest first; a future date is refused', async () => {
    const { core, edu, clock } = await edukasiCore();
    const child = await enrol(core, edu, 'Dinda Fiktif');
    await ok(
      core,
      'parentContacts.add',
      { childId: child.id, date: '2026-11-20', how: 'phone', facilitatedByHouse: false },
      edu,
    );
    clock.advance(0);
    await ok(
      core,
      'parentContacts.add',
      { childId: child.id, how: 'video_call', facilitatedByHouse: true, note: 'Ibu menelepon dari Hong Kong' },
      edu,
    );
    const e = await fails(
      core,
      'parentContacts.add',
      { childId: child.id, date: '2026-11-30', how: 'message', facilitatedByHouse: false },
      edu,
    );
    expect(e.issues).toEqual([{ path: 'date', message: 'Tanggal kontak tidak boleh sesudah hari ini.' }]);
    const list = await ok(core, 'parentContacts.list', { childId: child.id }, edu);
    expect(list.items.map((c) => [c.date, c.how, c.facilitatedByHouse])).toEqual([
      ['2026-11-29', 'video_call', true],
      ['2026-11-20', 'phone', false],
    ]);
    expect((await ok(core, 'parentContacts.list', { childId: child.id, from: '2026-11-25' }, edu)).items).toHaveLength(
      1,
    );
  });
});
