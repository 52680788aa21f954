import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../electron/core/people/name-key';
import { checkNik } from '../../../electron/core/people/nik';
import { normalisePhone } from '../../../electron/core/people/phone';
import { districtCodes } from '../../../electron/core/people/region-codes';
import type { MethodName } from '../../../electron/shared/contract';
import { tableCounts } from '../../support/core';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';
import { setUp } from './support';

/** Methods of this feature; the scrypt-bound ones get fewer runs (~0.2 s per hash). */
const METHODS: [MethodName, number][] = [
  ['people.search', 80],
  ['people.checkDuplicates', 80],
  ['people.create', 80],
  ['people.get', 60],
  ['people.update', 80],
  ['people.addConsent', 60],
  ['people.withdrawConsent', 40],
  ['people.delete', 40],
  ['people.trail', 40],
  ['audit.list', 80],
  ['audit.verify', 20],
  ['users.list', 20],
  ['users.disable', 40],
  ['users.enable', 40],
  ['users.create', 15],
  ['users.resetPassword', 15],
  ['auth.confirmPassword', 10],
  ['auth.changePassword', 10],
  ['auth.logoutEverywhere', 10],
];

/** Field values near the edge: wrong types, digit strings, dates, ids, very long text, control characters. */
const fieldValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9 .+-]{0,20}$/),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a'.repeat(5000),
    '2026-02-31',
    '1990-05-01',
    '3212164105900001',
    '0812 3456 7890',
  ),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
);

function inputs(base: unknown) {
  const sample = base as Record<string, unknown>;
  const keys = Object.keys(sample);
  const mutated = fc
    .record({
      changes: fc.array(fc.tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), fieldValue), { maxLength: 3 }),
    })
    .map(({ changes }) => {
      const input = structuredClone(sample);
      for (const [key, value] of changes) input[key] = value;
      return input;
    });
  const extraKey = fc
    .dictionary(fc.string({ maxLength: 8 }), fieldValue, { maxKeys: 2 })
    .map((extra) => ({ ...sample, ...extra }));
  return fc.oneof(mutated, extraKey, fc.anything({ maxDepth: 3 }));
}

describe('property: every new method survives random input (never INTERNAL; rejected input writes nothing)', () => {
  it.each(METHODS)('%s', async (method, numRuns) => {
    const { core, admin } = await setUp();
    // Start from a real record where the method needs one, so the checks behind the id run too.
    const base = (await SAMPLE_FIXTURES[method]?.(core, admin)) ?? SAMPLE_INPUTS[method];
    await fc.assert(
      fc.asyncProperty(inputs(base), async (input) => {
        const before = tableCounts(core);
        const r = await core.dispatch(method, input, { token: admin });
        if (!r.ok) {
          expect(r.error.code, JSON.stringify(r.error)).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          if (r.error.code === 'VALIDATION') {
            expect(tableCounts(core)).toEqual(before);
            for (const issue of r.error.issues ?? []) expect(issue.message).toMatch(/^[A-Z"]/);
          }
        }
        // Whatever got stored, no readable column holds a full NIK.
        const stored = JSON.stringify(core.db.prepare('SELECT full_name, nik_masked, note, dusun FROM people').all());
        expect(stored).not.toMatch(/\d{16}/);
      }),
      { numRuns },
    );
    // The admin session may have been ended by logoutEverywhere; the core is still consistent.
    expect(core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    core.close();
  });
});

describe('property: pure checks', () => {
  const codes = districtCodes(path.resolve(__dirname, '../../../resources'));

  it('checkNik never throws, and accepts only 16 digits with a known kecamatan and a real date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{16}$/), fc.stringMatching(/^3212\d{12}$/)), (raw) => {
        const r = checkNik(raw, codes, '2026-11-29');
        if (r.ok) {
          expect(r.digits).toMatch(/^\d{16}$/);
          expect(codes.has(r.digits.slice(0, 6))).toBe(true);
          expect(r.birthDate <= '2026-11-29').toBe(true);
          expect(r.digits.slice(12)).not.toBe('0000');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisePhone never throws and returns E.164 or null; normalising again is stable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(\+62|62|0)8\d{8,11}$/)), (raw) => {
        const e164 = normalisePhone(raw);
        if (e164 !== null) {
          expect(e164).toMatch(/^\+[1-9]\d{6,15}$/);
          expect(normalisePhone(e164)).toBe(e164);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('nameKey is idempotent and has no upper case, accents or double spaces', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const key = nameKey(name);
        expect(nameKey(key)).toBe(key);
        expect(key).not.toMatch(/\s{2}|^\s|\s$/);
        expect(key).toBe(key.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});
