import type { ReportTable } from '../../../electron/shared/reports';
import { ReportChart } from './charts/ReportChart';
import { ReportTableView } from './tables/ReportTableView';

/**
 * One table of a report as a section: title, how it is counted, the chart, and the same figures
 * as a table beside it (below it on a narrow screen and on paper).
 */
export function ReportBlock({ table, headingLevel = 2 }: { table: ReportTable; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `rp-${table.key}`;
  const charted = table.chart !== 'none';
  return (
    <section className="rp-block" aria-labelledby={headingId}>
      <Heading id={headingId} className="rp-block-title">
        {table.title}
      </Heading>
      {table.note && <p className="rp-note">{table.note}</p>}
      <div className={charted ? 'rp-block-body' : 'rp-block-body rp-table-only'}>
        {charted && <ReportChart table={table} />}
        <ReportTableView table={table} captionHidden />
      </div>
    </section>
  );
}
