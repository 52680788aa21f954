import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../renderer/src/i18n/format';

describe('formatLongDate', () => {
  it('writes the date in Indonesian, in Jakarta time whatever the PC zone', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Jakarta (UTC+7).
    const instant = new Date('2025-12-31T17:30:00Z');
    expect(formatLongDate(instant, 'id')).toBe('Kamis, 1 Januari 2026');
    // ICU versions differ on the comma after the weekday in en-GB.
    expect(formatLongDate(instant, 'en')).toMatch(/^Thursday,? 1 January 2026$/);
  });

  it('falls back to Indonesian for an unknown language', () => {
    expect(formatLongDate(new Date('2026-08-17T03:00:00Z'), 'jv')).toBe('Senin, 17 Agustus 2026');
  });
});
