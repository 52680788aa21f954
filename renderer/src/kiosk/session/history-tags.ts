/**
 * Each kiosk screen's history entry carries the visit number it belongs to and how many kiosk
 * screens lie behind it in that visit. That lets "Kembali" step back through this visitor's own
 * screens, and lets the kiosk refuse to show an entry of an earlier visitor when someone presses
 * the browser's Back button (anchors.md §0 lesson 5: Kolibri #14700). Pure, for unit tests.
 */
export interface KioskHistoryTag {
  kioskVisit: number;
  depth: number;
}

export function readTag(state: unknown): KioskHistoryTag | null {
  if (typeof state !== 'object' || state === null) return null;
  const { kioskVisit, depth } = state as Partial<KioskHistoryTag>;
  return Number.isInteger(kioskVisit) && Number.isInteger(depth)
    ? { kioskVisit: kioskVisit as number, depth: depth as number }
    : null;
}

/** The tag for the entry a navigation creates (push) or rewrites (replace). */
export function nextTag(current: unknown, visit: number, replace: boolean): KioskHistoryTag {
  const tag = readTag(current);
  const depth = tag && tag.kioskVisit === visit ? tag.depth : 0;
  return { kioskVisit: visit, depth: replace ? depth : depth + 1 };
}

/** True when the entry behind the current one is a screen of this same visitor. */
export function canStepBack(current: unknown, visit: number): boolean {
  const tag = readTag(current);
  return tag !== null && tag.kioskVisit === visit && tag.depth > 0;
}

/** Kiosk routes: the home screen and everything under /kios. */
export function isKioskPath(path: string): boolean {
  return path === '/' || path === '/kios' || path.startsWith('/kios/');
}

/**
 * An entry someone reached with Back or Forward that belongs to an earlier visitor. An untagged
 * entry is a fresh navigation (a typed address, a bookmark, a plain link): the kiosk tags it for
 * the current visitor on arrival (see `useStaleEntryGuard`), so it is never stale. The home
 * screen never is either: it shows nothing of anyone once the visitor state is reset.
 */
export function isStaleEntry(state: unknown, path: string, visit: number): boolean {
  if (path === '/' || !isKioskPath(path)) return false;
  const tag = readTag(state);
  return tag !== null && tag.kioskVisit !== visit;
}

/** The route path of a hash URL: `#/kios/antrian?x` → `/kios/antrian`. */
export function hashPath(hash: string): string {
  const path = `/${hash.replace(/^#?\/?/, '')}`.split('?')[0];
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
