import { isRealDate, pad2 } from './birth-date';

/**
 * Structural NIK check (domain.md §6.1). A NIK is `PP KK CC DDMMYY SSSS`: province, regency and
 * kecamatan where it was first issued, the birth date (women: day + 40) and a serial from 0001.
 * There is no check digit, so this is all a structural check can do. Pure: the kecamatan codes
 * are passed in (resources/regions/codes.json, loaded by region-codes.ts).
 */
export type NikCheck = { ok: true; digits: string; sex: 'L' | 'P'; birthDate: string } | { ok: false; message: string };

export const NIK_MESSAGES = {
  format: 'NIK harus 16 angka.',
  region: 'Kode wilayah pada NIK tidak dikenal.',
  date: 'Tanggal lahir pada NIK tidak valid.',
  serial: 'Nomor urut NIK tidak boleh 0000.',
} as const;

/** Spaces, dots and dashes people type to group digits are ignored; anything else is an error. */
export function nikDigits(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/**
 * `today` is `YYYY-MM-DD` (Asia/Jakarta). The two-digit year takes the century that gives the
 * most recent date not after today: in 2026, "25" is 2025 and "30" is 1930.
 */
export function checkNik(raw: string, districtCodes: ReadonlySet<string>, today: string): NikCheck {
  const digits = nikDigits(raw);
  if (!/^\d{16}$/.test(digits)) return { ok: false, message: NIK_MESSAGES.format };
  if (!districtCodes.has(digits.slice(0, 6))) return { ok: false, message: NIK_MESSAGES.region };
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  const sex = day > 40 ? 'P' : 'L';
  if (sex === 'P') day -= 40;
  const thisYear = Number(today.slice(0, 4));
  let year = Math.floor(thisYear / 100) * 100 + yy;
  const candidate = () => `${year}-${pad2(month)}-${pad2(day)}`;
  if (candidate() > today) year -= 100;
  if (day > 31 || !isRealDate(year, month, day)) return { ok: false, message: NIK_MESSAGES.date };
  if (digits.slice(12) === '0000') return { ok: false, message: NIK_MESSAGES.serial };
  return { ok: true, digits, sex, birthDate: candidate() };
}

/** `3212••••••••0001`: enough to recognise a card, not enough to misuse it. */
export function maskNik(digits: string): string {
  return `${digits.slice(0, 4)}${'•'.repeat(8)}${digits.slice(12)}`;
}

/**
 * Disagreements between a valid NIK and the sex or birth date typed in. These are warnings, not
 * errors: a NIK is never changed to fix a wrong date (§6.1), so the record must still be savable.
 * Only DDMMYY is compared, because the NIK's century is a guess.
 */
export function nikMismatches(
  nik: { sex: 'L' | 'P'; birthDate: string },
  given: { sex?: 'L' | 'P' | null; birthDate?: string | null },
): { path: string; message: string }[] {
  const warnings: { path: string; message: string }[] = [];
  if (given.sex && given.sex !== nik.sex) {
    const word = nik.sex === 'P' ? 'perempuan' : 'laki-laki';
    warnings.push({ path: 'sex', message: `Jenis kelamin berbeda dengan NIK (menurut NIK: ${word}). Periksa lagi.` });
  }
  if (given.birthDate && given.birthDate.slice(2) !== nik.birthDate.slice(2)) {
    const [, m, d] = nik.birthDate.split('-');
    const yy = nik.birthDate.slice(2, 4);
    warnings.push({
      path: 'birthDate',
      message: `Tanggal lahir berbeda dengan NIK (menurut NIK: ${d}-${m}-..${yy}). Periksa lagi.`,
    });
  }
  return warnings;
}
