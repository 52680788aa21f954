import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../../electron/shared/contract';
import { memoryCore, setUpVillageTemplate, tableCounts } from '../../support/core';
import { SAMPLE_INPUTS } from '../../support/sample-inputs';

/** Methods whose valid inputs run scrypt (~0.2 s): fewer runs keep the suite quick. */
const SLOW = new Set<MethodName>(['setup.complete', 'auth.login']);

/** Random values plus near-misses: the sample with one field replaced by anything. */
function inputs(name: MethodName) {
  const sample = SAMPLE_INPUTS[name] as Record<string, unknown> | undefined;
  const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withObjectString: true });
  if (!sample || Object.keys(sample).length === 0) return anything;
  const keys = Object.keys(sample);
  const mutated = fc
    .tuple(fc.constantFrom(...keys), anything)
    .map(([key, value]) => ({ ...structuredClone(sample), [key]: value }));
  return fc.oneof(anything, mutated, fc.string({ maxLength: 2000 }), fc.constant(null));
}

describe('property: every method survives random and malformed input', () => {
  let village: Awaited<ReturnType<typeof setUpVillageTemplate>> | undefined;
  beforeAll(async () => {
    village = await setUpVillageTemplate();
  });
  afterAll(() => village?.cleanup());

  it.each(METHOD_NAMES)('%s never answers INTERNAL, and a rejected input writes nothing', async (name) => {
    if (!village) throw new Error('the village template is made in beforeAll');
    // setup.complete is fuzzed on an empty database; every other method on a set-up village.
    const core = name === 'setup.complete' ? memoryCore() : village.open();
    const token = name === 'setup.complete' ? undefined : village.admin;
    await fc.assert(
      fc.asyncProperty(inputs(name), async (input) => {
        const before = tableCounts(core);
        const r = await core.dispatch(name, input, { token });
        if (!r.ok) {
          expect(r.error.code).not.toBe('INTERNAL');
          expect(r.error.message.length).toBeGreaterThan(0);
          if (r.error.code === 'VALIDATION') expect(tableCounts(core)).toEqual(before);
        }
      }),
      { numRuns: SLOW.has(name) ? 15 : 100 },
    );
    core.close();
  });
});
