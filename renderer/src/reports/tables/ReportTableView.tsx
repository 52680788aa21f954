import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../../electron/shared/reports';
import { formatCell } from './format-cell';

/**
 * A report table exactly as the file carries it: the figures a chart draws, readable by a screen
 * reader and printable. Numbers align right; the total row stands out.
 */
export function ReportTableView({ table, captionHidden = false }: { table: ReportTable; captionHidden?: boolean }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <div className="rp-table-wrap">
      <table className="rp-table">
        <caption className={captionHidden ? 'rp-visually-hidden' : 'rp-caption'}>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.type === 'text' ? undefined : 'rp-num'}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.code} className={row.code === 'total' ? 'rp-total' : undefined}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i];
                const text = formatCell(cell, column.type, language);
                return i === 0 ? (
                  <th key={column.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={column.type === 'text' ? undefined : 'rp-num'}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
