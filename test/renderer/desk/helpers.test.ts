import { describe, expect, it } from 'vitest';
import { countryOptions } from '../../../renderer/src/desk/consultations/countries';
import {
  currentCursor,
  EMPTY_FILTERS,
  firstPage,
  nextPage,
  pageNumber,
  periodRange,
  previousPage,
  toListInput,
} from '../../../renderer/src/desk/consultations/list-filters';
import { parseTypedDate, toTypedDate } from '../../../renderer/src/desk/dates-typed';
import { dueOnFor } from '../../../renderer/src/desk/follow-up-choice';
import { outcomeIssueField } from '../../../renderer/src/desk/followups/outcome';
import { addDays, formatDay, jakartaToday } from '../../../renderer/src/desk/format';
import { newPersonSeed, placeOf } from '../../../renderer/src/desk/people-picker/person-text';
import { shortcutLabel, shortcutOf } from '../../../renderer/src/desk/shortcuts';
import { pollDecision } from '../../../renderer/src/desk/use-polling';

const key = (k: Partial<Parameters<typeof shortcutOf>[0]>) =>
  shortcutOf({ key: '', altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, ...k });

describe('dates', () => {
  it('today is the Jakarta calendar day, whatever the PC zone', () => {
    expect(jakartaToday(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
    expect(jakartaToday(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-29');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('shows a day the Indonesian way', () => {
    expect(formatDay('1995-08-15', 'id')).toBe('15 Agu 1995');
  });

  it('reads dates typed day first, and refuses days that do not exist', () => {
    expect(parseTypedDate('15-08-1995')).toBe('1995-08-15');
    expect(parseTypedDate('5/8/1995')).toBe('1995-08-05');
    expect(parseTypedDate('15081995')).toBe('1995-08-15');
    expect(parseTypedDate('15 8 1995')).toBe('1995-08-15');
    expect(parseTypedDate('1995-08-15')).toBe('1995-08-15');
    expect(parseTypedDate('29-02-2023')).toBeNull();
    expect(parseTypedDate('29-02-2024')).toBe('2024-02-29');
    expect(parseTypedDate('08-15-1995')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
    expect(toTypedDate('1995-08-15')).toBe('15-08-1995');
  });

  it('follow-up choices count from today; a typed date must be readable', () => {
    expect(dueOnFor('none', '', '2026-11-29')).toBeNull();
    expect(dueOnFor('1', '', '2026-11-29')).toBe('2026-11-30');
    expect(dueOnFor('30', '', '2026-11-29')).toBe('2026-12-29');
    expect(dueOnFor('date', '05-01-2027', '2026-11-29')).toBe('2027-01-05');
    expect(dueOnFor('date', 'besok', '2026-11-29')).toBeNull();
  });
});

describe('keyboard shortcuts', () => {
  it('reads the physical key with its modifiers, as printed on the buttons', () => {
    expect(key({ key: 'n', code: 'KeyN', altKey: true })).toBe('Alt+N');
    // Alt+letter types another character on some layouts: the key code still says N.
    expect(key({ key: '˜', code: 'KeyN', altKey: true })).toBe('Alt+N');
    expect(key({ key: 'Enter', code: 'Enter', ctrlKey: true })).toBe('Control+Enter');
    expect(key({ key: 's', code: 'KeyS', metaKey: true })).toBe('Control+S');
    expect(shortcutLabel('Control+Enter')).toBe('Ctrl+Enter');
  });

  it('plain typing is never a shortcut', () => {
    expect(key({ key: 'n', code: 'KeyN' })).toBeNull();
    expect(key({ key: 'Enter', code: 'Enter' })).toBeNull();
    expect(key({ key: 'Tab', code: 'Tab', altKey: true })).toBeNull();
  });
});

describe('polling pauses when nobody is at the desk', () => {
  const base = { now: 1_000_000, lastActivity: 1_000_000, hidden: false, idleAfterMs: 120_000 };
  it('loads while someone was active recently', () => {
    expect(pollDecision({ ...base, lastActivity: base.now - 119_000 })).toBe('load');
  });
  it('stops after the idle time, so the core can lock the session', () => {
    expect(pollDecision({ ...base, lastActivity: base.now - 120_000 })).toBe('idle');
  });
  it('does not poll a hidden window', () => {
    expect(pollDecision({ ...base, hidden: true })).toBe('hidden');
  });
});

describe('consultation list filters', () => {
  it('turns periods into inclusive Jakarta dates', () => {
    const today = '2026-11-29';
    expect(periodRange({ ...EMPTY_FILTERS, period: 'all' }, today)).toEqual({});
    expect(periodRange({ ...EMPTY_FILTERS, period: 'today' }, today)).toEqual({ from: today, to: today });
    expect(periodRange({ ...EMPTY_FILTERS, period: '7' }, today)).toEqual({ from: '2026-11-23', to: today });
    expect(periodRange({ ...EMPTY_FILTERS, period: 'month' }, today)).toEqual({ from: '2026-11-01', to: today });
    expect(periodRange({ ...EMPTY_FILTERS, period: 'custom', from: '2026-01-01', to: '' }, today)).toEqual({
      from: '2026-01-01',
    });
  });

  it('sends only the filters that are set', () => {
    expect(toListInput(EMPTY_FILTERS, '2026-11-29', null)).toEqual({ limit: 25 });
    expect(
      toListInput(
        { ...EMPTY_FILTERS, status: 'open', topic: 'costs', flagged: true, q: '  Sri ' },
        '2026-11-29',
        'abc',
      ),
    ).toEqual({ filters: { status: 'open', topic: 'costs', flagged: true, q: 'Sri' }, limit: 25, cursor: 'abc' });
  });

  it('remembers the cursors that led to a page, so it can go back', () => {
    let trail = firstPage();
    expect(currentCursor(trail)).toBeNull();
    trail = nextPage(nextPage(trail, 'c2'), 'c3');
    expect(pageNumber(trail)).toBe(3);
    trail = previousPage(trail);
    expect(currentCursor(trail)).toBe('c2');
    expect(previousPage(firstPage())).toEqual(firstPage());
  });
});

describe('small helpers', () => {
  it('starts a new person from what was typed in the search box', () => {
    expect(newPersonSeed(' Sri Lestari ')).toEqual({ fullName: 'Sri Lestari' });
    expect(newPersonSeed('3212 1655 0895 0001')).toEqual({ nik: '3212165508950001' });
    expect(newPersonSeed('0812-3456-7890')).toEqual({ phone: '0812-3456-7890' });
  });

  it('writes where someone lives', () => {
    expect(placeOf({ dusun: 'Krajan', rt: '003', rw: '002' }, { rt: 'RT', rw: 'RW' })).toBe('Krajan, RT 003/RW 002');
    expect(placeOf({ dusun: null, rt: null, rw: null }, { rt: 'RT', rw: 'RW' })).toBe('');
  });

  it('lists the usual destinations first and never Indonesia itself', () => {
    const { common, others } = countryOptions('id');
    expect(common[0]).toEqual({ value: 'MY', label: 'Malaysia' });
    expect([...common, ...others].some((c) => c.value === 'ID')).toBe(false);
    expect(others.some((c) => c.value === 'MY')).toBe(false);
    expect(others.length + common.length).toBeGreaterThan(200);
  });

  it('places follow-up outcome messages', () => {
    expect(outcomeIssueField('note')).toBe('note');
    expect(outcomeIssueField('next.dueOn')).toBe('next');
    expect(outcomeIssueField('id')).toBeNull();
  });
});
