import type { MethodInput } from '../../../../electron/shared/contract';
import type { CaseKind, CasePersonRole, CaseRisk } from '../../../../electron/shared/desk';

/** The new-case form, field names matching the core's issue paths. */
export interface CaseFormValues {
  kind: CaseKind | '';
  risk: CaseRisk | '';
  summary: string;
  people: { personId: string; name: string; role: CasePersonRole }[];
  agencyId: string | null;
  followUpOn: string;
  followUpNote: string;
}

export const CASE_FORM_FIELDS = ['kind', 'risk', 'summary', 'people', 'agencyId', 'followUp.dueOn'] as const;
export type CaseFormField = (typeof CASE_FORM_FIELDS)[number];

export const EMPTY_CASE_FORM: CaseFormValues = {
  kind: '',
  risk: '',
  summary: '',
  people: [],
  agencyId: null,
  followUpOn: '',
  followUpNote: '',
};

/** Only what stops the form from making sense; lengths and NIK-in-text are the core's checks. */
export function checkCaseForm(
  v: CaseFormValues,
  m: { chooseKind: string; chooseRisk: string; required: string },
): Partial<Record<CaseFormField, string>> {
  const errors: Partial<Record<CaseFormField, string>> = {};
  if (!v.kind) errors.kind = m.chooseKind;
  if (!v.risk) errors.risk = m.chooseRisk;
  if (!v.summary.trim()) errors.summary = m.required;
  return errors;
}

export function toCaseCreateInput(v: CaseFormValues): MethodInput<'cases.create'> {
  return {
    kind: v.kind as CaseKind,
    risk: v.risk as CaseRisk,
    summary: v.summary.trim(),
    ...(v.people.length > 0 ? { people: v.people.map((p) => ({ personId: p.personId, role: p.role })) } : {}),
    ...(v.agencyId ? { agencyId: v.agencyId } : {}),
    ...(v.followUpOn
      ? { followUp: { dueOn: v.followUpOn, ...(v.followUpNote.trim() ? { note: v.followUpNote.trim() } : {}) } }
      : {}),
  };
}

/**
 * Server issue paths → form fields: `people.0.personId` belongs to the people list,
 * `followUp.note` to the follow-up date row.
 */
export function caseIssueField(path: string): CaseFormField | null {
  if (path.startsWith('people')) return 'people';
  if (path.startsWith('followUp')) return 'followUp.dueOn';
  return (CASE_FORM_FIELDS as readonly string[]).includes(path) ? (path as CaseFormField) : null;
}
