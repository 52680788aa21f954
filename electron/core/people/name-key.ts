/**
 * The search and duplicate key of a name: lower case, accents folded ("Ç" → "c"), apostrophes
 * dropped ("Nur'aini" = "Nuraini"), other punctuation and runs of spaces turned into one space.
 * "M. Yusuf" and "m  yusuf" get the same key, so duplicates are found however a name was typed.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
