import type { PeriodInput, StandardReport } from '../../../shared/reports';
import { REPORT_TITLES } from '../../../shared/reports';
import type { CallContext, Deps } from '../../api/types';
import { jakartaDate } from '../../clock';
import { reportHeader } from '../header';
import { boundsOf, resolvePeriod } from '../periods';
import { runDeskQueries } from './desk-queries';
import { deskFigures, MIGRATION_SERVICE_TABLES } from './desk-tables';

export const MIGRATION_SERVICE_ADDRESSEE = 'Disnaker Kabupaten dan KP2MI (BP3MI)';

/** "Laporan Layanan Migrasi Desa": what the village's migration desk did in the period. */
export function migrationServiceReport(period: PeriodInput, call: CallContext, deps: Deps): StandardReport {
  const resolved = resolvePeriod(period, jakartaDate(deps.clock.now()));
  const header = reportHeader(deps, call, REPORT_TITLES.migrationService, MIGRATION_SERVICE_ADDRESSEE, resolved);
  const figures = deskFigures(runDeskQueries(deps.db, boundsOf(resolved)));
  const t = figures.totals;
  const empty =
    t.consultations +
      t.recorded +
      t.permission +
      t.departed +
      t.returned +
      t.casesOpened +
      t.casesResolved +
      t.casesClosed +
      t.followUpsDone ===
    0;
  return { header, tables: MIGRATION_SERVICE_TABLES.map((k) => figures.tables[k]), empty };
}
