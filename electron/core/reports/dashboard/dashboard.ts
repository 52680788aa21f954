import type {
  DashboardHighlight,
  DashboardResult,
  DashboardSection,
  PeriodInput,
  ResolvedPeriod,
} from '../../../shared/reports';
import { REPORT_TITLES, SMALL_CELL_THRESHOLD } from '../../../shared/reports';
import type { CallContext, Deps } from '../../api/types';
import { jakartaDate } from '../../clock';
import { addDays, addMonths } from '../../desk/dates';
import { PARTS_BY_ROLE } from '../access';
import { monthLabel } from '../format';
import { reportHeader } from '../header';
import { boundsOf, resolvePeriod, trailingMonths } from '../periods';
import { runDeskQueries } from '../standard/desk-queries';
import { type DeskTableKey, deskFigures } from '../standard/desk-tables';
import { runEdukasiQueries } from '../standard/edukasi-queries';
import { type EdukasiTableKey, edukasiFigures } from '../standard/edukasi-tables';
import { deskTrend, edukasiTrend, type Trend } from './trends';

export const DEFAULT_COMPARE_MONTHS = 6;

const DESK_TABLES: readonly DeskTableKey[] = [
  'konsultasiPerTopik',
  'pengunjungPerUmur',
  'konsultasiPerTujuan',
  'rujukan',
  'pengaduanPerJenis',
  'pengaduanPerStatus',
  'riwayatMigrasiPerTujuan',
];
const EDUKASI_TABLES: readonly EdukasiTableKey[] = [
  'anakPerUmur',
  'anakPerOrangTua',
  'pengasuhPerHubungan',
  'dokumenAnak',
  'kegiatanPerJenis',
];

/** The trend covers whole months, from the first compared month up to the period's last counted day. */
function trendRange(period: ResolvedPeriod, months: string[]): { from: string; to: string } {
  const lastDay = addDays(addMonths(`${months[months.length - 1]}-01`, 1), -1);
  // Dates as text compare like the calendar; the earlier one ends the trend.
  return { from: `${months[0]}-01`, to: [lastDay, period.to].sort()[0] };
}

/** This month against the average of the earlier months of the trend. */
function highlight(
  key: string,
  label: string,
  series: Map<string, number | null>,
  months: string[],
  type: 'count' | 'percent',
): DashboardHighlight {
  const last = months[months.length - 1];
  const earlier = months
    .slice(0, -1)
    .map((m) => series.get(m))
    .filter((v): v is number => v !== null && v !== undefined);
  return {
    key,
    label: `${label} — ${monthLabel(last)}`,
    value: series.get(last) ?? null,
    earlierAverage: earlier.length === 0 ? null : earlier.reduce((a, b) => a + b, 0) / earlier.length,
    type,
  };
}

export function dashboard(
  input: { period: PeriodInput; compareMonths?: number },
  call: CallContext,
  deps: Deps,
): DashboardResult {
  const period = resolvePeriod(input.period, jakartaDate(deps.clock.now()));
  const header = reportHeader(deps, call, REPORT_TITLES.dashboard, 'Pemerintah desa', period);
  const months = trailingMonths(period.to.slice(0, 7), input.compareMonths ?? DEFAULT_COMPARE_MONTHS);
  const bounds = boundsOf(period);
  const trendBounds = boundsOf(trendRange(period, months));
  const parts = PARTS_BY_ROLE[call.role];
  const sections: DashboardSection[] = [];

  if (parts.includes('desk')) {
    const figures = deskFigures(runDeskQueries(deps.db, bounds));
    const trend: Trend = deskTrend(deps.db, trendBounds, months);
    sections.push({
      part: 'desk',
      title: 'Meja Layanan',
      highlights: [
        highlight('consultations', 'Konsultasi', trend.series.consultations, months, 'count'),
        highlight('cases', 'Pengaduan baru', trend.series.cases, months, 'count'),
        highlight('departed', 'Keberangkatan tercatat', trend.series.departed, months, 'count'),
        highlight('returned', 'Kepulangan tercatat', trend.series.returned, months, 'count'),
      ],
      tables: [trend.table, ...DESK_TABLES.map((k) => figures.tables[k])],
    });
  }
  if (parts.includes('edukasi')) {
    const figures = edukasiFigures(runEdukasiQueries(deps.db, bounds), period);
    const trend = edukasiTrend(deps.db, trendBounds, months);
    sections.push({
      part: 'edukasi',
      title: 'Rumah Edukasi',
      highlights: [
        {
          key: 'children',
          label: 'Anak terdaftar',
          value: figures.totals.children,
          earlierAverage: null,
          type: 'count',
        },
        highlight('activities', 'Kegiatan', trend.series.activities, months, 'count'),
        highlight('rate', 'Persentase kehadiran', trend.series.rate, months, 'percent'),
        highlight('enrolled', 'Anak baru mendaftar', trend.series.enrolled, months, 'count'),
      ],
      tables: [trend.table, ...EDUKASI_TABLES.map((k) => figures.tables[k])],
    });
  }
  return { header, months, sections, smallCellThreshold: SMALL_CELL_THRESHOLD };
}
