import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../electron/shared/desk';
import {
  type CheckMessages,
  type ConsultationValues,
  changedGroups,
  checkBeforeSave,
  consultationIssueField,
  duplicateKey,
  emptyNewPerson,
  emptyValues,
  firstErrorField,
  fromConsultation,
  mergeLatest,
  nikHints,
  personIssueField,
  placeIssues,
  takeGroup,
  toConsentInput,
  toCreateInput,
  toDuplicateQuery,
  toPersonInput,
  toUpdateInput,
} from '../../../renderer/src/desk/consultations/form-state';

const M: CheckMessages = {
  required: 'Wajib diisi.',
  dateFormat: 'Format tanggal.',
  chooseVisitor: 'Pilih pengunjung.',
  chooseRelation: 'Pilih hubungan.',
  chooseTopic: 'Pilih topik.',
  referralOther: 'Tulis lembaga.',
  chooseDate: 'Pilih tanggal.',
  consentForConsultation: 'Centang konsultasi.',
};

const stored: Consultation = {
  id: 'c1',
  at: '2026-11-29T02:00:00.000Z',
  officer: { id: 'u1', displayName: 'Rina' },
  channel: 'walk_in',
  visitor: { kind: 'person', personId: 'p1', name: 'Sri Lestari' },
  relation: 'self',
  journeyId: null,
  topics: ['costs', 'agency_check'],
  destination: 'MY',
  summary: 'Tanya biaya',
  flags: { nonProcedural: false, traffickingSuspected: false },
  referrals: [
    { to: 'other', note: 'Kantor Imigrasi' },
    { to: 'ltsa', note: null },
  ],
  status: 'open',
  closedAt: null,
  queueTicket: 'A-001',
  consentId: 'k1',
  followUps: [],
  caseIds: [],
  version: 3,
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
};

const filled = (patch: Partial<ConsultationValues> = {}): ConsultationValues => ({
  ...emptyValues(),
  visitorMode: 'anonymous',
  anonymousLabel: 'Ibu dari Dusun Krajan',
  relation: 'parent',
  topics: ['costs'],
  ...patch,
});

describe('consultation form values', () => {
  it('starts from the ticket prefill: walk-in and the service topic', () => {
    const v = emptyValues({ channel: 'walk_in', queueTicketId: 't1', topics: ['problem_abroad'] });
    expect(v.channel).toBe('walk_in');
    expect(v.topics).toEqual(['problem_abroad']);
    expect(v.visitorMode).toBe('existing');
    expect(v.consent.purposes).toEqual(['consultation']);
  });

  it('fills from a stored consultation, referrals in list order with the other note', () => {
    const v = fromConsultation(stored);
    expect(v.person).toEqual({ id: 'p1', fullName: 'Sri Lestari' });
    expect(v.referrals).toEqual(['ltsa', 'other']);
    expect(v.referralOtherNote).toBe('Kantor Imigrasi');
    expect(v.destination).toBe('MY');
  });
});

describe('checks before anything is stored', () => {
  it('names every missing part on its field, in screen order', () => {
    const v = { ...emptyValues(), followUpChoice: 'date' as const, referrals: ['other' as const] };
    const errors = checkBeforeSave(v, M);
    expect(errors).toEqual({
      visitor: 'Pilih pengunjung.',
      relation: 'Pilih hubungan.',
      topics: 'Pilih topik.',
      'referrals.note': 'Tulis lembaga.',
      followUp: 'Pilih tanggal.',
    });
    expect(firstErrorField(errors)).toBe('visitor');
  });

  it('a new person needs a name, a readable birth date and the consultation consent', () => {
    const v = filled({
      visitorMode: 'new',
      newPerson: { ...emptyNewPerson(), birthDate: '31-02-1990' },
      consent: { ...emptyValues().consent, purposes: ['migrant_register'] },
    });
    expect(checkBeforeSave(v, M)).toEqual({
      'person.fullName': 'Wajib diisi.',
      'person.birthDate': 'Format tanggal.',
      'consent.purposes': 'Centang konsultasi.',
    });
  });

  it('a complete anonymous consultation passes', () => {
    expect(checkBeforeSave(filled(), M)).toEqual({});
  });
});

describe('inputs sent to the core', () => {
  it('people.create leaves blanks out, reads the date day-first and adds the village code', () => {
    const input = toPersonInput(
      {
        ...emptyNewPerson('  Sri Lestari '),
        nik: ' 3212165508950001 ',
        sex: 'P',
        birthDate: '15/8/1995',
        phone: '',
        dusun: 'Krajan',
        rt: '3',
      },
      { ...emptyValues().consent, evidenceRef: '  ' },
      '32.12.16.2004',
    );
    expect(input).toEqual({
      fullName: 'Sri Lestari',
      nik: '3212165508950001',
      sex: 'P',
      birthDate: '1995-08-15',
      regionCode: '32.12.16.2004',
      dusun: 'Krajan',
      rt: '3',
      consent: { givenBy: 'self', purposes: ['consultation'], method: 'written', textVersion: '2026-01' },
    });
  });

  it('a visitor from elsewhere gets no village code or address', () => {
    const input = toPersonInput(
      { ...emptyNewPerson('Budi'), resident: false, dusun: 'Krajan' },
      emptyValues().consent,
      '32.12.16.2004',
    );
    expect(input).not.toHaveProperty('regionCode');
    expect(input).not.toHaveProperty('dusun');
  });

  it('consent by someone else carries their name', () => {
    expect(
      toConsentInput({
        purposes: ['consultation'],
        givenBy: 'mother',
        givenByName: ' Ibu Sumi ',
        method: 'recorded_call',
        evidenceRef: 'rekaman-01.m4a',
      }),
    ).toEqual({
      givenBy: 'mother',
      givenByName: 'Ibu Sumi',
      purposes: ['consultation'],
      method: 'recorded_call',
      evidenceRef: 'rekaman-01.m4a',
      textVersion: '2026-01',
    });
  });

  it('consultations.create is one input with the follow-up date and the ticket', () => {
    const v = filled({
      followUpChoice: '7',
      followUpNote: ' Telepon ',
      referrals: ['disnaker_indramayu', 'other'],
      referralOtherNote: 'Imigrasi',
      destination: '',
    });
    expect(toCreateInput(v, { personId: null, queueTicketId: 't1', today: '2026-11-29' })).toEqual({
      channel: 'walk_in',
      visitor: { kind: 'anonymous', label: 'Ibu dari Dusun Krajan' },
      relation: 'parent',
      topics: ['costs'],
      destination: null,
      summary: '',
      flags: { nonProcedural: false, traffickingSuspected: false },
      referrals: [{ to: 'disnaker_indramayu' }, { to: 'other', note: 'Imigrasi' }],
      followUp: { dueOn: '2026-12-06', note: 'Telepon' },
      queueTicketId: 't1',
    });
  });

  it('a person stored on this form is the visitor', () => {
    const v = filled({ visitorMode: 'new' });
    expect(toCreateInput(v, { personId: 'p9', queueTicketId: null, today: '2026-11-29' }).visitor).toEqual({
      kind: 'person',
      personId: 'p9',
    });
  });

  it('consultations.update sends only what changed, with the loaded version', () => {
    const loaded = fromConsultation(stored);
    const typed = { ...loaded, summary: 'Tanya biaya dan P3MI', status: 'closed' as const };
    expect(toUpdateInput(typed, loaded, { id: 'c1', version: 3, personId: null })).toEqual({
      id: 'c1',
      version: 3,
      summary: 'Tanya biaya dan P3MI',
      status: 'closed',
    });
    // Reordered topics are the same topics.
    expect(changedGroups({ ...loaded, topics: ['agency_check', 'costs'] }, loaded)).toEqual([]);
  });

  it('the duplicate check asks with the parsed date and changes key only when the question does', () => {
    const p = { ...emptyNewPerson('Sri'), birthDate: '15081995', nik: '3212-1655-0895-0001' };
    expect(toDuplicateQuery(p)).toEqual({ fullName: 'Sri', birthDate: '1995-08-15', nik: '3212-1655-0895-0001' });
    expect(duplicateKey(p)).toBe(duplicateKey({ ...p, birthDate: '15-08-1995', nik: '3212165508950001' }));
    expect(duplicateKey(p)).not.toBe(duplicateKey({ ...p, fullName: 'Siti' }));
  });
});

describe('a conflict: the newest version meets the typing', () => {
  const loaded = fromConsultation(stored);

  it('takes over what only the other officer changed, keeps what only this officer changed', () => {
    const typed = { ...loaded, topics: ['costs' as const] };
    const latest = { ...loaded, status: 'in_progress' as const };
    const merged = mergeLatest(typed, loaded, latest);
    expect(merged.values.status).toBe('in_progress');
    expect(merged.values.topics).toEqual(['costs']);
    expect(merged.updated).toEqual(['status']);
    expect(merged.conflicts).toEqual([]);
  });

  it('lists a part both changed differently as a conflict and keeps the typing there', () => {
    const typed = { ...loaded, summary: 'Versi saya' };
    const latest = { ...loaded, summary: 'Versi petugas lain' };
    const merged = mergeLatest(typed, loaded, latest);
    expect(merged.conflicts).toEqual(['summary']);
    expect(merged.values.summary).toBe('Versi saya');
    expect(takeGroup(merged.values, latest, 'summary').summary).toBe('Versi petugas lain');
  });

  it('the same change made by both is no conflict', () => {
    const both = { ...loaded, destination: 'TW' };
    expect(mergeLatest(both, loaded, both).conflicts).toEqual([]);
  });
});

describe('server messages land next to their field', () => {
  it('people.create paths', () => {
    const { fields, other } = placeIssues(
      [
        { path: 'nik', message: 'Nomor urut NIK tidak boleh 0000.' },
        { path: 'consent.givenByName', message: 'Tulis nama pemberi persetujuan.' },
        { path: 'consent.purposes.1', message: 'Tujuan tidak dikenal.' },
        { path: 'regionCode', message: 'Kode wilayah tidak ada.' },
        { path: 'note', message: 'Tidak ada di layar.' },
      ],
      personIssueField,
    );
    expect(fields).toEqual({
      'person.nik': 'Nomor urut NIK tidak boleh 0000.',
      'consent.givenByName': 'Tulis nama pemberi persetujuan.',
      'consent.purposes': 'Tujuan tidak dikenal.',
      'person.dusun': 'Kode wilayah tidak ada.',
    });
    expect(other).toEqual(['Tidak ada di layar.']);
  });

  it('consultations.create paths, first message per field', () => {
    const { fields, other } = placeIssues(
      [
        { path: 'visitor.personId', message: 'Persetujuan belum dicatat.' },
        { path: 'referrals.2.note', message: 'Tulis ke lembaga mana dirujuk.' },
        { path: 'referrals.1.to', message: 'Sudah dipilih.' },
        { path: 'followUp.dueOn', message: 'Tidak boleh sebelum hari ini.' },
        { path: 'topics', message: 'Pilih minimal satu topik.' },
        { path: 'topics.0', message: 'Kedua.' },
        { path: 'queueTicketId', message: 'Nomor antrian ini sudah tercatat.' },
      ],
      consultationIssueField,
    );
    expect(fields).toEqual({
      visitor: 'Persetujuan belum dicatat.',
      'referrals.note': 'Tulis ke lembaga mana dirujuk.',
      referrals: 'Sudah dipilih.',
      followUp: 'Tidak boleh sebelum hari ini.',
      topics: 'Pilih minimal satu topik.',
    });
    expect(other).toEqual(['Nomor antrian ini sudah tercatat.']);
  });
});

describe('NIK hints while typing (never blocking)', () => {
  const m = { sex: (s: string) => `sex:${s}`, birthDate: (d: string) => `birth:${d}` };

  it('a woman’s NIK (day + 40) against a man’s sex and another birth date', () => {
    expect(nikHints('3212165508950001', 'L', '16-08-1995', m)).toEqual({ sex: 'sex:P', birthDate: 'birth:15-08-..95' });
  });

  it('nothing to say when they agree, or before 16 digits are typed', () => {
    expect(nikHints('3212 1655 0895 0001', 'P', '15081995', m)).toEqual({});
    expect(nikHints('32121655', 'L', '01-01-2000', m)).toEqual({});
  });
});
