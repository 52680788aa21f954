import type { ReportTable } from '../../../shared/reports';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { monthBounds } from '../../desk/dates';
import { shortMonthLabel } from '../format';
import { boundsOf, type PeriodBounds } from '../periods';
import { type ActivityRow, EDUKASI_SQL } from '../standard/edukasi-queries';
import { bump, type Counts, col, ratio, row, table } from '../table';

/**
 * Month-by-month figures of the Meja Layanan in one statement. Consultations are counted per month
 * as rowid ranges (@months: JSON [[month, fromSeq, toSeq], …]), so 400,000 rows are never sorted.
 */
export const DESK_TREND_SQL = `SELECT 'consultations' AS what, json_extract(m.value, '$[0]') AS month,
      (SELECT COUNT(*) FROM consultations c
        WHERE c.seq >= json_extract(m.value, '$[1]') AND c.seq < json_extract(m.value, '$[2]')) AS n
    FROM json_each(@months) m
  UNION ALL SELECT 'cases', strftime('%Y-%m', opened_at, '+7 hours'), COUNT(*) FROM cases
    WHERE opened_at >= @fromIso AND opened_at < @toIso GROUP BY 2
  UNION ALL SELECT 'departed', substr(departed_on, 1, 7), COUNT(*) FROM journeys
    WHERE departed_on BETWEEN @from AND @to GROUP BY 2
  UNION ALL SELECT 'returned', substr(returned_on, 1, 7), COUNT(*) FROM journeys
    WHERE returned_on BETWEEN @from AND @to GROUP BY 2`;

/** New enrolments per month (activities and marks come from the report's per-activity query). */
export const ENROLMENT_TREND_SQL = `SELECT substr(enrolled_on, 1, 7) AS month, COUNT(*) AS n FROM children
    WHERE enrolled_on BETWEEN @from AND @to GROUP BY 1`;

interface TrendRow {
  what?: string;
  month: string;
  n: number;
}

export interface Trend {
  table: ReportTable;
  /** Per series: month → value. */
  series: Record<string, Map<string, number | null>>;
}

export function deskTrend(db: Db, b: PeriodBounds, months: string[]): Trend {
  const ranges = months.map((m) => {
    const mb = boundsOf({ from: [`${m}-01`, b.from].sort()[1], to: [monthBounds(m).to, b.to].sort()[0] });
    return [m, mb.fromSeq, mb.toSeq];
  });
  const rows = stmt(db, DESK_TREND_SQL).all({
    months: JSON.stringify(ranges),
    fromIso: b.fromIso,
    toIso: b.toIso,
    from: b.from,
    to: b.to,
  }) as TrendRow[];
  const by: Record<string, Counts> = {
    consultations: new Map(),
    cases: new Map(),
    departed: new Map(),
    returned: new Map(),
  };
  for (const r of rows) bump(by[r.what ?? ''], r.month, r.n);
  const series = Object.fromEntries(
    Object.entries(by).map(([k, m]) => [k, new Map(months.map((mo) => [mo, m.get(mo) ?? 0]))]),
  ) as Record<string, Map<string, number | null>>;
  return {
    series,
    table: table(
      'trenLayanan',
      'Layanan migrasi per bulan',
      [
        col('month', 'Bulan', 'text'),
        col('consultations', 'Konsultasi'),
        col('cases', 'Pengaduan baru'),
        col('departed', 'Berangkat'),
        col('returned', 'Pulang'),
      ],
      months.map((m) =>
        row(m, shortMonthLabel(m), ...['consultations', 'cases', 'departed', 'returned'].map((k) => by[k].get(m) ?? 0)),
      ),
      { chart: 'line', note: 'Bulan terakhir dibandingkan dengan bulan-bulan sebelumnya.' },
    ),
  };
}

export function edukasiTrend(db: Db, b: PeriodBounds, months: string[]): Trend {
  const params = { from: b.from, to: b.to };
  const activities: Counts = new Map();
  const marks: Counts = new Map();
  const present: Counts = new Map();
  const enrolled: Counts = new Map();
  for (const a of stmt(db, EDUKASI_SQL.activities).all(params) as ActivityRow[]) {
    const month = a.date.slice(0, 7);
    bump(activities, month, 1);
    bump(marks, month, a.marks);
    bump(present, month, a.present + a.late);
  }
  for (const r of stmt(db, ENROLMENT_TREND_SQL).all(params) as TrendRow[]) bump(enrolled, r.month, r.n);
  const rate = new Map(months.map((m) => [m, ratio(present.get(m) ?? 0, marks.get(m) ?? 0)]));
  const zeroFilled = (c: Counts) => new Map<string, number | null>(months.map((m) => [m, c.get(m) ?? 0]));
  return {
    series: {
      activities: zeroFilled(activities),
      marks: zeroFilled(marks),
      rate,
      enrolled: zeroFilled(enrolled),
    },
    table: table(
      'trenKehadiran',
      'Kegiatan dan kehadiran per bulan',
      [
        col('month', 'Bulan', 'text'),
        col('activities', 'Kegiatan'),
        col('marks', 'Kehadiran diabsen'),
        col('rate', 'Persentase kehadiran', 'percent'),
        col('enrolled', 'Anak baru mendaftar'),
      ],
      months.map((m) =>
        row(
          m,
          shortMonthLabel(m),
          activities.get(m) ?? 0,
          marks.get(m) ?? 0,
          rate.get(m) ?? null,
          enrolled.get(m) ?? 0,
        ),
      ),
      { chart: 'line', note: 'Persentase kehadiran = (Hadir + Terlambat) ÷ semua kehadiran yang diabsen.' },
    ),
  };
}
