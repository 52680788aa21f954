import type { MethodInput } from '../../../../electron/shared/contract';
import {
  CASE_KINDS,
  CASE_RISKS,
  CASE_STATUSES,
  type CaseKind,
  type CaseRisk,
  type CaseStatus,
} from '../../../../electron/shared/desk';

/** What the filter row holds: '' means "Semua". */
export interface CaseFilterValues {
  status: CaseStatus | '';
  kind: CaseKind | '';
  risk: CaseRisk | '';
}

export const NO_CASE_FILTERS: CaseFilterValues = { status: '', kind: '', risk: '' };

export const CASES_PER_PAGE = 25;

/** The cases.list input for the filter row and a page cursor; empty filters are left out. */
export function caseListInput(values: CaseFilterValues, cursor: string | null): MethodInput<'cases.list'> {
  const filters: NonNullable<MethodInput<'cases.list'>['filters']> = {};
  if (values.status) filters.status = values.status;
  if (values.kind) filters.kind = values.kind;
  if (values.risk) filters.risk = values.risk;
  return {
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    limit: CASES_PER_PAGE,
    ...(cursor ? { cursor } : {}),
  };
}

/** Reads a select's value back into the filter type; anything unknown is "Semua". */
export function parseCaseFilter<K extends keyof CaseFilterValues>(key: K, raw: string): CaseFilterValues[K] {
  const allowed: readonly string[] = key === 'status' ? CASE_STATUSES : key === 'kind' ? CASE_KINDS : CASE_RISKS;
  return (allowed.includes(raw) ? raw : '') as CaseFilterValues[K];
}

export function hasCaseFilters(values: CaseFilterValues): boolean {
  return values.status !== '' || values.kind !== '' || values.risk !== '';
}
