import type { RandomBytes } from '../../clock';

/**
 * Reference codes a family can quote on the phone or at the desk: `KNG-2611-7QK` = village
 * prefix, YYMM (Asia/Jakarta), three characters. The alphabet leaves out what is confused when
 * read aloud or handwritten: 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const CODE_PATTERN = /^[A-Z]{2,3}-\d{4}-[34679ACDEFGHJKMNPQRTWXY]{3}$/;

/**
 * Up to three letters from the village name: its first letter, then its consonants
 * ("Kenanga" → KNG, "Desa Lamaran Tarung" → LMR). Falls back to BM (Balai Migran).
 */
export function villagePrefix(villageName: string | null | undefined): string {
  const letters = (villageName ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/^\s*(DESA|KELURAHAN|KEL\.|DS\.)\s+/, '')
    .replace(/[^A-Z]/g, '');
  if (letters.length === 0) return 'BM';
  const out = [letters[0]];
  for (const ch of letters.slice(1)) {
    if (out.length === 3) break;
    if (!'AEIOU'.includes(ch) && ch !== out[out.length - 1]) out.push(ch);
  }
  for (const ch of letters.slice(1)) {
    if (out.length >= 3) break;
    if ('AEIOU'.includes(ch)) out.push(ch);
  }
  return out.length >= 2 ? out.join('') : `${out[0]}M`;
}

/** YYMM of a Jakarta calendar date. */
export const yymm = (jakartaDate: string) => `${jakartaDate.slice(2, 4)}${jakartaDate.slice(5, 7)}`;

/** Three characters drawn without modulo bias: bytes 253–255 (past the last full 23) are skipped. */
export function randomSuffix(random: RandomBytes): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let out = '';
  while (out.length < 3) {
    for (const b of random(8)) {
      if (b < limit && out.length < 3) out += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return out;
}

/**
 * What people type back: any case, spaces or missing dashes ("kng 2611 7qk") become the stored
 * form; null when it cannot be a code at all.
 */
export function normaliseReferenceCode(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^([A-Z]{2,3})(\d{4})([A-Z0-9]{3})$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
