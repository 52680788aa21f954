import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { METHODS } from '../../../electron/core/api/registry';
import { METHOD_NAMES, type MethodName, type Result } from '../../../electron/shared/contract';
import type { MethodDescription } from '../../../electron/shared/domain';
import { ROLES } from '../../../electron/shared/domain';
import { memoryCore, setUpVillageTemplate } from '../../support/core';
import { startHost } from '../../support/http';
import { BEFORE_SETUP, SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';

/** Replaces values that differ between two identical runs (ids, tokens, timestamps). */
function normalise(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/"token":"[A-Za-z0-9_-]+"/g, '"token":"<token>"')
      // Case reference codes are random by design (deps.random), so two runs differ.
      .replace(/"referenceCode":"[^"]+"/g, '"referenceCode":"<ref>"')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<time>'),
  );
}

/**
 * A fresh core in the state the method's sample needs: set up (unless the method is setup itself),
 * the records its fixture creates, and an admin token when the public role may not call it.
 */
let village: Awaited<ReturnType<typeof setUpVillageTemplate>> | undefined;
beforeAll(async () => {
  village = await setUpVillageTemplate();
});
afterAll(() => village?.cleanup());

async function prepared(method: MethodName) {
  if (BEFORE_SETUP.has(method))
    return { core: memoryCore(), token: undefined, input: SAMPLE_INPUTS[method] as unknown };
  if (!village) throw new Error('the village template is made in beforeAll');
  const core = village.open();
  const admin = village.admin;
  const fixture = SAMPLE_FIXTURES[method] as ((c: typeof core, t: string) => Promise<unknown>) | undefined;
  const input = fixture ? await fixture(core, admin) : SAMPLE_INPUTS[method];
  const token = PERMISSIONS[method].includes('public') ? undefined : admin;
  return { core, token, input };
}

describe('contract', () => {
  it('lists every method once, named namespace.verb', () => {
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]+$/);
  });

  it.each(METHOD_NAMES)('%s has a schema, an implementation, a description, permissions and a sample', (name) => {
    const spec = METHODS[name];
    expect(typeof spec.handler).toBe('function');
    expect(typeof spec.input.safeParse).toBe('function');
    expect(spec.description.length).toBeGreaterThan(10);
    expect(PERMISSIONS[name].length).toBeGreaterThan(0);
    for (const role of PERMISSIONS[name]) expect(ROLES).toContain(role);
    expect(SAMPLE_INPUTS[name], `add a sample input for ${name} in test/support/sample-inputs.ts`).toBeDefined();
    expect(spec.input.safeParse(SAMPLE_INPUTS[name]).success).toBe(true);
  });

  it('system.describe returns JSON Schema, roles and a description for every method', async () => {
    const core = memoryCore();
    const r = await core.dispatch('system.describe', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { methods } = r.value as { methods: MethodDescription[] };
    expect(methods.map((m) => m.name)).toEqual([...METHOD_NAMES]);
    for (const m of methods) {
      expect(m.inputSchema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
      expect(m.roles).toEqual([...PERMISSIONS[m.name as MethodName]]);
    }
    const setup = methods.find((m) => m.name === 'setup.complete')!.inputSchema as { required: string[] };
    expect(setup.required).toEqual(['village', 'admin']);
  });

  it.each(METHOD_NAMES)('%s round-trips the same way through dispatch and through the HTTP host', async (name) => {
    const direct = await prepared(name);
    const viaHttp = await prepared(name);
    const host = await startHost(viaHttp.core);
    try {
      const a = await direct.core.dispatch(name, direct.input, { token: direct.token });
      const res = await host.rpc(
        name,
        viaHttp.input,
        viaHttp.token ? { Authorization: `Bearer ${viaHttp.token}` } : {},
      );
      const b = (await res.json()) as Result<unknown>;
      expect(a.ok, JSON.stringify(a)).toBe(true);
      expect(res.status).toBe(200);
      expect(normalise(b)).toEqual(normalise(a));
    } finally {
      await host.close();
      direct.core.close();
      viaHttp.core.close();
    }
  });
});
