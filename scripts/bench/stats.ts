/** Percentiles and a fixed-width table: benchmarks print figures, they never assert. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export interface Row {
  name: string;
  via: string;
  n: number;
  p50: number;
  p95: number;
  max: number;
  target?: string;
}

export function summarise(name: string, via: string, samples: number[], target?: string): Row {
  return {
    name,
    via,
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    target,
  };
}

export function printTable(rows: Row[]): void {
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  const lines = [
    ['measurement', 'via', 'n', 'p50', 'p95', 'max', 'target'],
    ...rows.map((r) => [r.name, r.via, String(r.n), fmt(r.p50), fmt(r.p95), fmt(r.max), r.target ?? '']),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

export async function time(
  fn: () => unknown | Promise<unknown>,
  n: number,
  warmup = Math.min(20, n),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}
