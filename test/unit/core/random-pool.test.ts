import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from '../../../electron/core/random-pool';

describe('pooled random bytes', () => {
  it('hands out every byte once, across pool refills, as independent copies', () => {
    const random = pooledRandomBytes();
    const seen = new Set<string>();
    // 1,000 ids of 10 bytes: more than two pools' worth.
    for (let i = 0; i < 1000; i++) {
      const bytes = random(10);
      expect(bytes).toHaveLength(10);
      const hex = Buffer.from(bytes).toString('hex');
      expect(seen.has(hex)).toBe(false);
      seen.add(hex);
    }
    const a = random(16);
    const copy = Buffer.from(a).toString('hex');
    a.fill(0);
    // Changing what was handed out cannot change what comes next or what was given before.
    expect(Buffer.from(random(16)).equals(Buffer.alloc(16))).toBe(false);
    expect(copy).not.toBe('00'.repeat(16));
  });

  it('serves large requests (salts, tokens) directly, at the size asked', () => {
    const random = pooledRandomBytes();
    expect(random(2048)).toHaveLength(2048);
    expect(random(32)).toHaveLength(32);
    expect(random(0)).toHaveLength(0);
  });
});
