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
  // Kiosk (public) services.
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
};
