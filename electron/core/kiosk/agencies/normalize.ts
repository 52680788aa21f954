/**
 * Matching keys for the P3MI registry. Visitors type company names loosely ("pt. maju jaya",
 * "Maju-Jaya", "MAJU JAYA PT"), so names are compared on a key without case, accents,
 * punctuation or the legal-form word "PT".
 */

/** Lower case, accents removed, punctuation → space, "PT" / "P.T." dropped, spaces collapsed. */
export function normalizeAgencyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Apostrophes join ("Ma'ruf" → "maruf"); every other non-letter/digit separates words.
    .replace(/['’`‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'pt') continue;
    // "P.T." splits into "p" "t"
    if (words[i] === 'p' && words[i + 1] === 't') {
      i++;
      continue;
    }
    out.push(words[i]);
  }
  return out.join(' ');
}

/** Licence numbers as stored and compared: NFKC, upper case, whitespace collapsed. */
export function normalizeLicence(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Replaces C0 control characters and DEL with spaces (a loop: lint forbids them in regexes). */
export function replaceControls(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 32 || c === 127 ? ' ' : ch;
  }
  return out;
}

/** Removes control characters and collapses whitespace, for free text read from a file. */
export function cleanCell(value: string): string {
  return replaceControls(value.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
