import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { METHODS } from '../../../electron/core/api/registry';
import type { MethodName, Result } from '../../../electron/shared/contract';
import { completeSetup, login, memoryCore, VALID_SETUP } from '../../support/core';
import { startHost } from '../../support/http';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';
import { DESK_METHODS } from './fixture';

/** Values that differ between two identical runs: ids, timestamps, case reference codes. */
function normalise(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<time>')
      .replace(/\b[A-Z]{2,3}-\d{4}-[34679ACDEFGHJKMNPQRTWXY]{3}\b/g, '<ref>'),
  );
}

async function prepared(method: MethodName) {
  const core = memoryCore();
  await completeSetup(core);
  const token = await login(core, VALID_SETUP.admin.username, VALID_SETUP.admin.password);
  const fixture = SAMPLE_FIXTURES[method] as ((c: typeof core, t: string) => Promise<unknown>) | undefined;
  const input = fixture ? await fixture(core, token) : SAMPLE_INPUTS[method];
  return { core, token: PERMISSIONS[method].includes('public') ? undefined : token, input };
}

describe('desk methods in the contract', () => {
  it('covers 24 methods, each with a sample input that passes its schema', () => {
    expect(DESK_METHODS).toHaveLength(24);
    for (const m of DESK_METHODS) {
      expect(SAMPLE_INPUTS[m], m).toBeDefined();
      expect(METHODS[m].input.safeParse(SAMPLE_INPUTS[m]).success, m).toBe(true);
    }
  });

  it.each(DESK_METHODS)('%s round-trips the same way through dispatch and the HTTP host', async (name) => {
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

  it('an HTTP conflict is a 409 with the Indonesian message', async () => {
    const { core, token, input } = await prepared('consultations.update');
    const host = await startHost(core);
    try {
      const headers = { Authorization: `Bearer ${token}` };
      expect((await host.rpc('consultations.update', input, headers)).status).toBe(200);
      const res = await host.rpc('consultations.update', input, headers);
      expect(res.status).toBe(409);
      const body = (await res.json()) as Result<unknown>;
      expect(body.ok === false && body.error.message).toMatch(/petugas lain/);
    } finally {
      await host.close();
      core.close();
    }
  });
});
