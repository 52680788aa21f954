import type { ChartSeries } from './chart-model';

/** Colour and line pattern per series, with its name: colour alone is not enough (print, colour blindness). */
export function ChartLegend({ series, lines = false }: { series: ChartSeries[]; lines?: boolean }) {
  return (
    <ul className="rp-legend">
      {series.map((s, i) => (
        <li key={s.key}>
          <svg aria-hidden="true" className="rp-legend-mark" viewBox="0 0 24 10" focusable="false">
            {lines ? (
              <line className={`rp-line rp-s${i}`} x1={0} y1={5} x2={24} y2={5} />
            ) : (
              <rect className={`rp-s${i}`} x={0} y={0} width={24} height={10} />
            )}
          </svg>
          {s.title}
        </li>
      ))}
    </ul>
  );
}
