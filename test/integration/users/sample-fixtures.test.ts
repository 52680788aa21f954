import { describe, expect, it } from 'vitest';
import type { MethodName, Result } from '../../../electron/shared/contract';
import { startHost } from '../../support/http';
import { SAMPLE_FIXTURES } from '../../support/sample-inputs';
import { setUp } from '../people/support';

/** Same normalisation as the contract test: ids, tokens and timestamps differ between two runs. */
function normalise(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/"token":"[A-Za-z0-9_-]+"/g, '"token":"<token>"')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<time>'),
  );
}

/**
 * Methods whose sample needs an existing record (an account, a person, a consent) get it from
 * SAMPLE_FIXTURES. Until the shared contract test uses the fixtures, this proves each of them
 * succeeds and answers the same through dispatch and through the HTTP host.
 */
describe('sample fixtures round-trip through dispatch and the HTTP host', () => {
  // This feature's methods; other features test their own fixtures.
  const mine = (Object.keys(SAMPLE_FIXTURES) as MethodName[]).filter((m) => /^(users|people|auth|audit)\./.test(m));

  it('covers every method of this feature that needs a record', () => {
    expect(mine.sort()).toEqual(
      [
        'people.addConsent',
        'people.delete',
        'people.get',
        'people.trail',
        'people.update',
        'people.withdrawConsent',
        'users.disable',
        'users.enable',
        'users.resetPassword',
      ].sort(),
    );
  });

  it.each(mine)('%s', async (name) => {
    const direct = await setUp();
    const viaHttp = await setUp();
    const host = await startHost(viaHttp.core);
    try {
      const fixture = SAMPLE_FIXTURES[name]!;
      const a = await direct.core.dispatch(name, await fixture(direct.core, direct.admin), { token: direct.admin });
      const input = await fixture(viaHttp.core, viaHttp.admin);
      const res = await host.rpc(name, input, { Authorization: `Bearer ${viaHttp.admin}` });
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
