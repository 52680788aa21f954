import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { EDUKASI_METHOD_NAMES } from '../../../electron/core/edukasi/methods';
import type { Result } from '../../../electron/shared/contract';
import { completeSetup, login, memoryCore, VALID_SETUP } from '../../support/core';
import { startHost } from '../../support/http';
import { SAMPLE_FIXTURES, SAMPLE_INPUTS } from '../../support/sample-inputs';

async function prepared() {
  const core = memoryCore();
  await completeSetup(core);
  return { core, token: await login(core, VALID_SETUP.admin.username, VALID_SETUP.admin.password) };
}

describe('Rumah Edukasi: every method works through dispatch and the HTTP host', () => {
  it.each(EDUKASI_METHOD_NAMES)('%s is educator/admin only and answers ok with its sample', async (name) => {
    expect([...PERMISSIONS[name]].sort()).toEqual(['admin', 'educator']);
    const { core, token } = await prepared();
    const host = await startHost(core);
    try {
      const input = (await SAMPLE_FIXTURES[name]?.(core, token)) ?? SAMPLE_INPUTS[name];
      expect(input, `sample for ${name}`).toBeDefined();
      const direct = await core.dispatch(name, input, { token });
      expect(direct.ok, JSON.stringify(direct)).toBe(true);
      // The same method over HTTP (a read, or a second write that must be refused or accepted
      // exactly as dispatch would) returns the same shape of answer.
      const res = await host.rpc(name, input, { Authorization: `Bearer ${token}` });
      const viaHttp = (await res.json()) as Result<unknown>;
      const again = await core.dispatch(name, input, { token });
      expect(viaHttp.ok).toBe(again.ok);
      if (!viaHttp.ok && !again.ok) expect(viaHttp.error.code).toBe(again.error.code);
    } finally {
      await host.close();
      core.close();
    }
  });
});
