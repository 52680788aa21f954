import { describe, expect, it } from 'vitest';
import { effectiveStatus } from '../../../electron/core/kiosk/agencies/search';
import { formatTicket, secondsToJakartaMidnight } from '../../../electron/core/kiosk/queue/take';

describe('effectiveStatus', () => {
  it('reports an active licence past its last valid day as expired', () => {
    expect(effectiveStatus('active', '2026-03-09', '2026-03-10')).toBe('expired');
  });
  it('keeps it active on its last valid day and without an end date', () => {
    expect(effectiveStatus('active', '2026-03-10', '2026-03-10')).toBe('active');
    expect(effectiveStatus('active', null, '2026-03-10')).toBe('active');
  });
  it('never softens a suspended or revoked licence', () => {
    expect(effectiveStatus('suspended', '2099-01-01', '2026-03-10')).toBe('suspended');
    expect(effectiveStatus('revoked', '2020-01-01', '2026-03-10')).toBe('revoked');
  });
});

describe('queue helpers', () => {
  it('formats tickets with three digits', () => {
    expect(formatTicket('A', 1)).toBe('A-001');
    expect(formatTicket('B', 42)).toBe('B-042');
    expect(formatTicket('C', 999)).toBe('C-999');
  });
  it('counts seconds to midnight in Asia/Jakarta, not UTC', () => {
    // 23:59:00 WIB = 16:59:00 UTC
    expect(secondsToJakartaMidnight(Date.parse('2026-03-10T16:59:00Z'))).toBe(60);
    // 10:00 WIB: 14 hours left
    expect(secondsToJakartaMidnight(Date.parse('2026-03-10T03:00:00Z'))).toBe(14 * 3600);
  });
});
