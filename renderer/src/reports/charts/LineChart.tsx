import { useTranslation } from 'react-i18next';
import { formatCell } from '../tables/format-cell';
import { ChartLegend } from './ChartLegend';
import { type ChartModel, ticks } from './chart-model';

/** Drawing sizes; a small multiple gets a narrower canvas so its text keeps a readable size. */
const SIZES = {
  full: { W: 640, H: 240, labels: 8 },
  small: { W: 360, H: 190, labels: 4 },
};
const PAD = { left: 52, right: 12, top: 12, bottom: 30 };

/** Month by month: one line per series, each with its own colour and dash pattern. */
export function LineChart({ model, colour = 0, title }: { model: ChartModel; colour?: number; title?: string }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { W, H, labels } = title ? SIZES.small : SIZES.full;
  const percent = model.series.every((s) => s.type === 'percent');
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = model.rows.length;
  const x = (i: number) => PAD.left + (n === 1 ? innerW / 2 : (innerW * i) / (n - 1));
  const y = (v: number) => PAD.top + innerH - (v / model.max) * innerH;
  // Month names that fit under the axis; with more months, every other (or third) one.
  const labelEvery = Math.ceil(n / labels);

  return (
    <div className="rp-line-chart">
      {title ? <p className="rp-small-title">{title}</p> : <ChartLegend series={model.series} lines />}
      <svg
        aria-hidden="true"
        className={title ? 'rp-line-svg rp-line-small' : 'rp-line-svg'}
        viewBox={`0 0 ${W} ${H}`}
        focusable="false"
      >
        {ticks(model.max, percent).map((t) => (
          <g key={t}>
            <line className="rp-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="rp-axis-text" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {formatCell(t, percent ? 'percent' : 'count', language).replace(/,0%$/, '%')}
            </text>
          </g>
        ))}
        {model.rows.map((row, i) =>
          i % labelEvery === (n - 1) % labelEvery ? (
            <text
              key={row.code}
              className="rp-axis-text"
              x={x(i)}
              y={H - 8}
              textAnchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}
            >
              {row.label}
            </text>
          ) : null,
        )}
        {model.series.map((s, si) => {
          const points = model.rows
            .map((row, i) => ({ i, v: row.values[si] }))
            .filter((p): p is { i: number; v: number } => p.v !== null);
          return (
            <g key={s.key}>
              <polyline
                className={`rp-line rp-s${si + colour}`}
                fill="none"
                points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
              />
              {points.map((p) => (
                <circle key={p.i} className={`rp-dot rp-s${si + colour}`} cx={x(p.i)} cy={y(p.v)} r={3.5} />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
