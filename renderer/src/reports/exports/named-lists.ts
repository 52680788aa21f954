import type { Role } from '../../../../electron/shared/domain';
import { NAMED_LIST_ROLES, type NamedList, type ReportKind } from '../../../../electron/shared/reports';

/*
 * Which named lists a report page offers to whom: the core's own rule (NAMED_LIST_ROLES), used
 * only to hide what the core would refuse anyway. The core decides, and says why when it refuses.
 */

/** The lists that belong to each report: the desk's records, or the education house's. */
const LISTS_OF_REPORT: Record<ReportKind, readonly NamedList[]> = {
  migrationService: ['consultations', 'cases'],
  rumahEdukasi: ['children'],
  dashboard: [],
};

export function namedListsFor(report: ReportKind, role: Role): NamedList[] {
  return LISTS_OF_REPORT[report].filter((list) => NAMED_LIST_ROLES[list].includes(role));
}
