import { describe, expect, it } from 'vitest';
import {
  checkAdminStep,
  checkVillageStep,
  firstErrorField,
  type SetupValues,
  toSetupInput,
} from '../../renderer/src/setup/setup-form';

const messages = { required: 'Wajib diisi.', chooseRegion: 'Pilih desa dari daftar.', passwordMismatch: 'Tidak sama.' };
const filled: SetupValues = {
  regionCode: '32.12.16.2004',
  villageName: 'Kenanga',
  address: 'Jl. Raya 1',
  username: 'sekdes',
  displayName: 'Siti',
  password: 'Padi menguning 7',
  passwordConfirm: 'Padi menguning 7',
};

describe('setup form checks', () => {
  it('accepts a complete form', () => {
    expect(checkVillageStep(filled, messages)).toEqual({});
    expect(checkAdminStep(filled, messages)).toEqual({});
  });

  it('names each empty field with the server path', () => {
    const empty = { ...filled, regionCode: null, villageName: ' ', address: '' };
    expect(checkVillageStep(empty, messages)).toEqual({
      'village.regionCode': 'Pilih desa dari daftar.',
      'village.name': 'Wajib diisi.',
      'village.address': 'Wajib diisi.',
    });
  });

  it('catches a repeat that differs, but leaves password rules to the server', () => {
    expect(checkAdminStep({ ...filled, passwordConfirm: 'lain' }, messages)).toEqual({
      'admin.passwordConfirm': 'Tidak sama.',
    });
    expect(checkAdminStep({ ...filled, password: 'pendek', passwordConfirm: 'pendek' }, messages)).toEqual({});
  });

  it('points at the first bad field in screen order', () => {
    expect(firstErrorField({ 'admin.password': 'x', 'village.address': 'y' })).toBe('village.address');
    expect(firstErrorField({})).toBeNull();
  });

  it('builds the setup.complete input without the repeat', () => {
    expect(toSetupInput(filled)).toEqual({
      village: { name: 'Kenanga', regionCode: '32.12.16.2004', address: 'Jl. Raya 1' },
      admin: { username: 'sekdes', displayName: 'Siti', password: 'Padi menguning 7' },
    });
  });
});
