import { describe, expect, it } from 'vitest';
import { ATTENDANCE_LABELS } from '../../../electron/shared/edukasi';
import {
  changedCount,
  countMarks,
  keyOfStatus,
  type Marks,
  readKey,
  summarize,
} from '../../../renderer/src/edukasi/roll-call/roll-call-state';

const word = (s: keyof typeof ATTENDANCE_LABELS) => ATTENDANCE_LABELS[s].toLowerCase();

function forty(exceptions: Marks = {}): Marks {
  const marks: Marks = {};
  for (let i = 1; i <= 40; i++) marks[`p${i}`] = 'present';
  return { ...marks, ...exceptions };
}

describe('roll call summary', () => {
  it('reads "38 hadir, 1 sakit, 1 alpa" and leaves out statuses nobody has', () => {
    expect(summarize(forty({ p3: 'sick', p9: 'absent' }), word)).toBe('38 hadir, 1 sakit, 1 alpa');
  });

  it('keeps the glossary order: hadir, terlambat, izin, sakit, alpa', () => {
    const marks = forty({ p1: 'absent', p2: 'sick', p3: 'excused', p4: 'late', p5: 'absent' });
    expect(summarize(marks, word)).toBe('35 hadir, 1 terlambat, 1 izin, 1 sakit, 2 alpa');
    expect(countMarks(marks)).toEqual({ present: 35, late: 1, excused: 1, sick: 1, absent: 2 });
  });

  it('always says how many are present, even none', () => {
    expect(summarize({ a: 'absent' }, word)).toBe('0 hadir, 1 alpa');
    expect(summarize({}, word)).toBe('0 hadir');
  });

  it('counts the marks that differ from what was loaded', () => {
    const loaded = forty();
    expect(changedCount(forty({ p1: 'sick', p2: 'late' }), loaded)).toBe(2);
    expect(changedCount(loaded, loaded)).toBe(0);
  });
});

describe('roll call keys', () => {
  it('maps H/T/I/S/A (either case) to the five statuses', () => {
    expect(readKey('h', 0, 40)).toEqual({ kind: 'mark', status: 'present' });
    expect(readKey('T', 0, 40)).toEqual({ kind: 'mark', status: 'late' });
    expect(readKey('i', 0, 40)).toEqual({ kind: 'mark', status: 'excused' });
    expect(readKey('S', 0, 40)).toEqual({ kind: 'mark', status: 'sick' });
    expect(readKey('a', 0, 40)).toEqual({ kind: 'mark', status: 'absent' });
    expect(keyOfStatus('sick')).toBe('S');
  });

  it('moves with the arrows, Home and End, and stops at both ends', () => {
    expect(readKey('ArrowDown', 5, 40)).toEqual({ kind: 'move', to: 6 });
    expect(readKey('ArrowDown', 39, 40)).toEqual({ kind: 'move', to: 39 });
    expect(readKey('ArrowUp', 0, 40)).toEqual({ kind: 'move', to: 0 });
    expect(readKey('Home', 20, 40)).toEqual({ kind: 'move', to: 0 });
    expect(readKey('End', 2, 40)).toEqual({ kind: 'move', to: 39 });
  });

  it('ignores other keys and an empty sheet', () => {
    expect(readKey('x', 0, 40)).toEqual({ kind: 'none' });
    expect(readKey('Enter', 0, 40)).toEqual({ kind: 'none' });
    expect(readKey('a', 0, 0)).toEqual({ kind: 'none' });
  });
});
