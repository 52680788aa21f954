import type { Clock, RandomBytes } from './clock';

/**
 * UUIDv7 (RFC 9562): 48-bit millisecond timestamp then random bits, so ids sort by creation
 * time and stay unique when several villages' data are merged later.
 */
export function createIdGenerator(clock: Clock, random: RandomBytes): () => string {
  return () => {
    const bytes = new Uint8Array(16);
    bytes.set(random(10), 6);
    let ms = clock.now();
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    bytes[6] = 0x70 | (bytes[6] & 0x0f);
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
