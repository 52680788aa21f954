import { describe, expect, it } from 'vitest';
import { checkTransition } from '../../../electron/core/desk/cases/status-machine';
import { CASE_STATUSES, CASE_TRANSITIONS } from '../../../electron/shared/desk';

describe('case status machine', () => {
  // The whole table: every pair, allowed exactly when CASE_TRANSITIONS lists it.
  const table: [string, string, boolean][] = [
    ['open', 'referred', true],
    ['open', 'resolved', true],
    ['open', 'closed', true],
    ['referred', 'open', false],
    ['referred', 'resolved', true],
    ['referred', 'closed', true],
    ['resolved', 'open', true],
    ['resolved', 'referred', false],
    ['resolved', 'closed', true],
    ['closed', 'open', false],
    ['closed', 'referred', false],
    ['closed', 'resolved', false],
  ];

  it.each(table)('%s → %s: %s', (from, to, allowed) => {
    const r = checkTransition(from as never, to as never);
    expect(r.ok).toBe(allowed);
  });

  it('the table above covers every pair of different statuses', () => {
    expect(table).toHaveLength(CASE_STATUSES.length * (CASE_STATUSES.length - 1));
    for (const [from, to, allowed] of table) {
      expect(CASE_TRANSITIONS[from as keyof typeof CASE_TRANSITIONS].includes(to as never)).toBe(allowed);
    }
  });

  it('explains a refusal in Indonesian with the allowed next states', () => {
    expect(checkTransition('referred', 'open')).toEqual({
      ok: false,
      message: 'Status tidak bisa diubah dari "Dirujuk" ke "Dibuka". Pilihan berikutnya: "Selesai", "Ditutup".',
    });
    expect(checkTransition('closed', 'open')).toEqual({
      ok: false,
      message: 'Pengaduan berstatus "Ditutup" tidak bisa diubah lagi.',
    });
    expect(checkTransition('open', 'open')).toEqual({ ok: false, message: 'Status pengaduan sudah "Dibuka".' });
  });
});
