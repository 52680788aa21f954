import { describe, expect, it } from 'vitest';
import { historyRange } from '../../../electron/core/edukasi/attendance/history';
import { toPeopleConsent } from '../../../electron/core/edukasi/consent';
import { ageOrNull, mondayOf, tooOldMessage } from '../../../electron/core/edukasi/dates';

describe('dates', () => {
  it('finds the Monday of a week (weeks run Monday to Sunday)', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('resolves history ranges: presets count today in, custom ranges default to 30 days', () => {
    expect(historyRange({ personId: 'p', preset: '7d' }, '2026-11-29')).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(historyRange({ personId: 'p', preset: '365d' }, '2026-11-29')).toEqual({
      from: '2025-11-30',
      to: '2026-11-29',
    });
    expect(historyRange({ personId: 'p' }, '2026-11-29')).toEqual({ from: '2026-10-31', to: '2026-11-29' });
    expect(historyRange({ personId: 'p', to: '2026-02-28' }, '2026-11-29')).toEqual({
      from: '2026-01-30',
      to: '2026-02-28',
    });
    expect(() => historyRange({ personId: 'p', from: '2026-12-01', to: '2026-11-01' }, '2026-11-29')).toThrow();
  });

  it('computes ages and the too-old message', () => {
    expect(ageOrNull('2008-11-30', '2026-11-29')).toBe(17);
    expect(ageOrNull('2008-11-29', '2026-11-29')).toBe(18);
    expect(ageOrNull(null, '2026-11-29')).toBeNull();
    expect(tooOldMessage(19)).toBe('Umur 19 tahun: Rumah Edukasi untuk anak di bawah 18 tahun.');
  });
});

describe('toPeopleConsent', () => {
  const base = {
    givenByName: 'Ibu Fiktif',
    method: 'written',
    evidenceRef: 'F-1',
    purposes: ['rumah_edukasi'],
    textVersion: '1',
  } as const;
  it('stores a parent as father or mother when known, else other; a guardian as guardian', () => {
    expect(
      toPeopleConsent({ ...base, purposes: ['rumah_edukasi'], givenBy: 'parent_abroad', parentRole: 'mother' }).givenBy,
    ).toBe('mother');
    expect(toPeopleConsent({ ...base, purposes: ['rumah_edukasi'], givenBy: 'parent_home' }).givenBy).toBe('other');
    expect(
      toPeopleConsent({ ...base, purposes: ['rumah_edukasi'], givenBy: 'guardian', parentRole: 'father' }).givenBy,
    ).toBe('guardian');
  });
});
