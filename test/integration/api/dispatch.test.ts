import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/core/api/dispatch';
import { METHODS } from '../../../electron/core/api/registry';
import { memoryCore } from '../../support/core';

describe('dispatch', () => {
  it('answers NOT_FOUND for unknown or non-string methods', async () => {
    const core = memoryCore();
    for (const m of ['nope', '', '__proto__', 'constructor', 'system.health.x']) {
      expect(await core.dispatch(m, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('treats a missing input as an empty object for methods without fields', async () => {
    const core = memoryCore();
    expect((await core.dispatch('setup.status', undefined)).ok).toBe(true);
  });

  it('asks an anonymous caller to log in before any staff method, and says so in Indonesian', async () => {
    const core = memoryCore();
    expect(await core.dispatch('auth.me', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
    });
    expect(await core.dispatch('auth.me', {}, { token: 'tidak-berlaku' })).toMatchObject({
      error: { message: 'Sesi Anda sudah berakhir. Silakan masuk lagi.' },
    });
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack or SQL', async () => {
    const core = memoryCore();
    const errors: unknown[] = [];
    const original = METHODS['system.health'].handler;
    METHODS['system.health'].handler = () => {
      throw new Error('SQLITE_CORRUPT: SELECT secret FROM users at /home/x.ts:12');
    };
    try {
      const dispatch = createDispatch({
        db: core.db,
        clock: core.clock,
        random: () => new Uint8Array(32),
        newId: () => 'x',
        version: 't',
        resourcesDir: '',
        log: { error: (_m, e) => errors.push(e), info: () => {} },
        commonPasswords: () => new Set(),
      });
      const r = await dispatch('system.health', {});
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Terjadi kesalahan pada sistem. Coba sekali lagi; bila berulang, hubungi admin.',
        },
      });
      expect(JSON.stringify(r)).not.toMatch(/SQLITE|SELECT|\.ts/);
      expect(errors).toHaveLength(1); // the detail stays in the log
    } finally {
      METHODS['system.health'].handler = original;
    }
  });
});
