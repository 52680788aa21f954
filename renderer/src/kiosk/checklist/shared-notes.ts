/**
 * Many checklist items carry the same note ("Daftar dokumen … bisa berbeda di tiap kantor
 * Disnaker"). Read eighteen times it drowns the notes that matter; said once above the list it is
 * heard. Notes shared by two or more items are lifted out, in order of first appearance. Pure.
 */
export function splitSharedNotes<T extends { note: string | null }>(
  items: readonly T[],
): { shared: string[]; items: T[] } {
  const counts = new Map<string, number>();
  for (const item of items) if (item.note) counts.set(item.note, (counts.get(item.note) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n > 1).map(([note]) => note);
  const lifted = new Set(shared);
  return {
    shared,
    items: items.map((item) => (item.note && lifted.has(item.note) ? { ...item, note: null } : item)),
  };
}
