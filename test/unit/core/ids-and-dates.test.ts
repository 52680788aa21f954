import { describe, expect, it } from 'vitest';
import { describeWait } from '../../../electron/core/auth/login-throttle';
import { jakartaDate } from '../../../electron/core/clock';
import { createIdGenerator } from '../../../electron/core/ids';

describe('ids', () => {
  it('makes RFC 9562 UUIDv7 ids that sort by creation time', () => {
    let t = Date.parse('2026-11-29T00:00:00Z');
    let n = 0;
    const next = createIdGenerator({ now: () => t }, (size) => new Uint8Array(size).fill(n++ % 256));
    const a = next();
    t += 1;
    const b = next();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(Number.parseInt(a.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse('2026-11-29T00:00:00Z'));
  });
});

describe('dates', () => {
  it('gives the Asia/Jakarta calendar date (UTC+7)', () => {
    expect(jakartaDate(Date.parse('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(jakartaDate(Date.parse('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });

  it('describes waits in Indonesian', () => {
    expect(describeWait(45)).toBe('45 detik');
    expect(describeWait(60)).toBe('1 menit');
    expect(describeWait(61)).toBe('2 menit');
  });
});
