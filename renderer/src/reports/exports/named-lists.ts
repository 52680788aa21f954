import type { Role } from '../../../../electron/shared/domain';
import type { NamedList, ReportKind } from '../../../../electron/shared/reports';

/**
 * Which named lists a report page offers to whom. A copy of the core's rule
 * (electron/core/reports/access.ts NAMED_LIST_ROLES), used only to hide what the core would
 * refuse anyway: the core decides, and says why when it refuses.
 */
const ROLES: Record<NamedList, readonly Role[]> = {
  consultations: ['admin', 'desk_officer'],
  cases: ['admin', 'desk_officer'],
  children: ['admin', 'educator'],
};

/** The lists that belong to each report: the desk's records, or the education house's. */
const LISTS_OF_REPORT: Record<ReportKind, readonly NamedList[]> = {
  migrationService: ['consultations', 'cases'],
  rumahEdukasi: ['children'],
  dashboard: [],
};

export function namedListsFor(report: ReportKind, role: Role): NamedList[] {
  return LISTS_OF_REPORT[report].filter((list) => ROLES[list].includes(role));
}
