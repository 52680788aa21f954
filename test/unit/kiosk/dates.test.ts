import { describe, expect, it } from 'vitest';
import { isoDateSchema, isRealDate, parseDateCell } from '../../../electron/core/kiosk/dates';

describe('parseDateCell', () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026-1-5', '2026-01-05'],
    ['31/12/2026', '2026-12-31'],
    ['5/1/2026', '2026-01-05'],
    ['05-01-2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %s as %s (day first)', (raw, iso) => {
    expect(parseDateCell(raw)).toEqual({ ok: true, date: iso });
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '2025-02-29',
    '00/01/2025',
    '32/01/2025',
    '01/13/2025',
    '2025-00-10',
    '31/04/2026',
  ])('refuses the impossible date %s', (raw) => {
    const r = parseDateCell(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('tidak ada di kalender');
  });

  it.each(['12/31/26', '2026/12/31', '31-12/2026', 'besok', '45000', '31 Desember 2026', ''])(
    'refuses the unrecognised format %j',
    (raw) => {
      const r = parseDateCell(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('tidak dikenali');
    },
  );

  it('knows leap years', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
  });

  it('isoDateSchema accepts only real YYYY-MM-DD dates', () => {
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('28/02/2026').success).toBe(false);
  });
});
