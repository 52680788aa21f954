import { describe, expect, it } from 'vitest';
import type { QueueDisplay } from '../../../electron/shared/desk';
import { newestCallKey, pickIndonesianVoice, shouldAnnounce } from '../../../renderer/src/queue-display/speech';

const display = (
  calledAt: string | null,
  announcement: string | null = 'Nomor antrian A nol nol satu',
): QueueDisplay => ({
  day: '2026-11-29',
  nowServing: [],
  recent: calledAt ? [{ ticket: 'A-001', counter: 'Meja 1', calledAt }] : [],
  waiting: 0,
  announcement,
});

describe('queue TV speech', () => {
  it('uses only an Indonesian voice, a local one first', () => {
    const voices = [
      { lang: 'en-US', name: 'English' },
      { lang: 'id-ID', name: 'Online Indonesian', localService: false },
      { lang: 'id_ID', name: 'Local Indonesian', localService: true },
    ];
    expect(pickIndonesianVoice(voices)?.name).toBe('Local Indonesian');
    expect(pickIndonesianVoice([{ lang: 'in-ID', name: 'Old code' }])?.name).toBe('Old code');
    expect(
      pickIndonesianVoice([
        { lang: 'en-GB', name: 'x' },
        { lang: 'ind', name: 'y' },
      ]),
    ).toBeNull();
  });

  it('does not announce what was already called when the screen opens', () => {
    expect(shouldAnnounce(undefined, display('2026-11-29T02:00:00Z'))).toBe(false);
  });

  it('announces a new call, and a recall of the same number (new time)', () => {
    const first = display('2026-11-29T02:00:00Z');
    expect(shouldAnnounce(null, first)).toBe(true);
    expect(shouldAnnounce(newestCallKey(first), first)).toBe(false);
    expect(shouldAnnounce(newestCallKey(first), display('2026-11-29T02:05:00Z'))).toBe(true);
  });

  it('says nothing when the newest call has already been served', () => {
    expect(shouldAnnounce(null, display('2026-11-29T02:00:00Z', null))).toBe(false);
    expect(newestCallKey(display(null))).toBeNull();
  });
});
