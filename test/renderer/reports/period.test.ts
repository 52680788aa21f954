import { describe, expect, it } from 'vitest';
import {
  checkCustom,
  currentMonth,
  periodKey,
  previousMonth,
  quarterOf,
} from '../../../renderer/src/reports/period/period';

describe('report periods', () => {
  it('opens on the running month and knows the last finished one, across a new year', () => {
    expect(currentMonth('2026-11-29')).toEqual({ kind: 'month', month: '2026-11' });
    expect(previousMonth('2026-11-29')).toEqual({ kind: 'month', month: '2026-10' });
    expect(previousMonth('2027-01-03')).toEqual({ kind: 'month', month: '2026-12' });
    expect([1, 3, 4, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it('reads typed dates the Indonesian way and says which box is wrong', () => {
    expect(checkCustom('01-10-2026', '15/11/2026', '2026-11-29')).toEqual({
      ok: true,
      period: { kind: 'custom', from: '2026-10-01', to: '2026-11-15' },
    });
    expect(checkCustom('31-02-2026', '01-03-2026', '2026-11-29')).toEqual({
      ok: false,
      field: 'from',
      problem: 'invalid',
    });
    expect(checkCustom('01-10-2026', '30-09-2026', '2026-11-29')).toEqual({ ok: false, field: 'to', problem: 'order' });
    expect(checkCustom('01-10-2026', '30-11-2026', '2026-11-29')).toEqual({
      ok: false,
      field: 'to',
      problem: 'future',
    });
    expect(checkCustom('01-12-2026', '02-12-2026', '2026-11-29')).toEqual({
      ok: false,
      field: 'from',
      problem: 'future',
    });
    expect(checkCustom('01-01-2025', '02-01-2026', '2026-11-29')).toEqual({
      ok: false,
      field: 'to',
      problem: 'tooLong',
    });
    // A leap year's whole year is 366 days and still one period.
    expect(checkCustom('01-01-2024', '31-12-2024', '2026-11-29').ok).toBe(true);
  });

  it('names periods stably', () => {
    expect(periodKey({ kind: 'month', month: '2026-10' })).toBe('2026-10');
    expect(periodKey({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('2026-T4');
    expect(periodKey({ kind: 'custom', from: '2026-10-01', to: '2026-10-15' })).toBe('2026-10-01_2026-10-15');
  });
});
