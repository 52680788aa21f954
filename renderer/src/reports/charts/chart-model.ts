import type { ReportColumn, ReportTable } from '../../../../electron/shared/reports';

/**
 * Turns a report table into what a chart draws. The table stays the source of truth (it is shown
 * beside every chart); these rules only decide which of its columns make a readable picture.
 */

export interface ChartSeries {
  key: string;
  title: string;
  type: 'count' | 'percent';
}

export interface ChartRow {
  code: string;
  label: string;
  /** One value per series; null = no data (a month without roll calls has no attendance rate). */
  values: (number | null)[];
}

export interface ChartModel {
  /** `grouped`: one bar per series side by side; `stacked`: the series add up to one bar. */
  kind: 'grouped' | 'stacked' | 'line';
  series: ChartSeries[];
  rows: ChartRow[];
  /** Top of the value axis: a round number at or above the largest value (1 for percentages). */
  max: number;
  /** Nothing above zero to draw: the screen says so instead of drawing empty axes. */
  empty: boolean;
}

const numeric = (c: ReportColumn) => c.type === 'count' || c.type === 'percent';

/**
 * A count column that equals the sum of at least two other count columns in every row is their
 * total ("Jumlah", "Pengaduan baru"): stacking it with its parts would count everything twice.
 */
function totalColumnIndex(countIdx: number[], rows: ReportTable['rows']): number | null {
  if (countIdx.length < 3 || rows.length === 0) return null;
  for (const candidate of countIdx) {
    const parts = countIdx.filter((i) => i !== candidate);
    const isTotal = rows.every((r) => {
      const total = r.cells[candidate];
      const sum = parts.reduce((s, i) => s + (typeof r.cells[i] === 'number' ? (r.cells[i] as number) : 0), 0);
      return typeof total === 'number' && total === sum;
    });
    // Every row zero also "sums": only trust the rule when some row has a figure.
    if (isTotal && rows.some((r) => (r.cells[candidate] as number) > 0)) return candidate;
  }
  return null;
}

/** 1, 2, 5 × 10^k at or above `value`: axis ends people can read at a glance. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** Evenly spaced axis marks from 0 to `max` (at most five steps). */
export function ticks(max: number, percent: boolean): number[] {
  if (percent) return [0, 0.25, 0.5, 0.75, 1];
  const stepCount = max <= 4 ? max : ([5, 4, 2].find((n) => Number.isInteger(max / n)) ?? 4);
  return Array.from({ length: stepCount + 1 }, (_, i) => (max / stepCount) * i);
}

export function chartModel(table: ReportTable): ChartModel | null {
  if (table.chart === 'none') return null;
  const rows = table.rows.filter((r) => r.code !== 'total');
  const idx = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => numeric(c));
  const percentIdx = idx.filter(({ c }) => c.type === 'percent').map(({ i }) => i);
  const countIdx = idx.filter(({ c }) => c.type === 'count').map(({ i }) => i);

  let chosen: number[];
  let kind: ChartModel['kind'];
  if (table.chart === 'line') {
    // "Attendance rate over time": a trend with a rate is about the rate, not the raw counts.
    chosen = percentIdx.length > 0 ? [percentIdx[0]] : countIdx;
    kind = 'line';
  } else {
    const total = totalColumnIndex(countIdx, rows);
    const parts = countIdx.filter((i) => i !== total);
    if (table.chart === 'stacked-bar' && parts.length > 1) {
      chosen = parts;
      kind = 'stacked';
    } else {
      // A bar table with a rate (attendance by activity kind) is read for the rate.
      chosen = percentIdx.length > 0 ? [percentIdx[0]] : parts.slice(0, 3);
      kind = 'grouped';
    }
  }
  if (chosen.length === 0 || rows.length === 0) return null;

  const series = chosen.map((i) => ({
    key: table.columns[i].key,
    title: table.columns[i].title,
    type: table.columns[i].type as ChartSeries['type'],
  }));
  const chartRows: ChartRow[] = rows.map((r) => ({
    code: r.code,
    label: String(r.cells[0] ?? r.code),
    values: chosen.map((i) => (typeof r.cells[i] === 'number' ? (r.cells[i] as number) : null)),
  }));
  const percent = series.every((s) => s.type === 'percent');
  const largest = Math.max(
    0,
    ...chartRows.map((r) =>
      kind === 'stacked'
        ? r.values.reduce<number>((s, v) => s + (v ?? 0), 0)
        : Math.max(0, ...r.values.map((v) => v ?? 0)),
    ),
  );
  return {
    kind,
    series,
    rows: chartRows,
    max: percent ? 1 : niceMax(largest),
    empty: largest === 0,
  };
}

/**
 * One small chart per series, each on its own scale: consultations (about 100 a month) and
 * returns (about 2) on one axis would flatten the small series into the floor.
 */
export function splitSeries(model: ChartModel): ChartModel[] {
  return model.series.map((serie, i) => {
    const rows = model.rows.map((r) => ({ ...r, values: [r.values[i]] }));
    const largest = Math.max(0, ...rows.map((r) => r.values[0] ?? 0));
    return {
      kind: model.kind,
      series: [serie],
      rows,
      max: serie.type === 'percent' ? 1 : niceMax(largest),
      empty: largest === 0,
    };
  });
}
