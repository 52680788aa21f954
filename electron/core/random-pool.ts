import { randomBytes } from 'node:crypto';
import type { RandomBytes } from './clock';

const POOL_SIZE = 4096;

/**
 * Cryptographic random bytes served from a refilled pool. Every new id takes 10 random bytes,
 * and an import of 10,000 rows makes about 40,000 ids: one `randomBytes` call per id cost more
 * than the SQLite inserts they name. Bytes are handed out once and never reused; large requests
 * (salts, tokens) bypass the pool.
 */
export function pooledRandomBytes(): RandomBytes {
  let pool = randomBytes(POOL_SIZE);
  let offset = 0;
  return (size: number) => {
    if (size > POOL_SIZE / 4) return randomBytes(size);
    if (offset + size > pool.length) {
      pool = randomBytes(POOL_SIZE);
      offset = 0;
    }
    // A copy, so a caller that keeps or changes its bytes never touches the pool.
    const out = Uint8Array.prototype.slice.call(pool, offset, offset + size);
    offset += size;
    return out;
  };
}
