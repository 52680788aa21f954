import { describe, expect, it } from 'vitest';
import {
  type RandomBytes,
  TEMPORARY_ALPHABET,
  temporaryPassword,
} from '../../../renderer/src/desk-admin/users/temporary-password';

/** Replays the given bytes, then zeros. */
function scripted(bytes: number[]): RandomBytes {
  let i = 0;
  return (count) => Uint8Array.from({ length: count }, () => bytes[i++] ?? 0);
}

describe('temporaryPassword', () => {
  it('is three groups of four from the unambiguous alphabet', () => {
    for (let n = 0; n < 200; n++) {
      const password = temporaryPassword();
      expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(password).not.toMatch(/[01ilo]/);
      // The core refuses passwords with fewer than four different characters.
      expect(new Set(password.replace(/-/g, '')).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('maps bytes onto the alphabet and skips bytes that would bias it', () => {
    const size = TEMPORARY_ALPHABET.length; // 31: bytes 248..255 are redrawn
    const bytes = [255, 0, 1, 2, 3, 250, 4, 5, 6, 7, 8, 9, 10, 11, size + 12];
    expect(temporaryPassword(scripted(bytes))).toBe('abcd-efgh-jkmn');
  });

  it('draws again when the result is too repetitive', () => {
    // First twelve characters are all "a" (byte 0); then a varied run.
    const bytes = [...new Array(16).fill(0), ...Array.from({ length: 16 }, (_, i) => i)];
    expect(temporaryPassword(scripted(bytes))).toBe('abcd-efgh-jkmn');
  });
});
