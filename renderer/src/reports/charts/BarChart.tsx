import { useTranslation } from 'react-i18next';
import { formatCell } from '../tables/format-cell';
import { ChartLegend } from './ChartLegend';
import type { ChartModel } from './chart-model';

/**
 * Horizontal bars: long Indonesian labels ("Calo / perekrutan ilegal") stay readable in HTML on
 * the left; each bar is a tiny SVG sized by attributes (no inline styles, which the CSP forbids).
 */
export function BarChart({ model }: { model: ChartModel }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const scale = (v: number | null) => (model.max > 0 ? ((v ?? 0) / model.max) * 100 : 0);
  const fmt = (v: number | null, i: number) => formatCell(v, model.series[i].type, language);

  return (
    <div className="rp-bars">
      {model.series.length > 1 && <ChartLegend series={model.series} />}
      {model.rows.map((row) => (
        <div key={row.code} className="rp-bar-row">
          <span className="rp-bar-label">{row.label}</span>
          {model.kind === 'stacked' ? (
            <span className="rp-bar-cell">
              <svg
                aria-hidden="true"
                className="rp-bar-svg"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                focusable="false"
              >
                {stackedRects(
                  model.series.map((serie) => serie.key),
                  row.values.map(scale),
                )}
              </svg>
              <span className="rp-bar-value">{fmt(sum(row.values), 0)}</span>
            </span>
          ) : (
            <span className="rp-bar-group">
              {row.values.map((v, i) => (
                <span key={model.series[i].key} className="rp-bar-cell">
                  <svg
                    aria-hidden="true"
                    className="rp-bar-svg"
                    viewBox="0 0 100 10"
                    preserveAspectRatio="none"
                    focusable="false"
                  >
                    <rect className={`rp-s${i}`} x={0} y={0} width={scale(v)} height={10} />
                  </svg>
                  <span className="rp-bar-value">{fmt(v, i)}</span>
                </span>
              ))}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

function stackedRects(keys: string[], widths: number[]) {
  let x = 0;
  return widths.map((w, i) => {
    const rect = <rect key={keys[i]} className={`rp-s${i}`} x={x} y={0} width={w} height={10} />;
    x += w;
    return rect;
  });
}
