import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../../electron/shared/reports';
import { BarChart } from './BarChart';
import { chartModel, splitSeries } from './chart-model';
import { LineChart } from './LineChart';
import './charts.css';

/**
 * The picture of one report table, drawn offline from its own figures. Hidden from screen
 * readers on purpose: the table beside it carries the same numbers in a form they can read.
 */
export function ReportChart({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  const model = chartModel(table);
  if (!model) return null;
  if (model.empty) return <p className="rp-chart-empty">{t('reports.chart.empty')}</p>;
  return (
    <div className="rp-chart" aria-hidden="true">
      {model.kind !== 'line' && <BarChart model={model} />}
      {model.kind === 'line' && model.series.length === 1 && <LineChart model={model} />}
      {model.kind === 'line' && model.series.length > 1 && (
        <div className="rp-small-multiples">
          {splitSeries(model).map((part, i) => (
            <LineChart key={part.series[0].key} model={part} colour={i} title={part.series[0].title} />
          ))}
        </div>
      )}
    </div>
  );
}
