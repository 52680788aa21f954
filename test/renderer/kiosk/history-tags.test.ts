import { describe, expect, it } from 'vitest';
import {
  canStepBack,
  hashPath,
  isKioskPath,
  isStaleEntry,
  nextTag,
  readTag,
} from '../../../renderer/src/kiosk/session/history-tags';

describe('kiosk history tags', () => {
  it('counts screens within one visit and starts again for a new visitor', () => {
    const first = nextTag(null, 0, false);
    expect(first).toEqual({ kioskVisit: 0, depth: 1 });
    expect(nextTag(first, 0, false)).toEqual({ kioskVisit: 0, depth: 2 });
    expect(nextTag(first, 0, true)).toEqual({ kioskVisit: 0, depth: 1 });
    // After "Selesai" (visit 1), an old entry's depth means nothing.
    expect(nextTag({ kioskVisit: 0, depth: 5 }, 1, false)).toEqual({ kioskVisit: 1, depth: 1 });
  });

  it('"Kembali" steps back only onto a screen of the same visitor', () => {
    expect(canStepBack({ kioskVisit: 2, depth: 1 }, 2)).toBe(true);
    expect(canStepBack({ kioskVisit: 2, depth: 0 }, 2)).toBe(false);
    expect(canStepBack({ kioskVisit: 1, depth: 3 }, 2)).toBe(false);
    expect(canStepBack(null, 0)).toBe(false);
  });

  it("an earlier visitor's screen reached with Back is stale; the home screen and staff pages never are", () => {
    expect(isStaleEntry({ kioskVisit: 0, depth: 2 }, '/kios/artikel/waspada-calo', 1)).toBe(true);
    expect(isStaleEntry({ kioskVisit: 1, depth: 2 }, '/kios/antrian', 1)).toBe(false);
    // Untagged: a typed address or bookmark, tagged for whoever is at the screen now.
    expect(isStaleEntry(null, '/kios/antrian', 3)).toBe(false);
    expect(isStaleEntry({ kioskVisit: 0, depth: 1 }, '/', 3)).toBe(false);
    expect(isStaleEntry(null, '/masuk', 3)).toBe(false);
  });

  it('reads only well-formed tags', () => {
    expect(readTag({ kioskVisit: 1, depth: 2 })).toEqual({ kioskVisit: 1, depth: 2 });
    expect(readTag({ kioskVisit: '1', depth: 2 })).toBeNull();
    expect(readTag('x')).toBeNull();
    expect(readTag(undefined)).toBeNull();
  });

  it('turns a location hash into a route path', () => {
    expect(hashPath('')).toBe('/');
    expect(hashPath('#/')).toBe('/');
    expect(hashPath('#/kios/negara/SA')).toBe('/kios/negara/SA');
    expect(hashPath('#kios/antrian/?a=1')).toBe('/kios/antrian');
    expect(isKioskPath('/kios')).toBe(true);
    expect(isKioskPath('/kiosk-lain')).toBe(false);
    expect(isKioskPath('/staf')).toBe(false);
  });
});
