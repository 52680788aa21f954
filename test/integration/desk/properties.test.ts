import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../electron/shared/contract';
import { tableCounts } from '../../support/core';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';
import { addPerson, DESK_METHODS, type DeskCore, deskCore, ok } from './fixture';

/** Replaces the value at one path of a JSON value (or drops the key when `value` is the marker). */
const DROP = Symbol('drop');
function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as Record<string, unknown>) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path;
  if (rest.length === 0 && value === DROP) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
}

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** Values that often break parsers: wrong types, huge and odd strings, dates, ids, nested junk. */
const nasty = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom(
    '',
    ' ',
    '2026-02-30',
    '2026-11-29',
    '9999-99-99',
    '2026-11-29T09:00:00+07:00',
    '3212345678900001',
    "x' OR 1=1 --",
    '"sponsor" NEAR(',
    '\u0000',
    'Ω'.repeat(500),
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER,
    true,
    null,
    [],
    {},
  ),
  fc.integer(),
  fc.double(),
);

describe('property: desk methods survive random and malformed input', () => {
  let d: DeskCore;
  const samples = new Map<MethodName, unknown>();
  beforeAll(async () => {
    d = await deskCore();
    // A realistic starting point: a few records of each kind exist.
    let n = 0;
    for (const method of DESK_METHODS) {
      if (method.startsWith('journeys.') && method !== 'journeys.lists') {
        const { personId } = await addPerson(d.core, d.tokens.admin, `Warga Acak ${String.fromCharCode(65 + n++)}`);
        const j = await ok(d.core, 'journeys.create', { personId, status: 'planned' }, d.tokens.admin);
        samples.set(
          method,
          method === 'journeys.create'
            ? { personId, status: 'planned' }
            : method === 'journeys.listByPerson'
              ? { personId }
              : method === 'journeys.update'
                ? { id: j.id, version: 1, status: 'registered' }
                : { id: j.id },
        );
        continue;
      }
      const fixture = SAMPLE_FIXTURES[method] as ((c: DeskCore['core'], t: string) => Promise<unknown>) | undefined;
      samples.set(method, fixture ? await fixture(d.core, d.tokens.admin) : SAMPLE_INPUTS[method]);
    }
  });

  it.each(DESK_METHODS)('%s: never INTERNAL; a refused input writes nothing', async (method) => {
    const sample = samples.get(method);
    const mutated = fc
      .tuple(fc.constantFrom(...pathsOf(sample)), fc.oneof(nasty, fc.constant(DROP)))
      .map(([path, value]) => setAt(structuredClone(sample), path, value));
    const input = fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: nasty });
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const before = tableCounts(d.core);
        const r = await d.core.dispatch(method, value, { token: d.tokens.desk });
        if (!r.ok) {
          expect(r.error.code, JSON.stringify(r.error)).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          if (r.error.code === 'VALIDATION') {
            for (const issue of r.error.issues ?? []) expect(issue.message).not.toMatch(/^Invalid|expected/i);
          }
          expect(tableCounts(d.core)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
