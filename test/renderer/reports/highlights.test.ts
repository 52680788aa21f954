import { describe, expect, it } from 'vitest';
import type { DashboardHighlight } from '../../../electron/shared/reports';
import { formatAverage, trendOf } from '../../../renderer/src/reports/dashboard/highlight-text';
import { formatCell, formatPercent } from '../../../renderer/src/reports/tables/format-cell';

const h = (
  value: number | null,
  earlierAverage: number | null,
  type: 'count' | 'percent' = 'count',
): DashboardHighlight => ({
  key: 'k',
  label: 'K',
  value,
  earlierAverage,
  type,
});

describe('dashboard highlights', () => {
  it('compares with the months before, treating half a unit as the same', () => {
    expect(trendOf(h(94, 98.5))).toBe('less');
    expect(trendOf(h(4, 3.2))).toBe('more');
    expect(trendOf(h(4, 3.6))).toBe('same');
    expect(trendOf(h(0.79, 0.86, 'percent'))).toBe('less');
    expect(trendOf(h(0.862, 0.86, 'percent'))).toBe('same');
    expect(trendOf(h(68, null))).toBeNull();
  });

  it('prints averages and figures the Indonesian way', () => {
    expect(formatAverage(h(94, 98.5), 'id')).toBe('98,5');
    expect(formatAverage(h(0.79, 0.8645, 'percent'), 'id')).toBe('86,5%');
    expect(formatCell(12345, 'count', 'id')).toBe('12.345');
    expect(formatCell(null, 'count', 'id')).toBe('—');
    expect(formatPercent(0.8533, 'id')).toBe('85,3%');
    expect(formatCell('2026-11-29', 'date', 'id')).toBe('29 Nov 2026');
  });
});
