import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUKASI_METHOD_NAMES } from '../../../electron/core/edukasi/methods';
import { tableCounts } from '../../support/core';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';
import { edukasiCore } from './support';

/** Values that often break parsers: wrong types, odd strings, dates, times, ids, nested junk. */
const nasty = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a'.repeat(5000),
    '2026-02-31',
    '2026-11-30',
    '1900-01-01',
    '24:00',
    '07:5',
    'present',
    'bolos',
    'rumah_edukasi',
    '3212164105900001',
    '00000000-0000-7000-8000-000000000000',
    'anak,Budi,01/01/2016,L\n',
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: Record<string | number, unknown> = Array.isArray(target) ? { ...target } : { ...(target as object) };
  const [head, ...rest] = path;
  copy[head] = setAt(copy[head], rest, value);
  return Array.isArray(target) ? Object.values(copy) : copy;
}

/** The valid input with one to three nested values replaced, an extra key, or anything at all. */
function inputs(base: unknown) {
  const paths = pathsOf(base);
  const mutated = fc
    .array(fc.tuple(fc.constantFrom(...paths), nasty), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((acc, [p, v]) => setAt(acc, p, v), structuredClone(base)));
  const extra = fc
    .dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 2 })
    .map((e) => ({ ...(base as object), ...e }));
  return fc.oneof(mutated, mutated, extra, fc.anything({ maxDepth: 3 }));
}

describe('property: every Rumah Edukasi method survives random input (never INTERNAL; rejected input writes nothing)', () => {
  it.each(EDUKASI_METHOD_NAMES)('%s', async (method) => {
    const { core, edu, tokens } = await edukasiCore();
    // Start from a real record where the method needs one (fixtures are built by the admin), so the
    // checks behind the id run too; the educator then calls with mutated inputs.
    const base = (await SAMPLE_FIXTURES[method]?.(core, tokens.admin)) ?? SAMPLE_INPUTS[method];
    await fc.assert(
      fc.asyncProperty(inputs(base), async (input) => {
        const before = tableCounts(core);
        const r = await core.dispatch(method, input, { token: edu });
        if (!r.ok) {
          expect(r.error.code, JSON.stringify(r.error)).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          if (r.error.code === 'VALIDATION') {
            expect(tableCounts(core)).toEqual(before);
            for (const issue of r.error.issues ?? []) expect(issue.message).toMatch(/^[A-Z"0-9]/);
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    core.close();
  });
});
