/**
 * Temporary passwords an admin reads out or writes on paper: three groups of four characters
 * (`kx7m-p2qr-9tzw`), lower case, without the look-alikes 0/o, 1/l/i. About 59 bits: plenty for
 * a password that lives until the colleague's next login.
 */
export const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type RandomBytes = (count: number) => Uint8Array;

const browserRandom: RandomBytes = (count) => crypto.getRandomValues(new Uint8Array(count));

export function temporaryPassword(random: RandomBytes = browserRandom): string {
  // Redraw bytes at or above the largest multiple of the alphabet size: no modulo bias.
  const limit = 256 - (256 % TEMPORARY_ALPHABET.length);
  for (;;) {
    let chars = '';
    while (chars.length < 12) {
      for (const b of random(16)) {
        if (b < limit && chars.length < 12) chars += TEMPORARY_ALPHABET[b % TEMPORARY_ALPHABET.length];
      }
    }
    // The core refuses very repetitive passwords (fewer than four different characters).
    if (new Set(chars).size >= 4) return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  }
}
