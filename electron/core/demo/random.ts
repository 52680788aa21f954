/**
 * Seeded randomness for the demo village: the same seed always builds the same village (ids
 * included), so a bench run or a bug report can be repeated. Not for anything secret.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A UUIDv7 whose time part is `ms`, with seeded random bits: sorts by creation time like real ids. */
  idAt(ms: number): string;
}

/** mulberry32: small, fast, good enough for made-up data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new WeakMap<object, { keys: string[]; sums: number[]; total: number }>();
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      let c = cumulative.get(weights);
      if (!c) {
        const keys = Object.keys(weights);
        let total = 0;
        const sums = keys.map((k) => {
          total += weights[k as K];
          return total;
        });
        c = { keys, sums, total };
        cumulative.set(weights, c);
      }
      const x = next() * c.total;
      let i = 0;
      while (c.sums[i] <= x) i++;
      return c.keys[i] as K;
    },
    idAt(ms: number) {
      const t = hex(Math.max(0, ms), 12);
      const r1 = hex(next() * 0x1000, 3);
      const r2 = hex(0x8000 + next() * 0x4000, 4);
      const r3 = hex(next() * 0x1000000, 6) + hex(next() * 0x1000000, 6);
      return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r1}-${r2}-${r3}`;
    },
  };
}
