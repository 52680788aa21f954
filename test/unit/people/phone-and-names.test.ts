import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../electron/core/people/name-key';
import { looksLikePhone, normalisePhone } from '../../../electron/core/people/phone';
import { classifyQuery } from '../../../electron/core/people/search';

describe('normalisePhone (libphonenumber-js → E.164)', () => {
  it.each([
    ['0812 3456 7890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['0062 812 3456 7890', '+6281234567890'],
    ['  0857.1234.5678 ', '+6285712345678'],
    ['(0234) 272123', '+62234272123'],
    ['+852 5123 4567', '+85251234567'],
    ['+886 912 345 678', '+886912345678'],
  ])('%s → %s', (raw, e164) => {
    expect(normalisePhone(raw)).toBe(e164);
  });

  it.each([
    ['too short', '0812'],
    ['too long', '08123456789012345'],
    ['letters', '0812-ABCD-7890'],
    ['empty', ''],
    ['a plus in the middle', '0812+34567890'],
    ['not a number at all', 'tidak punya'],
  ])('refuses %s', (_label, raw) => {
    expect(normalisePhone(raw)).toBeNull();
  });

  it('tells phone numbers from names', () => {
    expect(looksLikePhone('0812 3456 7890')).toBe(true);
    expect(looksLikePhone('+62 812 3456 7890')).toBe(true);
    expect(looksLikePhone('Siti')).toBe(false);
    expect(looksLikePhone('0812')).toBe(false);
  });
});

describe('nameKey', () => {
  it.each([
    ['Siti Aminah', 'siti aminah'],
    ['  SITI   aminah ', 'siti aminah'],
    ["Nur'aini", 'nuraini'],
    ['Nur’aini', 'nuraini'],
    ['M. Yusuf', 'm yusuf'],
    ['Désirée Ça', 'desiree ca'],
    ['Ahmad-Fauzi', 'ahmad fauzi'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('classifyQuery (what the officer typed)', () => {
  it('reads 16 digits as a NIK, other digit strings as a phone, the rest as a name', () => {
    expect(classifyQuery('3212 1641 0590 0001')).toEqual({ by: 'nik', digits: '3212164105900001' });
    expect(classifyQuery('0812-3456-7890')).toEqual({ by: 'phone', e164: '+6281234567890' });
    expect(classifyQuery('0812 0000')).toEqual({ by: 'phone', e164: null });
    expect(classifyQuery('Siti  Am')).toEqual({ by: 'name', tokens: ['siti', 'am'] });
  });
});
