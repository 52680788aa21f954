import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../electron/shared/desk';
import { auditListInput, NO_AUDIT_FILTERS } from '../../../renderer/src/desk-admin/audit/audit-filters';
import {
  caseListInput,
  hasCaseFilters,
  NO_CASE_FILTERS,
  parseCaseFilter,
} from '../../../renderer/src/desk-admin/cases/case-filters';
import {
  caseIssueField,
  checkCaseForm,
  EMPTY_CASE_FORM,
  toCaseCreateInput,
} from '../../../renderer/src/desk-admin/cases/case-form';
import {
  EMPTY_JOURNEY,
  journeyToValues,
  toJourneyCreate,
  toJourneyUpdate,
} from '../../../renderer/src/desk-admin/journeys/journey-form';
import {
  currentCursor,
  firstPage,
  nextPage,
  pageNumber,
  previousPage,
} from '../../../renderer/src/desk-admin/shared/pager';

describe('keyset pager', () => {
  it('remembers the cursors it used so it can go back', () => {
    let state = firstPage<string>();
    expect([currentCursor(state), pageNumber(state)]).toEqual([null, 1]);
    state = nextPage(state, 'c1');
    state = nextPage(state, 'c2');
    expect([currentCursor(state), pageNumber(state)]).toEqual(['c2', 3]);
    state = previousPage(state);
    expect([currentCursor(state), pageNumber(state)]).toEqual(['c1', 2]);
    state = previousPage(previousPage(state));
    expect([currentCursor(state), pageNumber(state)]).toEqual([null, 1]);
  });
});

describe('case list filters', () => {
  it('sends only the filters that are set, and the cursor of the page', () => {
    expect(caseListInput(NO_CASE_FILTERS, null)).toEqual({ limit: 25 });
    expect(caseListInput({ status: 'referred', kind: '', risk: 'urgent' }, 'abc')).toEqual({
      filters: { status: 'referred', risk: 'urgent' },
      limit: 25,
      cursor: 'abc',
    });
  });

  it('reads select values back, treating anything unknown as "Semua"', () => {
    expect(parseCaseFilter('status', 'closed')).toBe('closed');
    expect(parseCaseFilter('status', 'fraud')).toBe('');
    expect(parseCaseFilter('kind', 'fraud')).toBe('fraud');
    expect(parseCaseFilter('risk', 'urgent')).toBe('urgent');
    expect(hasCaseFilters(NO_CASE_FILTERS)).toBe(false);
    expect(hasCaseFilters({ ...NO_CASE_FILTERS, risk: 'low' })).toBe(true);
  });
});

describe('new case form', () => {
  const m = { chooseKind: 'jenis?', chooseRisk: 'risiko?', required: 'wajib' };

  it('names what is missing, by the core field names', () => {
    expect(checkCaseForm(EMPTY_CASE_FORM, m)).toEqual({ kind: 'jenis?', risk: 'risiko?', summary: 'wajib' });
    expect(checkCaseForm({ ...EMPTY_CASE_FORM, kind: 'fraud', risk: 'low', summary: '  ' }, m)).toEqual({
      summary: 'wajib',
    });
  });

  it('builds cases.create without empty optional parts', () => {
    const filled = {
      ...EMPTY_CASE_FORM,
      kind: 'fraud' as const,
      risk: 'high' as const,
      summary: ' Uang muka hilang. ',
    };
    expect(toCaseCreateInput(filled)).toEqual({ kind: 'fraud', risk: 'high', summary: 'Uang muka hilang.' });
    expect(
      toCaseCreateInput({
        ...filled,
        people: [{ personId: 'p1', name: 'Dewi', role: 'reporter' }],
        agencyId: 'a1',
        followUpOn: '2026-12-07',
        followUpNote: ' telepon ',
      }),
    ).toEqual({
      kind: 'fraud',
      risk: 'high',
      summary: 'Uang muka hilang.',
      people: [{ personId: 'p1', role: 'reporter' }],
      agencyId: 'a1',
      followUp: { dueOn: '2026-12-07', note: 'telepon' },
    });
  });

  it('puts server issues next to the right field', () => {
    expect(caseIssueField('people.0.personId')).toBe('people');
    expect(caseIssueField('followUp.dueOn')).toBe('followUp.dueOn');
    expect(caseIssueField('followUp.note')).toBe('followUp.dueOn');
    expect(caseIssueField('summary')).toBe('summary');
    expect(caseIssueField('consultationId')).toBeNull();
  });
});

describe('journey form', () => {
  it('sends empty fields as null (which clears them on update) and trims text', () => {
    const values = { ...EMPTY_JOURNEY, status: 'departed' as const, job: '  Operator  ', departedOn: '2026-11-30' };
    const create = toJourneyCreate('p1', values);
    expect(create).toEqual({
      personId: 'p1',
      status: 'departed',
      destination: null,
      job: 'Operator',
      sector: null,
      scheme: null,
      agencyId: null,
      familyPermissionAcknowledgedOn: null,
      departedOn: '2026-11-30',
      expectedReturnOn: null,
      returnedOn: null,
      note: null,
    });
    const { personId: _ignored, ...fields } = create;
    expect(toJourneyUpdate('j1', 4, values)).toEqual({ id: 'j1', version: 4, ...fields });
  });

  it('loads a stored journey into the form and back unchanged', () => {
    const journey: Journey = {
      id: 'j1',
      personId: 'p1',
      personName: 'Dewi',
      status: 'working_abroad',
      destination: 'MY',
      job: 'Perawat',
      sector: 'formal',
      scheme: 'p_to_p',
      agencyId: 'a1',
      familyPermissionAcknowledgedOn: '2026-01-02',
      departedOn: '2026-02-03',
      expectedReturnOn: '2028-02-03',
      returnedOn: null,
      note: null,
      agency: null,
      version: 3,
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-02-03T00:00:00.000Z',
    };
    const input = toJourneyUpdate('j1', 3, journeyToValues(journey));
    for (const key of Object.keys(input) as (keyof typeof input)[]) {
      if (key === 'id' || key === 'version') continue;
      expect(input[key], key).toEqual(journey[key as keyof Journey]);
    }
  });
});

describe('audit filters', () => {
  it('leaves out empty filters and swaps a reversed date range', () => {
    expect(auditListInput(NO_AUDIT_FILTERS, null)).toEqual({ limit: 50 });
    expect(
      auditListInput({ action: 'export', entity: '', actorUserId: 'u1', from: '2026-12-01', to: '2026-11-01' }, 120),
    ).toEqual({ action: 'export', actorUserId: 'u1', from: '2026-11-01', to: '2026-12-01', limit: 50, cursor: 120 });
  });
});
