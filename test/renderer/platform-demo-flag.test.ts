import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../electron/shared/contract';
import type { KioskProfile } from '../../electron/shared/kiosk';
import { createDemoFlag } from '../../renderer/src/ui/use-demo-flag';

const PROFILE: KioskProfile = {
  needsSetup: false,
  villageName: 'Desa Contoh',
  regionCode: '32.12.16.2004',
  idleSeconds: 90,
  languages: ['id', 'en'],
};

const answer = (value: KioskProfile): Result<KioskProfile> => ({ ok: true, value });
const OFFLINE: Result<KioskProfile> = { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat terhubung.' } };

describe('createDemoFlag', () => {
  it('true only when the profile says demo: true', async () => {
    expect(await createDemoFlag(async () => answer({ ...PROFILE, demo: true })).load()).toBe(true);
    expect(await createDemoFlag(async () => answer(PROFILE)).load()).toBe(false);
    expect(await createDemoFlag(async () => answer({ ...PROFILE, demo: false })).load()).toBe(false);
  });

  it('asks once: parallel and later loads share the first answer', async () => {
    const ask = vi.fn(async () => answer({ ...PROFILE, demo: true }));
    const flag = createDemoFlag(ask);
    expect(flag.current()).toBeUndefined();
    expect(await Promise.all([flag.load(), flag.load(), flag.load()])).toEqual([true, true, true]);
    expect(flag.current()).toBe(true);
    expect(await flag.load()).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('a failed ask shows no banner and is asked again next time', async () => {
    const ask = vi
      .fn<() => Promise<Result<KioskProfile>>>()
      .mockResolvedValueOnce(OFFLINE)
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValueOnce(answer({ ...PROFILE, demo: true }));
    const flag = createDemoFlag(ask);
    expect(await flag.load()).toBe(false);
    expect(flag.current()).toBeUndefined();
    expect(await flag.load()).toBe(false);
    expect(await flag.load()).toBe(true);
    expect(flag.current()).toBe(true);
    expect(ask).toHaveBeenCalledTimes(3);
  });
});
