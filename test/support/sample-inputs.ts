import type { Core } from '../../electron/core';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/shared/contract';
import { VALID_SETUP } from './core';

const PLACEHOLDER_ID = '00000000-0000-7000-8000-000000000000';

const SAMPLE_NEW_USER: MethodInput<'users.create'> = {
  username: 'petugas1',
  displayName: 'Petugas Satu',
  role: 'desk_officer',
  password: 'Kali-Cimanuk-2027',
};

/** NIK 3212164105900001: Kec. Sindang (32.12.16), a woman born 1 May 1990 (41 = 1 + 40), serial 0001. */
export const SAMPLE_PERSON: MethodInput<'people.create'> = {
  fullName: 'Siti Aminah',
  nik: '3212164105900001',
  sex: 'P',
  birthDate: '1990-05-01',
  phone: '0812 3456 7890',
  regionCode: '32.12.16.2004',
  dusun: 'Dusun Kenanga Kidul',
  rt: '003',
  rw: '005',
  consent: {
    givenBy: 'self',
    purposes: ['consultation', 'migrant_register'],
    method: 'written',
    textVersion: '2026-01',
  },
};

export const SAMPLE_CONSULTATION: MethodInput<'consultations.create'> = {
  channel: 'walk_in',
  visitor: { kind: 'anonymous', label: 'Ibu dari Dusun 2' },
  relation: 'parent',
  topics: ['costs'],
  followUp: { dueOn: '2026-12-06' },
};

export const SAMPLE_CASE: MethodInput<'cases.create'> = {
  kind: 'calo_illegal_recruitment',
  risk: 'high',
  summary: 'Calo menawarkan kerja ke Jepang tanpa P3MI dan meminta uang muka.',
};

/**
 * One minimal valid input per method, used by the contract and fuzz tests. A method missing here
 * fails the contract test, so every new method must add its sample.
 */
/** Rumah Edukasi (issue 5): a fictional child enrolled with a parent's recorded consent. */
export const SAMPLE_CHILD: MethodInput<'children.enrol'> = {
  person: { kind: 'new', fullName: 'Anak Contoh Fiktif', sex: 'P', birthDate: '2017-03-14' },
  consent: {
    givenBy: 'parent_abroad',
    parentRole: 'mother',
    givenByName: 'Ibu Contoh Fiktif',
    method: 'recorded_call',
    evidenceRef: 'REKAMAN-2026-001',
    purposes: ['rumah_edukasi'],
    textVersion: '2026-01',
  },
  birthCertificate: 'yes',
  kia: 'no',
  bornAbroad: false,
  schoolLevel: 'sd',
};

export const SAMPLE_CAREGIVER: MethodInput<'caregivers.add'> = {
  childId: PLACEHOLDER_ID,
  person: { kind: 'new', fullName: 'Nenek Contoh Fiktif', sex: 'P', birthDate: '1960-02-02' },
  consent: { method: 'written', evidenceRef: 'FORM-PG-001', textVersion: '2026-01' },
  relation: 'grandmother',
  primary: true,
};

export const SAMPLE_EDUKASI_CSV = [
  'jenis,nama,tanggal_lahir,jenis_kelamin,kode_anak,nama_anak,hubungan,akta,kia,sekolah,persetujuan_oleh,cara_persetujuan,bukti_persetujuan,versi_persetujuan,kelompok',
  'anak,Bunga Contoh Fiktif,14/03/2017,P,A1,,,ya,tidak,SD,orang tua di luar negeri,rekaman telepon,REKAMAN-001,2026-01,',
  'pengasuh,Nenek Contoh Fiktif,02/02/1960,P,A1,,nenek,,,,,tertulis,FORM-001,2026-01,',
  '',
].join('\n');

export const SAMPLE_ACTIVITY: MethodInput<'activities.create'> = {
  startTime: '15:00',
  endTime: '16:30',
  kind: 'calistung',
  title: 'Belajar membaca bersama',
  facilitator: 'Kak Pendamping',
  place: 'Rumah Edukasi Kenanga',
};

export const SAMPLE_INPUTS: { [M in MethodName]?: MethodInput<M> } = {
  'system.health': {},
  'system.describe': {},
  'setup.status': {},
  'setup.regions': { regencyCode: '32.12' },
  'setup.complete': VALID_SETUP,
  'auth.login': { username: VALID_SETUP.admin.username, password: VALID_SETUP.admin.password },
  'auth.logout': {},
  'auth.me': {},
  'auth.changePassword': { currentPassword: VALID_SETUP.admin.password, newPassword: 'Kali-Cimanuk-2027' },
  'auth.logoutEverywhere': {},
  'auth.confirmPassword': { password: VALID_SETUP.admin.password },
  'users.create': SAMPLE_NEW_USER,
  'users.list': {},
  // Methods that need an existing record carry a placeholder id here (valid for the schema and the
  // fuzz test); SAMPLE_FIXTURES below builds the record and returns the input to use instead.
  'users.disable': { id: PLACEHOLDER_ID },
  'users.enable': { id: PLACEHOLDER_ID },
  'users.resetPassword': { id: PLACEHOLDER_ID, temporaryPassword: 'Sementara-Baru-2026' },
  'people.search': { q: 'Siti' },
  'people.checkDuplicates': { fullName: 'Siti Aminah', birthDate: '1990-05-01' },
  'people.create': SAMPLE_PERSON,
  'people.get': { id: PLACEHOLDER_ID },
  'people.update': { id: PLACEHOLDER_ID, version: 1, phone: '0813 1111 2222' },
  'people.addConsent': { personId: PLACEHOLDER_ID, consent: SAMPLE_PERSON.consent },
  'people.withdrawConsent': { consentId: PLACEHOLDER_ID },
  'people.delete': { id: PLACEHOLDER_ID },
  'people.trail': { id: PLACEHOLDER_ID },
  'audit.list': { limit: 10 },
  'audit.verify': {},
  // Meja Layanan records: anonymous visitors and empty lists work on a fresh install; the rest
  // need a record, built by SAMPLE_FIXTURES below.
  'consultations.create': SAMPLE_CONSULTATION,
  'consultations.update': { id: PLACEHOLDER_ID, version: 1, summary: 'Sudah cek P3MI di SISKOP2MI.' },
  'consultations.get': { id: PLACEHOLDER_ID },
  'consultations.list': { filters: { topic: 'costs' }, limit: 20 },
  'followups.create': { target: { kind: 'consultation', id: PLACEHOLDER_ID }, dueOn: '2026-12-06' },
  'followups.due': {},
  'followups.complete': { id: PLACEHOLDER_ID, outcome: 'migrated_legally' },
  'cases.create': SAMPLE_CASE,
  'cases.update': { id: PLACEHOLDER_ID, version: 1, status: 'referred', note: 'Dirujuk ke BP3MI Jawa Barat.' },
  'cases.addEvent': { id: PLACEHOLDER_ID, note: 'Dirujuk ke BP3MI Jawa Barat.', referralTo: 'bp3mi_jabar' },
  'cases.get': { id: PLACEHOLDER_ID },
  'cases.list': { filters: { status: 'open' }, limit: 20 },
  'cases.byAgency': {},
  'journeys.create': { personId: PLACEHOLDER_ID, status: 'planned', destination: 'TW', scheme: 'p_to_p' },
  'journeys.update': { id: PLACEHOLDER_ID, version: 1, status: 'registered' },
  'journeys.get': { id: PLACEHOLDER_ID },
  'journeys.listByPerson': { personId: PLACEHOLDER_ID },
  'journeys.lists': { kind: 'departing_this_month' },
  'queue.today': {},
  'queue.callNext': { counter: 'Meja 1' },
  'queue.skip': { id: PLACEHOLDER_ID },
  'queue.recall': { id: PLACEHOLDER_ID },
  'queue.serve': { id: PLACEHOLDER_ID },
  'queue.display': {},
  // Rumah Edukasi: lists, one-off activities and the import work on a fresh install; the rest need
  // records, built by SAMPLE_FIXTURES below.
  'households.create': { label: 'Keluarga Bpk. Contoh, Blok Kidul', rt: '003', rw: '005' },
  'households.get': { id: PLACEHOLDER_ID },
  'households.addMember': { householdId: PLACEHOLDER_ID, personId: PLACEHOLDER_ID, relation: 'head' },
  'children.enrol': SAMPLE_CHILD,
  'children.get': { id: PLACEHOLDER_ID },
  'children.list': { limit: 20 },
  'children.update': { id: PLACEHOLDER_ID, version: 1, kia: 'yes' },
  'children.leave': { id: PLACEHOLDER_ID, leftOn: '2026-11-29' },
  'children.withoutDocuments': {},
  'children.linkParentAbroad': { childId: PLACEHOLDER_ID, journeyId: PLACEHOLDER_ID, role: 'mother' },
  'children.parentCandidates': { childId: PLACEHOLDER_ID, q: 'Sutini' },
  'caregivers.add': SAMPLE_CAREGIVER,
  'caregivers.recordTraining': { caregiverId: PLACEHOLDER_ID, on: '2026-11-20', provider: 'Kemnaker' },
  'groups.create': { name: 'Kelas Melati', audience: 'children', ageMin: 6, ageMax: 12 },
  'groups.list': {},
  'groups.get': { id: PLACEHOLDER_ID },
  'groups.addMembers': { groupId: PLACEHOLDER_ID, personIds: [PLACEHOLDER_ID] },
  'groups.removeMember': { groupId: PLACEHOLDER_ID, personId: PLACEHOLDER_ID },
  'activities.create': SAMPLE_ACTIVITY,
  'activities.list': { from: '2026-11-01', to: '2026-11-30' },
  'activities.get': { id: PLACEHOLDER_ID },
  'attendance.sheet': { activityId: PLACEHOLDER_ID },
  'attendance.record': { activityId: PLACEHOLDER_ID, marks: [{ personId: PLACEHOLDER_ID, status: 'present' }] },
  'attendance.history': { personId: PLACEHOLDER_ID, preset: '30d' },
  'alerts.consecutiveAbsences': {},
  'alerts.groupsWithoutActivity': {},
  'parentContacts.add': { childId: PLACEHOLDER_ID, how: 'video_call', facilitatedByHouse: true },
  'parentContacts.list': { childId: PLACEHOLDER_ID },
  'edukasi.import': { csv: SAMPLE_EDUKASI_CSV, mode: 'valid_rows' },
  // Kiosk (public) services.
  'content.search': { q: 'calo', lang: 'id' },
  'content.get': { slug: 'waspada-calo', lang: 'id' },
  'content.list': { lang: 'id' },
  'kiosk.profile': {},
  'agencies.search': { q: 'contoh' },
  'agencies.import': {
    csv: 'nama,nomor izin,status,berlaku sampai\nPT Contoh Fiktif Sejahtera,CONTOH-001,aktif,31/12/2099\n',
    dataAsOf: '2026-01-01',
    source: 'Contoh fiktif',
    mode: 'valid_rows',
  },
  'hotlines.list': {},
  'destinations.list': { lang: 'id' },
  'destinations.get': { code: 'TW' },
  'calo.questions': {},
  'calo.evaluate': { answers: {} },
  'checklist.get': { scheme: 'p_to_p', marital: 'single' },
  'queue.take': { service: 'konsultasi' },
  // Laporan (issue 6): aggregates over a fresh village; export jobs need a started job (SAMPLE_FIXTURES).
  'reports.dashboard': { period: { kind: 'month', month: '2026-11' } },
  'reports.migrationService': { period: { kind: 'month', month: '2026-11' } },
  'reports.rumahEdukasi': { period: { kind: 'quarter', year: 2026, quarter: 4 } },
  'reports.export': {
    report: 'migrationService',
    period: { kind: 'month', month: '2026-11' },
    format: 'csv',
    table: 'ringkasan',
  },
  'reports.exportNamedList': { list: 'consultations', period: { kind: 'month', month: '2026-11' }, format: 'csv' },
  'exports.status': { jobId: PLACEHOLDER_ID },
  'exports.download': { jobId: PLACEHOLDER_ID, offset: 0 },
  'exports.cancel': { jobId: PLACEHOLDER_ID },
};

/** Methods whose sample only works before setup. */
export const BEFORE_SETUP: ReadonlySet<MethodName> = new Set(['setup.complete']);

async function ok<T>(core: Core, method: MethodName, input: unknown, token: string): Promise<T> {
  const r = await core.dispatch(method, input, { token });
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

const newPerson = (core: Core, token: string) =>
  ok<MethodOutput<'people.create'>>(core, 'people.create', SAMPLE_PERSON, token);
const newUser = (core: Core, token: string) =>
  ok<MethodOutput<'users.create'>>(core, 'users.create', SAMPLE_NEW_USER, token);
const newConsultation = (core: Core, token: string) =>
  ok<MethodOutput<'consultations.create'>>(core, 'consultations.create', SAMPLE_CONSULTATION, token);
const newCase = (core: Core, token: string) =>
  ok<MethodOutput<'cases.create'>>(core, 'cases.create', SAMPLE_CASE, token);
const newJourney = async (core: Core, token: string) =>
  ok<MethodOutput<'journeys.create'>>(
    core,
    'journeys.create',
    { personId: (await newPerson(core, token)).person.id, status: 'planned' },
    token,
  );
/** A ticket taken at the kiosk and called to a counter; returns its id. */
async function calledTicket(core: Core, token: string): Promise<string> {
  await ok(core, 'queue.take', { service: 'konsultasi' }, token);
  const called = await ok<MethodOutput<'queue.callNext'>>(core, 'queue.callNext', { counter: 'Meja 1' }, token);
  if (!called.ticket) throw new Error('queue.callNext found no ticket');
  return called.ticket.id;
}
const newHousehold = (core: Core, token: string) =>
  ok<MethodOutput<'households.create'>>(core, 'households.create', { label: 'Keluarga Bpk. Contoh' }, token);
const newChild = async (core: Core, token: string, fullName = 'Anak Contoh Fiktif') =>
  (
    await ok<MethodOutput<'children.enrol'>>(
      core,
      'children.enrol',
      { ...SAMPLE_CHILD, person: { kind: 'new', fullName, sex: 'P', birthDate: '2017-03-14' } },
      token,
    )
  ).child;
/** A children's group with one enrolled member; returns the input removeMember needs. */
async function groupWithChild(core: Core, token: string): Promise<{ groupId: string; personId: string }> {
  const group = await ok<MethodOutput<'groups.create'>>(
    core,
    'groups.create',
    { name: 'Kelas Contoh', audience: 'children' },
    token,
  );
  const child = await newChild(core, token);
  await ok(core, 'groups.addMembers', { groupId: group.id, personIds: [child.personId] }, token);
  return { groupId: group.id, personId: child.personId };
}
async function groupActivity(core: Core, token: string): Promise<{ activityId: string; personId: string }> {
  const { groupId, personId } = await groupWithChild(core, token);
  const activity = await ok<MethodOutput<'activities.create'>>(
    core,
    'activities.create',
    { ...SAMPLE_ACTIVITY, groupId },
    token,
  );
  return { activityId: activity.id, personId };
}
const stepUp = (core: Core, token: string) =>
  ok(core, 'auth.confirmPassword', { password: VALID_SETUP.admin.password }, token);

/**
 * For methods whose sample needs an existing record: given a core after setup and an admin token,
 * creates what the method needs and returns the input to call it with. The contract round-trip
 * should use `SAMPLE_FIXTURES[name]?.(core, token) ?? SAMPLE_INPUTS[name]`.
 */
export const SAMPLE_FIXTURES: { [M in MethodName]?: (core: Core, adminToken: string) => Promise<MethodInput<M>> } = {
  'users.disable': async (core, token) => ({ id: (await newUser(core, token)).user.id }),
  'users.enable': async (core, token) => {
    const { user } = await newUser(core, token);
    await ok(core, 'users.disable', { id: user.id }, token);
    return { id: user.id };
  },
  'users.resetPassword': async (core, token) => ({
    id: (await newUser(core, token)).user.id,
    temporaryPassword: 'Sementara-Baru-2026',
  }),
  'people.get': async (core, token) => ({ id: (await newPerson(core, token)).person.id }),
  'people.update': async (core, token) => {
    const { person } = await newPerson(core, token);
    return { id: person.id, version: person.version, phone: '0813 1111 2222' };
  },
  'people.addConsent': async (core, token) => ({
    personId: (await newPerson(core, token)).person.id,
    consent: { givenBy: 'self', purposes: ['photos'], method: 'electronic', textVersion: '2026-01' },
  }),
  'people.withdrawConsent': async (core, token) => ({ consentId: (await newPerson(core, token)).consent.id }),
  'people.delete': async (core, token) => {
    const { person } = await newPerson(core, token);
    await stepUp(core, token);
    return { id: person.id };
  },
  'people.trail': async (core, token) => {
    const { person } = await newPerson(core, token);
    await stepUp(core, token);
    return { id: person.id };
  },
  'consultations.update': async (core, token) => ({
    id: (await newConsultation(core, token)).id,
    version: 1,
    summary: 'Sudah cek P3MI di SISKOP2MI.',
  }),
  'consultations.get': async (core, token) => ({ id: (await newConsultation(core, token)).id }),
  'followups.create': async (core, token) => ({
    target: { kind: 'consultation', id: (await newConsultation(core, token)).id },
    dueOn: '2026-12-06',
  }),
  'followups.complete': async (core, token) => ({
    id: (await newConsultation(core, token)).followUps[0].id,
    outcome: 'migrated_legally',
  }),
  'cases.update': async (core, token) => ({
    id: (await newCase(core, token)).id,
    version: 1,
    status: 'referred',
    note: 'Dirujuk ke BP3MI Jawa Barat.',
  }),
  'cases.addEvent': async (core, token) => ({
    id: (await newCase(core, token)).id,
    note: 'Dirujuk ke BP3MI Jawa Barat.',
    referralTo: 'bp3mi_jabar',
  }),
  'cases.get': async (core, token) => ({ id: (await newCase(core, token)).id }),
  'journeys.create': async (core, token) => ({
    personId: (await newPerson(core, token)).person.id,
    status: 'planned',
    destination: 'TW',
    scheme: 'p_to_p',
  }),
  'journeys.update': async (core, token) => ({
    id: (await newJourney(core, token)).id,
    version: 1,
    status: 'registered',
  }),
  'journeys.get': async (core, token) => ({ id: (await newJourney(core, token)).id }),
  'journeys.listByPerson': async (core, token) => ({ personId: (await newJourney(core, token)).personId }),
  'queue.skip': async (core, token) => ({ id: await calledTicket(core, token) }),
  'queue.recall': async (core, token) => ({ id: await calledTicket(core, token) }),
  'queue.serve': async (core, token) => ({ id: await calledTicket(core, token) }),
  'households.get': async (core, token) => ({ id: (await newHousehold(core, token)).household.id }),
  'households.addMember': async (core, token) => ({
    householdId: (await newHousehold(core, token)).household.id,
    personId: (await newPerson(core, token)).person.id,
    relation: 'head',
  }),
  'children.get': async (core, token) => ({ id: (await newChild(core, token)).id }),
  'children.update': async (core, token) => {
    const child = await newChild(core, token);
    return { id: child.id, version: child.version, kia: 'yes' };
  },
  'children.leave': async (core, token) => ({ id: (await newChild(core, token)).id, leftOn: '2026-11-29' }),
  'children.linkParentAbroad': async (core, token) => ({
    childId: (await newChild(core, token)).id,
    journeyId: (await newJourney(core, token)).id,
    role: 'mother',
  }),
  'children.parentCandidates': async (core, token) => ({ childId: (await newChild(core, token)).id, q: 'Sutini' }),
  'caregivers.add': async (core, token) => ({ ...SAMPLE_CAREGIVER, childId: (await newChild(core, token)).id }),
  'caregivers.recordTraining': async (core, token) => {
    const child = await ok<MethodOutput<'caregivers.add'>>(
      core,
      'caregivers.add',
      { ...SAMPLE_CAREGIVER, childId: (await newChild(core, token)).id },
      token,
    );
    return { caregiverId: child.caregivers[0].caregiverId, on: '2026-11-20', provider: 'Kemnaker' };
  },
  'groups.get': async (core, token) => ({ id: (await groupWithChild(core, token)).groupId }),
  'groups.addMembers': async (core, token) => {
    const { groupId } = await groupWithChild(core, token);
    return { groupId, personIds: [(await newChild(core, token, 'Anak Kedua Fiktif')).personId] };
  },
  'groups.removeMember': async (core, token) => groupWithChild(core, token),
  'activities.get': async (core, token) => ({ id: (await groupActivity(core, token)).activityId }),
  'attendance.sheet': async (core, token) => ({ activityId: (await groupActivity(core, token)).activityId }),
  'attendance.record': async (core, token) => {
    const { activityId, personId } = await groupActivity(core, token);
    return { activityId, marks: [{ personId, status: 'late', note: 'Datang 10 menit terlambat' }] };
  },
  'attendance.history': async (core, token) => ({ personId: (await newChild(core, token)).personId, preset: '30d' }),
  'parentContacts.add': async (core, token) => ({
    childId: (await newChild(core, token)).id,
    how: 'video_call',
    facilitatedByHouse: true,
  }),
  'parentContacts.list': async (core, token) => ({ childId: (await newChild(core, token)).id }),
  'reports.exportNamedList': async (core, token) => {
    await stepUp(core, token);
    return SAMPLE_INPUTS['reports.exportNamedList']!;
  },
  'exports.status': async (core, token) => ({ jobId: await finishedExport(core, token) }),
  'exports.download': async (core, token) => ({ jobId: await finishedExport(core, token), offset: 0 }),
  'exports.cancel': async (core, token) => ({ jobId: await finishedExport(core, token) }),
};

/** A named-list export (CSV, so its bytes are the same on every run) started and waited for. */
async function finishedExport(core: Core, token: string): Promise<string> {
  await stepUp(core, token);
  const job = await ok<MethodOutput<'reports.exportNamedList'>>(
    core,
    'reports.exportNamedList',
    SAMPLE_INPUTS['reports.exportNamedList'],
    token,
  );
  for (let i = 0; i < 1000; i++) {
    const s = await ok<MethodOutput<'exports.status'>>(core, 'exports.status', { jobId: job.jobId }, token);
    if (s.state !== 'running') return job.jobId;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('sample export did not finish');
}
