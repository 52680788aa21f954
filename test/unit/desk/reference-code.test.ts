import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_PATTERN,
  normaliseReferenceCode,
  randomSuffix,
  villagePrefix,
  yymm,
} from '../../../electron/core/desk/cases/reference-code';

describe('case reference codes', () => {
  it('leave out characters that are confused when read aloud or handwritten', () => {
    for (const ch of '0O1IL2Z5S8BUV') expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET.length).toBe(23);
  });

  it.each([
    ['Kenanga', 'KNG'],
    ['Desa Kenanga', 'KNG'],
    ['Lamaran Tarung', 'LMR'],
    ['Ujung Aris', 'UJN'],
    ['Èretan Kulon', 'ERT'],
    ['Oi', 'OI'],
    ['A', 'AM'],
    ['', 'BM'],
    ['123', 'BM'],
  ])('village %j → prefix %s', (name, prefix) => {
    expect(villagePrefix(name)).toBe(prefix);
  });

  it('YYMM comes from the Jakarta date', () => {
    expect(yymm('2026-11-29')).toBe('2611');
    expect(yymm('2030-01-01')).toBe('3001');
  });

  it('suffixes use only the alphabet and every character can occur', () => {
    let state = 1;
    const lcg = (n: number) =>
      Uint8Array.from({ length: n }, () => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return state >>> 23;
      });
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const s = randomSuffix(lcg);
      expect(s).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{3}$/);
      for (const ch of s) seen.add(ch);
    }
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it('bytes that would bias the draw are redrawn, never wrapped', () => {
    // 253..255 would favour the first three characters; only bytes < 253 (= 11 × 23) are used.
    const bytes = [255, 254, 253, 0, 252, 22];
    let i = 0;
    const random = (n: number) => Uint8Array.from({ length: n }, () => bytes[i++ % bytes.length]);
    expect(randomSuffix(random)).toBe(`${CODE_ALPHABET[0]}${CODE_ALPHABET[252 % 23]}${CODE_ALPHABET[22]}`);
  });

  it('reads back what families type', () => {
    expect(normaliseReferenceCode('kng-2611-7qk')).toBe('KNG-2611-7QK');
    expect(normaliseReferenceCode(' KNG 2611 7QK ')).toBe('KNG-2611-7QK');
    expect(normaliseReferenceCode('KNG26117QK')).toBe('KNG-2611-7QK');
    expect(normaliseReferenceCode('KNG-2611')).toBeNull();
    expect(normaliseReferenceCode('')).toBeNull();
  });

  it('a generated code always matches the published pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), (name, pool) => {
        let k = 0;
        const random = (n: number) => Uint8Array.from({ length: n }, () => (k < pool.length ? pool[k++] : k++ % 200));
        const code = `${villagePrefix(name)}-${yymm('2026-11-29')}-${randomSuffix(random)}`;
        expect(code).toMatch(CODE_PATTERN);
        expect(normaliseReferenceCode(code)).toBe(code);
      }),
    );
  });
});
