import type { CellValue, ColumnType } from '../../../../electron/shared/reports';
import { formatDay, formatMoment } from '../../desk-admin/shared/format';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? 'id-ID';

/** "—" for a missing figure: an empty cell reads as a forgotten one. */
export const NO_VALUE = '—';

/** One figure as people read it: `1.234`, `85,3%` in Indonesian; dates in WIB. */
export function formatCell(value: CellValue, type: ColumnType, language: string): string {
  if (value === null || value === '') return NO_VALUE;
  switch (type) {
    case 'count':
      return typeof value === 'number' ? new Intl.NumberFormat(locale(language)).format(value) : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, language) : String(value);
    case 'date':
      return formatDay(String(value), language);
    case 'datetime':
      return formatMoment(String(value), language);
    default:
      return String(value);
  }
}

/** A fraction 0..1 → "85,3%" (one decimal: attendance moves by tenths, not by whole points). */
export function formatPercent(fraction: number, language: string): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(fraction);
}
