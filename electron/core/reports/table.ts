import type { CellValue, ChartHint, ColumnType, ReportColumn, ReportRow, ReportTable } from '../../shared/reports';

/** Counts keyed by a code; missing codes count 0. */
export type Counts = Map<string, number>;

export const bump = (m: Counts, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);

export const col = (key: string, title: string, type: ColumnType = 'count'): ReportColumn => ({ key, title, type });

export function table(
  key: string,
  title: string,
  columns: ReportColumn[],
  rows: ReportRow[],
  options: { note?: string; chart?: ChartHint } = {},
): ReportTable {
  return { key, title, note: options.note ?? null, columns, rows, chart: options.chart ?? 'bar' };
}

export const row = (code: string, ...cells: CellValue[]): ReportRow => ({ code, cells });

/**
 * One row per code in a fixed list (every code appears, zeros included, so two periods line up),
 * then a total row. `series` are count maps, one per numeric column.
 */
export function codedRows(
  codes: readonly string[],
  labels: Record<string, string>,
  series: Counts[],
  options: { total?: boolean; dropZero?: readonly string[] } = {},
): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const code of codes) {
    const values = series.map((s) => s.get(code) ?? 0);
    if (options.dropZero?.includes(code) && values.every((v) => v === 0)) continue;
    rows.push(row(code, labels[code] ?? code, ...values));
  }
  if (options.total !== false) rows.push(totalRow(rows, series.length));
  return rows;
}

/** "Jumlah" summing every numeric column of `rows`. */
export function totalRow(rows: ReportRow[], numericColumns: number, firstNumeric = 1): ReportRow {
  const sums = Array.from({ length: numericColumns }, (_, i) =>
    rows.reduce((acc, r) => acc + (Number(r.cells[firstNumeric + i]) || 0), 0),
  );
  return row('total', 'Jumlah', ...sums);
}

export const withTotal = (rows: ReportRow[], numericColumns: number): ReportRow[] => [
  ...rows,
  totalRow(rows, numericColumns),
];

/** Rows for open-ended codes (countries): biggest first, the `last` codes at the end. */
export function rankedRows(counts: Counts, label: (code: string) => string, last: readonly string[]): ReportRow[] {
  const entries = [...counts.entries()].filter(([, n]) => n > 0);
  const head = entries.filter(([k]) => !last.includes(k)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const tail = last.flatMap((k) => (counts.get(k) ? [[k, counts.get(k)!] as [string, number]] : []));
  const rows = [...head, ...tail].map(([k, n]) => row(k, label(k), n));
  rows.push(totalRow(rows, 1));
  return rows;
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
