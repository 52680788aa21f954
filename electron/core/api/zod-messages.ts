import { z } from 'zod';

/**
 * Plain-Indonesian messages for every validation issue (zod's own `id` locale is the
 * fallback). Field-specific messages set in a schema win over these.
 */
export function installIndonesianMessages(): void {
  z.config(z.locales.id());
  z.config({
    customError: (iss) => {
      switch (iss.code) {
        case 'invalid_type':
          return iss.input === undefined || iss.input === null ? 'Wajib diisi.' : 'Jenis isian tidak sesuai.';
        case 'too_small':
          if (iss.origin === 'string')
            return Number(iss.minimum) <= 1 ? 'Wajib diisi.' : `Minimal ${iss.minimum} karakter.`;
          if (iss.origin === 'array') return `Pilih minimal ${iss.minimum}.`;
          return `Paling kecil ${iss.minimum}.`;
        case 'too_big':
          if (iss.origin === 'string') return `Maksimal ${iss.maximum} karakter.`;
          if (iss.origin === 'array') return `Paling banyak ${iss.maximum} pilihan.`;
          return `Paling besar ${iss.maximum}.`;
        case 'unrecognized_keys':
          return `Kolom tidak dikenal: ${iss.keys.join(', ')}.`;
        case 'invalid_value':
          return 'Pilihan tidak dikenal.';
        case 'invalid_format':
          return 'Format tidak sesuai.';
        default:
          return undefined;
      }
    },
  });
}

/** A text field: trimmed, NFC-normalised, control characters refused. */
export function text(min: number, max: number) {
  return z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((s) => !hasControlCharacters(s), 'Mengandung karakter yang tidak diizinkan.'),
    );
}

export const emptyInput = z.strictObject({});

/** True for C0 controls other than tab and newlines, and DEL: never valid in a name or address. */
export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
