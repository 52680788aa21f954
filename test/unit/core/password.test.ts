import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core';
import { hashPassword, verifyPassword } from '../../../electron/core/auth/password-hash';
import { checkPassword, loadCommonPasswords } from '../../../electron/core/auth/password-policy';

const common = loadCommonPasswords(DEFAULT_RESOURCES_DIR);
const check = (pw: string, words: string[] = []) => checkPassword(pw, { common, words, path: 'p' });

describe('password hashing', () => {
  it('verifies the right password, refuses a wrong one, and salts every hash', async () => {
    const a = await hashPassword('Sungai-Cimanuk-77');
    const b = await hashPassword('Sungai-Cimanuk-77');
    expect(a).not.toBe(b);
    expect(await verifyPassword('Sungai-Cimanuk-77', a)).toBe(true);
    expect(await verifyPassword('sungai-cimanuk-77', a)).toBe(false);
  });

  it('normalises to NFC so the same word typed two ways matches', async () => {
    const composed = 'Caf\u00e9-Kenari-2026';
    const decomposed = 'Cafe\u0301-Kenari-2026';
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    for (const stored of ['', 'scrypt$', 'bcrypt$1$2$3$4$5', 'scrypt$x$8$3$AAAA$BBBB', 'scrypt$32768$8$3$AAAA$']) {
      expect(await verifyPassword('apa saja', stored)).toBe(false);
    }
  });
});

describe('password policy', () => {
  it('ships a list of at least 3,000 common passwords including Indonesian ones', () => {
    expect(common.size).toBeGreaterThanOrEqual(3000);
    for (const pw of ['password', 'bismillah', 'indonesia', '12345678']) expect(common.has(pw)).toBe(true);
  });

  it.each([
    ['pendek1', /minimal 8/],
    ['x'.repeat(129), /maksimal 128/],
    ['Password', /terlalu umum/],
    ['BISMILLAH', /terlalu umum/],
    ['BalaiMigran2026', /balai/],
    ['aaaaaaaa1', /berulang/],
  ])('refuses %s', (pw, message) => {
    expect(check(pw)[0]?.message).toMatch(message);
  });

  it('refuses context words from the village and the account', () => {
    expect(check('Sukamulya-2026!', ['Desa Sukamulya'])[0]?.message).toMatch(/sukamulya/);
    expect(check('Rahmat*Hidayat9', ['rahmat.h', 'Rahmat Hidayat'])[0]?.message).toMatch(/rahmat/);
  });

  it('accepts a long passphrase of everyday words', () => {
    expect(check('padi menguning di sawah', ['Kenanga'])).toEqual([]);
    expect(check('Sungai-Cimanuk-77')).toEqual([]);
  });
});
