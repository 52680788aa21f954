import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../electron/shared/reports';
import { chartModel, niceMax, ticks } from '../../../renderer/src/reports/charts/chart-model';

const table = (over: Partial<ReportTable>): ReportTable => ({
  key: 't',
  title: 'T',
  note: null,
  chart: 'bar',
  columns: [],
  rows: [],
  ...over,
});

describe('chart model', () => {
  it('draws a bar per row and leaves the total row to the table', () => {
    const m = chartModel(
      table({
        columns: [
          { key: 'topic', title: 'Topik', type: 'text' },
          { key: 'count', title: 'Konsultasi', type: 'count' },
        ],
        rows: [
          { code: 'costs', cells: ['Biaya', 12] },
          { code: 'calo', cells: ['Calo', 3] },
          { code: 'total', cells: ['Jumlah', 15] },
        ],
      }),
    );
    expect(m?.kind).toBe('grouped');
    expect(m?.rows.map((r) => r.code)).toEqual(['costs', 'calo']);
    expect(m?.rows.map((r) => r.values)).toEqual([[12], [3]]);
    expect(m?.max).toBe(20);
    expect(m?.empty).toBe(false);
  });

  it('stacks the parts of a total and never the total itself', () => {
    // "Pengaduan baru" = the sum of the status columns in every row: stacking it would double the bar.
    const m = chartModel(
      table({
        chart: 'stacked-bar',
        columns: [
          { key: 'kind', title: 'Jenis', type: 'text' },
          { key: 'opened', title: 'Pengaduan baru', type: 'count' },
          { key: 'open', title: 'Dibuka', type: 'count' },
          { key: 'referred', title: 'Dirujuk', type: 'count' },
          { key: 'closed', title: 'Ditutup', type: 'count' },
        ],
        rows: [
          { code: 'fraud', cells: ['Penipuan', 4, 1, 2, 1] },
          { code: 'calo', cells: ['Calo', 0, 0, 0, 0] },
          { code: 'total', cells: ['Jumlah', 4, 1, 2, 1] },
        ],
      }),
    );
    expect(m?.kind).toBe('stacked');
    expect(m?.series.map((s) => s.key)).toEqual(['open', 'referred', 'closed']);
    expect(m?.rows[0].values).toEqual([1, 2, 1]);
    expect(m?.max).toBe(5);
  });

  it('leaves the Jumlah column of an age × sex table out of the stack', () => {
    const m = chartModel(
      table({
        chart: 'stacked-bar',
        columns: [
          { key: 'band', title: 'Umur', type: 'text' },
          { key: 'male', title: 'L', type: 'count' },
          { key: 'female', title: 'P', type: 'count' },
          { key: 'unknown', title: '?', type: 'count' },
          { key: 'count', title: 'Jumlah', type: 'count' },
        ],
        rows: [
          { code: 'a', cells: ['18–24', 2, 3, 0, 5] },
          { code: 'b', cells: ['25–34', 1, 0, 1, 2] },
        ],
      }),
    );
    expect(m?.series.map((s) => s.key)).toEqual(['male', 'female', 'unknown']);
  });

  it('draws the attendance rate of a trend, not its raw counts', () => {
    const m = chartModel(
      table({
        chart: 'line',
        columns: [
          { key: 'month', title: 'Bulan', type: 'text' },
          { key: 'activities', title: 'Kegiatan', type: 'count' },
          { key: 'rate', title: 'Persentase kehadiran', type: 'percent' },
        ],
        rows: [
          { code: '2026-10', cells: ['Okt 2026', 30, 0.85] },
          { code: '2026-11', cells: ['Nov 2026', 0, null] },
        ],
      }),
    );
    expect(m?.kind).toBe('line');
    expect(m?.series.map((s) => s.key)).toEqual(['rate']);
    expect(m?.rows.map((r) => r.values[0])).toEqual([0.85, null]);
    expect(m?.max).toBe(1);
  });

  it('says there is nothing to draw for an all-zero period, and nothing at all for a plain table', () => {
    const zero = chartModel(
      table({
        columns: [
          { key: 'k', title: 'K', type: 'text' },
          { key: 'count', title: 'N', type: 'count' },
        ],
        rows: [{ code: 'a', cells: ['A', 0] }],
      }),
    );
    expect(zero?.empty).toBe(true);
    expect(chartModel(table({ chart: 'none', columns: [{ key: 'k', title: 'K', type: 'text' }] }))).toBeNull();
  });

  it('ends axes on round numbers with at most five steps', () => {
    expect([niceMax(0), niceMax(1), niceMax(3), niceMax(7), niceMax(94), niceMax(130), niceMax(2600)]).toEqual([
      1, 1, 5, 10, 100, 200, 5000,
    ]);
    expect(ticks(100, false)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(2, false)).toEqual([0, 1, 2]);
    expect(ticks(1, true)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
