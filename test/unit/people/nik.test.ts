import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNik, maskNik, NIK_MESSAGES, nikMismatches } from '../../../electron/core/people/nik';
import { districtCodes } from '../../../electron/core/people/region-codes';

const codes = districtCodes(path.resolve(__dirname, '../../../resources'));
const TODAY = '2026-11-29';

describe('checkNik (structural NIK check, domain.md §6.1)', () => {
  it.each([
    ['man, Kec. Sindang, born 12 March 1985', '3212161203850002', 'L', '1985-03-12'],
    ['woman: day + 40 (41 = 1 May 1990)', '3212164105900001', 'P', '1990-05-01'],
    ['woman born on the 31st (71)', '3212167101950003', 'P', '1995-01-31'],
    ['a child born this year: the century is the most recent past', '3212160102250004', 'L', '2025-02-01'],
    ['a year later than this one belongs to the last century', '3212160102300005', 'L', '1930-02-01'],
    ['29 February in a leap year (2000)', '3212162902000006', 'L', '2000-02-29'],
    ['spaces and dots people type are ignored', '3212 16 120385 0002', 'L', '1985-03-12'],
    ['another province (DKI Jakarta, 31.71.01)', '3171011203850002', 'L', '1985-03-12'],
  ])('accepts %s', (_label, nik, sex, birthDate) => {
    expect(checkNik(nik, codes, TODAY)).toEqual({ ok: true, digits: nik.replace(/[\s.]/g, ''), sex, birthDate });
  });

  it.each([
    ['15 digits', '321216120385000', NIK_MESSAGES.format],
    ['17 digits', '32121612038500021', NIK_MESSAGES.format],
    ['letters', '32121612O3850002', NIK_MESSAGES.format],
    ['empty', '', NIK_MESSAGES.format],
    ['unknown province 99', '9912161203850002', NIK_MESSAGES.region],
    ['unknown kecamatan 32.12.99', '3212991203850002', NIK_MESSAGES.region],
    ['31 February', '3212163102850002', NIK_MESSAGES.date],
    ['31 February for a woman (71)', '3212167102850002', NIK_MESSAGES.date],
    ['day 00', '3212160003850002', NIK_MESSAGES.date],
    ['day 35 (neither a man nor a woman)', '3212163503850002', NIK_MESSAGES.date],
    ['day 72', '3212167203850002', NIK_MESSAGES.date],
    ['month 13', '3212161213850002', NIK_MESSAGES.date],
    ['29 February 2023 (no leap year)', '3212162902230002', NIK_MESSAGES.date],
    ['serial 0000', '3212161203850000', NIK_MESSAGES.serial],
  ])('refuses %s with a clear Indonesian message', (_label, nik, message) => {
    expect(checkNik(nik, codes, TODAY)).toEqual({ ok: false, message });
  });

  it('uses exactly the four messages the desk shows', () => {
    expect(NIK_MESSAGES).toEqual({
      format: 'NIK harus 16 angka.',
      region: 'Kode wilayah pada NIK tidak dikenal.',
      date: 'Tanggal lahir pada NIK tidak valid.',
      serial: 'Nomor urut NIK tidak boleh 0000.',
    });
  });

  it('masks all but the first four and last four digits', () => {
    expect(maskNik('3212164105900001')).toBe('3212••••••••0001');
  });
});

describe('nikMismatches (warnings, never errors)', () => {
  const nik = { sex: 'P' as const, birthDate: '1990-05-01' };

  it('is silent when sex and birth date agree, or are not given', () => {
    expect(nikMismatches(nik, { sex: 'P', birthDate: '1990-05-01' })).toEqual([]);
    expect(nikMismatches(nik, {})).toEqual([]);
  });

  it('warns on a different sex and on a different birth date', () => {
    expect(nikMismatches(nik, { sex: 'L', birthDate: '1991-05-01' })).toEqual([
      { path: 'sex', message: expect.stringContaining('menurut NIK: perempuan') },
      { path: 'birthDate', message: expect.stringContaining('01-05-..90') },
    ]);
  });

  it('compares only DDMMYY, because the NIK century is a guess', () => {
    // Someone born in 1925 has "25" in the NIK, which the check reads as 2025.
    expect(nikMismatches({ sex: 'L', birthDate: '2025-03-12' }, { birthDate: '1925-03-12' })).toEqual([]);
  });
});
