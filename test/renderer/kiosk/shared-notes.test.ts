import { describe, expect, it } from 'vitest';
import { splitSharedNotes } from '../../../renderer/src/kiosk/checklist/shared-notes';

describe('splitSharedNotes', () => {
  it('lifts a note shared by several items out of them, keeping notes that are only theirs', () => {
    const common = 'Bisa berbeda di tiap kantor Disnaker.';
    const { shared, items } = splitSharedNotes([
      { id: 'ktp', note: common },
      { id: 'kk', note: common },
      { id: 'nikah', note: 'Wajib bagi yang sudah menikah.' },
      { id: 'paspor', note: null },
    ]);
    expect(shared).toEqual([common]);
    expect(items).toEqual([
      { id: 'ktp', note: null },
      { id: 'kk', note: null },
      { id: 'nikah', note: 'Wajib bagi yang sudah menikah.' },
      { id: 'paspor', note: null },
    ]);
  });

  it('keeps shared notes in the order they first appear, and changes nothing when none repeat', () => {
    expect(splitSharedNotes([{ note: 'b' }, { note: 'a' }, { note: 'a' }, { note: 'b' }]).shared).toEqual(['b', 'a']);
    const unique = [{ note: 'x' }, { note: 'y' }];
    expect(splitSharedNotes(unique)).toEqual({ shared: [], items: unique });
  });
});
