import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/api/app-error';
import { dateLabel, monthLabel, percentLabel, wibTimestampLabel } from '../../../electron/core/reports/format';
import { boundsOf, monthsBetween, resolvePeriod, trailingMonths } from '../../../electron/core/reports/periods';
import type { PeriodInput } from '../../../electron/shared/reports';

const TODAY = '2026-11-29';

function refusal(p: PeriodInput, today = TODAY) {
  try {
    resolvePeriod(p, today);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, issues: err.extra.issues };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('resolvePeriod', () => {
  it('a past month: whole month, Indonesian label', () => {
    expect(resolvePeriod({ kind: 'month', month: '2026-02' }, TODAY)).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
      end: '2026-02-28',
      label: 'Februari 2026',
      partial: false,
      days: 28,
    });
    expect(resolvePeriod({ kind: 'month', month: '2024-02' }, TODAY).to).toBe('2024-02-29');
  });

  it('the running month counts up to today and says so', () => {
    expect(resolvePeriod({ kind: 'month', month: '2026-11' }, TODAY)).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-29',
      end: '2026-11-30',
      partial: true,
      days: 29,
      label: 'November 2026, sampai 29 November 2026',
    });
  });

  it('quarters: triwulan I–IV with their months', () => {
    expect(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 1 }, TODAY)).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      label: 'Triwulan I 2026 (Januari–Maret)',
      days: 90,
    });
    expect(resolvePeriod({ kind: 'quarter', year: 2025, quarter: 4 }, TODAY)).toMatchObject({
      from: '2025-10-01',
      to: '2025-12-31',
      label: 'Triwulan IV 2025 (Oktober–Desember)',
      days: 92,
    });
  });

  it('custom ranges, up to 366 days in a leap year', () => {
    expect(resolvePeriod({ kind: 'custom', from: '2026-03-05', to: '2026-04-10' }, TODAY)).toMatchObject({
      label: '5 Maret – 10 April 2026',
      days: 37,
      partial: false,
    });
    expect(resolvePeriod({ kind: 'custom', from: '2025-12-30', to: '2026-01-02' }, TODAY).label).toBe(
      '30 Desember 2025 – 2 Januari 2026',
    );
    expect(resolvePeriod({ kind: 'custom', from: '2024-01-01', to: '2024-12-31' }, TODAY).days).toBe(366);
    expect(resolvePeriod({ kind: 'custom', from: TODAY, to: TODAY }, TODAY).label).toBe('29 November 2026');
  });

  it('refuses an end before the start', () => {
    expect(refusal({ kind: 'custom', from: '2026-05-10', to: '2026-05-09' })).toEqual({
      code: 'VALIDATION',
      issues: [{ path: 'period.to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }],
    });
  });

  it('refuses more than 366 days', () => {
    const r = refusal({ kind: 'custom', from: '2025-01-01', to: '2026-01-02' });
    expect(r.code).toBe('VALIDATION');
    expect(r.issues?.[0]).toMatchObject({ path: 'period.to' });
    expect(r.issues?.[0].message).toContain('paling lama 366 hari');
    // 2023 has 365 days: 1 January 2023 to 1 January 2024 is 366 days (allowed), one more is not.
    expect(resolvePeriod({ kind: 'custom', from: '2023-01-01', to: '2024-01-01' }, TODAY).days).toBe(366);
    expect(refusal({ kind: 'custom', from: '2023-01-01', to: '2024-01-02' }).code).toBe('VALIDATION');
  });

  it('refuses the future: a month or quarter not started, own dates past today', () => {
    expect(refusal({ kind: 'month', month: '2026-12' }).issues).toEqual([
      { path: 'period.month', message: 'Bulan ini belum dimulai. Pilih bulan yang sudah berjalan.' },
    ]);
    expect(refusal({ kind: 'quarter', year: 2027, quarter: 1 }).issues).toEqual([
      { path: 'period.quarter', message: 'Triwulan ini belum dimulai. Pilih triwulan yang sudah berjalan.' },
    ]);
    expect(refusal({ kind: 'custom', from: '2026-11-01', to: '2026-11-30' }).issues).toEqual([
      { path: 'period.to', message: 'Tanggal akhir tidak boleh sesudah hari ini (29 November 2026).' },
    ]);
    expect(refusal({ kind: 'custom', from: '2026-12-01', to: '2026-12-05' }).issues?.[0].path).toBe('period.from');
  });
});

describe('period bounds in Asia/Jakarta', () => {
  it('a day starts at 17:00 UTC the day before; consultation keys are time × 1024', () => {
    const b = boundsOf({ from: '2026-11-01', to: '2026-11-30' });
    expect(b.fromIso).toBe('2026-10-31T17:00:00.000Z');
    expect(b.toIso).toBe('2026-11-30T17:00:00.000Z');
    expect(b.fromSeq).toBe(Date.parse('2026-10-31T17:00:00.000Z') * 1024);
    expect(b.toSeq).toBe(Date.parse('2026-11-30T17:00:00.000Z') * 1024);
  });

  it('month lists', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(trailingMonths('2026-01', 2)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('Indonesian labels', () => {
  it('dates, months, WIB times and percentages', () => {
    expect(monthLabel('2026-08')).toBe('Agustus 2026');
    expect(dateLabel('2026-01-05')).toBe('5 Januari 2026');
    expect(wibTimestampLabel(Date.parse('2026-11-28T18:30:00Z'))).toBe('29 November 2026, 01.30 WIB');
    expect(percentLabel(0.8533)).toBe('85,3%');
    expect(percentLabel(null)).toBe('–');
  });
});
