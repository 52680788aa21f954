import { parsePhoneNumberFromString } from 'libphonenumber-js';

export const PHONE_MESSAGE = 'Nomor HP tidak valid. Contoh: 0812 3456 7890.';

/**
 * Phone numbers as people write them (`0812-3456-7890`, `62812…`, `+62 812…`, `(0234) 272123`)
 * → E.164, or null when not a valid number. Numbers without a country code are Indonesian;
 * a parent abroad may give a foreign number with `+` or `00` (e.g. `+852 5123 4567`).
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (!/^(\+|00)?\d{6,16}$/.test(compact)) return null;
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, 'ID');
  return parsed?.isValid() ? parsed.number : null;
}

/** True when a search text looks like a phone number rather than a name or a NIK. */
export function looksLikePhone(q: string): boolean {
  const compact = q.replace(/[\s().-]/g, '');
  return /^(\+|00)?\d{8,15}$/.test(compact);
}
