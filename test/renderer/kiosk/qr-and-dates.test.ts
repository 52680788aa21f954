import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { modulesPath, QUIET_ZONE, qrShape } from '../../../renderer/src/kiosk/checklist/qr-path';
import { formatCalendarDate, formatDateTime } from '../../../renderer/src/kiosk/shared/dates';

describe('modulesPath', () => {
  it('draws one rectangle per horizontal run of dark modules, offset by the quiet zone', () => {
    const grid = ['#.##', '....', '####', '.#..'];
    const path = modulesPath(4, (r, c) => grid[r][c] === '#');
    const q = QUIET_ZONE;
    expect(path).toBe(
      [`M${q} ${q}h1v1h-1z`, `M${q + 2} ${q}h2v1h-2z`, `M${q} ${q + 2}h4v1h-4z`, `M${q + 1} ${q + 3}h1v1h-1z`].join(''),
    );
  });
});

describe('qrShape', () => {
  it('covers exactly the dark modules of the QR code for the text', () => {
    const text = 'DAFTAR DOKUMEN CALON PMI\n1. KTP-el (asli dan fotokopi)\n2. Kartu Keluarga (KK)';
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const shape = qrShape(text);
    expect(shape.size).toBe(modules.size + 2 * QUIET_ZONE);
    let dark = 0;
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) dark += modules.get(r, c) ? 1 : 0;
    const covered = [...shape.path.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(covered).toBe(dark);
  });

  it("fits a checklist text of 1000 bytes (the core's limit)", () => {
    const shape = qrShape('é'.repeat(500));
    expect(shape.size).toBeLessThan(130);
  });
});

describe('kiosk dates', () => {
  it('writes a YYYY-MM-DD day in Indonesian without shifting it by a time zone', () => {
    expect(formatCalendarDate('2026-11-29', 'id')).toBe('29 November 2026');
    expect(formatCalendarDate('2026-01-01', 'id')).toBe('1 Januari 2026');
    expect(formatCalendarDate('2026-11-29', 'en')).toBe('29 November 2026');
  });

  it('shows anything that is not a calendar date as it came', () => {
    expect(formatCalendarDate('kemarin', 'id')).toBe('kemarin');
    expect(formatCalendarDate('2026-13-45', 'id')).toBe('2026-13-45');
  });

  it('writes an instant in Jakarta time', () => {
    // 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Jakarta.
    expect(formatDateTime('2025-12-31T17:30:00Z', 'id')).toMatch(/^1 Januari 2026( pukul|,)? 00[.:]30$/);
  });
});
