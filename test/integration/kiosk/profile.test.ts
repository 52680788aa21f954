import { describe, expect, it } from 'vitest';
import { putSetting } from '../../../electron/core/settings/repository';
import type { KioskProfile } from '../../../electron/shared/kiosk';
import { harness, setUpVillage, staffToken, VILLAGE } from './helpers';

describe('kiosk.profile', () => {
  it('says the village is not set up yet on a new install, with defaults', async () => {
    const h = harness();
    const p = await h.ok<KioskProfile>('kiosk.profile', {});
    expect(p).toEqual({
      needsSetup: true,
      villageName: null,
      regionCode: null,
      idleSeconds: 90,
      languages: ['id', 'en'],
    });
  });

  it('returns the village name, region code and settings once set up, and nothing personal', async () => {
    const h = harness();
    setUpVillage(h.core.db);
    await staffToken(h, 'admin');
    putSetting(h.core.db, 'kiosk.idleSeconds', 120, 'x');
    const p = await h.ok<KioskProfile>('kiosk.profile', {});
    expect(p).toEqual({
      needsSetup: false,
      villageName: VILLAGE.name,
      regionCode: VILLAGE.regionCode,
      idleSeconds: 120,
      languages: ['id', 'en'],
    });
    const json = JSON.stringify(p);
    expect(json).not.toContain(VILLAGE.address);
    expect(json).not.toContain('uji.admin');
  });

  it('falls back to safe defaults when stored settings are out of range or malformed', async () => {
    const h = harness();
    setUpVillage(h.core.db);
    putSetting(h.core.db, 'kiosk.idleSeconds', 3, 'x');
    putSetting(h.core.db, 'languages', ['en', 'xx'], 'x');
    let p = await h.ok<KioskProfile>('kiosk.profile', {});
    expect(p.idleSeconds).toBe(90);
    expect(p.languages).toEqual(['en']);
    // No admin yet: still needs setup even though the village is stored.
    expect(p.needsSetup).toBe(true);
    putSetting(h.core.db, 'kiosk.idleSeconds', 'lama', 'x');
    putSetting(h.core.db, 'languages', 'id', 'x');
    p = await h.ok<KioskProfile>('kiosk.profile', {});
    expect(p.idleSeconds).toBe(90);
    expect(p.languages).toEqual(['id', 'en']);
  });

  it('refuses unexpected input fields', async () => {
    const h = harness();
    const r = await h.call('kiosk.profile', { extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  });
});
