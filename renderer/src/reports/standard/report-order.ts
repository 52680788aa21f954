import type { ReportTable } from '../../../../electron/shared/reports';

/** The summary table ('ringkasan') opens the report; the others keep the core's order. */
export function summaryFirst(tables: ReportTable[]): ReportTable[] {
  const summary = tables.filter((t) => t.key === 'ringkasan');
  return [...summary, ...tables.filter((t) => t.key !== 'ringkasan')];
}
