import { describe, expect, it } from 'vitest';
import { addDays, addMonths, checkDueOn, jakartaDayStartUtc, monthBounds } from '../../../electron/core/desk/dates';
import { checkJourneyDates } from '../../../electron/core/desk/journeys/date-order';
import type { FieldIssue } from '../../../electron/shared/errors';

describe('calendar helpers', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2026-11-29', 3)).toBe('2026-12-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, clamping to the last day', () => {
    expect(addMonths('2026-11-29', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('month bounds', () => {
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('a Jakarta day starts at 17:00 UTC the day before', () => {
    expect(jakartaDayStartUtc('2026-11-29')).toBe('2026-11-28T17:00:00.000Z');
  });

  it('follow-ups are due from today up to two years ahead', () => {
    const check = (due: string) => {
      const issues: FieldIssue[] = [];
      checkDueOn(due, '2026-11-29', 'dueOn', issues);
      return issues.map((i) => i.message);
    };
    expect(check('2026-11-29')).toEqual([]);
    expect(check('2028-11-28')).toEqual([]);
    expect(check('2026-11-28')).toEqual(['Tanggal tindak lanjut tidak boleh sebelum hari ini.']);
    expect(check('2028-11-29')).toEqual(['Tanggal tindak lanjut paling lambat dua tahun dari hari ini.']);
  });
});

describe('journey date order', () => {
  const none = { familyPermissionAcknowledgedOn: null, departedOn: null, expectedReturnOn: null, returnedOn: null };
  const today = '2026-11-29';

  it('accepts a coherent story, and missing dates', () => {
    expect(checkJourneyDates(none, today)).toEqual([]);
    expect(
      checkJourneyDates(
        {
          familyPermissionAcknowledgedOn: '2024-01-10',
          departedOn: '2024-02-01',
          expectedReturnOn: '2026-02-01',
          returnedOn: '2026-01-20',
        },
        today,
      ),
    ).toEqual([]);
    // A departure may be planned ahead.
    expect(checkJourneyDates({ ...none, departedOn: '2027-01-05' }, today)).toEqual([]);
    // Same day is fine everywhere.
    expect(
      checkJourneyDates(
        { familyPermissionAcknowledgedOn: today, departedOn: today, expectedReturnOn: today, returnedOn: today },
        today,
      ),
    ).toEqual([]);
  });

  it('names each broken rule on its own field', () => {
    const issues = checkJourneyDates(
      {
        familyPermissionAcknowledgedOn: '2026-12-01',
        departedOn: '2026-11-30',
        expectedReturnOn: '2026-11-01',
        returnedOn: '2026-10-01',
      },
      today,
    );
    expect(issues.map((i) => i.path)).toEqual([
      'familyPermissionAcknowledgedOn',
      'departedOn',
      'expectedReturnOn',
      'returnedOn',
    ]);
  });
});
