import type { PeriodInput, StandardReport } from '../../../shared/reports';
import { REPORT_TITLES } from '../../../shared/reports';
import type { CallContext, Deps } from '../../api/types';
import { jakartaDate } from '../../clock';
import { reportHeader } from '../header';
import { boundsOf, resolvePeriod } from '../periods';
import { runEdukasiQueries } from './edukasi-queries';
import { edukasiFigures, RUMAH_EDUKASI_TABLES } from './edukasi-tables';

export const RUMAH_EDUKASI_ADDRESSEE = 'KPAI (pengawasan pengasuhan berbasis komunitas) dan Disnaker Kabupaten';

/** "Laporan Rumah Edukasi dan Pengasuhan": the children, their carers and the activities, for KPAI. */
export function rumahEdukasiReport(period: PeriodInput, call: CallContext, deps: Deps): StandardReport {
  const resolved = resolvePeriod(period, jakartaDate(deps.clock.now()));
  const header = reportHeader(deps, call, REPORT_TITLES.rumahEdukasi, RUMAH_EDUKASI_ADDRESSEE, resolved);
  const figures = edukasiFigures(runEdukasiQueries(deps.db, boundsOf(resolved)), resolved);
  const t = figures.totals;
  const empty = t.children + t.enrolled + t.left + t.caregivers + t.activities + t.marks + t.contacts === 0;
  return { header, tables: RUMAH_EDUKASI_TABLES.map((k) => figures.tables[k]), empty };
}
